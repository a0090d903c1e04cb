import { MATRIX, type ItemReport, type Outcome } from '../../core';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  text: 'Text message',
  media: 'Media message',
  text_and_media: 'Text and media',
  generic_template: 'Generic template',
  button_template: 'Button template',
  media_template: 'Media template',
  product_template: 'Product template',
  optin_request: 'Opt-in request',
  not_supported: 'Not supported',
};

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/**
 * How the item's suggestions go out, in words: "2 buttons", "4 suggestions sent as quick
 * replies"; for a carousel, per card ("3 cards · up to 2 buttons per card · 4 quick replies"),
 * never a total that reads like a broken limit.
 */
export function deliveryLabel(r: ItemReport): string {
  if (r.outcome === 'generic_template' && r.cards >= 2) {
    const most = Math.max(0, ...r.elementButtons);
    const even = r.elementButtons.every((n) => n === most);
    const parts = [plural(r.cards, 'card')];
    if (most > 0) parts.push(`${even ? '' : 'up to '}${plural(most, 'button')} per card`);
    if (r.quickReplies > 0) parts.push(plural(r.quickReplies, 'quick reply', 'quick replies'));
    // A no-break space before each dot: a line that wraps never starts with one.
    return parts.join('\u00a0· ');
  }
  switch (r.suggestionsAs) {
    case 'buttons':
      return plural(r.buttons, 'button') + (r.quickReplies > 0 ? ` + ${plural(r.quickReplies, 'quick reply', 'quick replies')}` : '');
    case 'quick_replies': {
      // Those that cannot be quick replies are left out (their problems say why): the count says so too.
      const left = r.suggestions.filter((s) => s.as === 'not_sent').length;
      return `${plural(r.quickReplies, 'suggestion')} sent as ${r.quickReplies === 1 ? 'a quick reply' : 'quick replies'}${left > 0 ? ` (${left} left out)` : ''}`;
    }
    case 'products':
      return plural(r.products, 'product');
    case 'optin':
      return 'marketing opt-in';
    default:
      return '';
  }
}

/** The matrix row as a short line: "Row 11 · text ✓ · media – · suggestions ✓ · header ✓". */
export function rowLabel(r: ItemReport): string | null {
  if (r.matrixRow === null || !r.inputs) {
    return r.decidedBy === 'carousel'
      ? `Carousel of ${r.cards} cards (decided per card)`
      : r.decidedBy === 'optin'
        ? 'Opt-in suggestion (decided before the matrix)'
        : null;
  }
  const i = r.inputs;
  const mark = (b: boolean) => (b ? '✓' : '–');
  return `Row ${r.matrixRow + 1} of 16 · text ${mark(i.text)} · media ${mark(i.media)} · suggestions ${mark(i.suggestions)} · header ${mark(i.header)}`;
}

/** The resolved template of a conversation item, how suggestions go out, its matrix row and why. */
export function OutcomeBadge({ report }: { report: ItemReport }) {
  const delivery = deliveryLabel(report);
  const row = rowLabel(report);
  const matrixRow = report.matrixRow !== null ? MATRIX[report.matrixRow] : undefined;
  return (
    <div className={`outcome outcome--${report.outcome}`} data-testid="item-outcome">
      <div className="outcome__badge">
        {/* One run of text, so that a line that wraps breaks after a dot, never before one. */}
        <span>
          <strong className="outcome__label">{OUTCOME_LABELS[report.outcome]}</strong>
          {delivery && <span className="outcome__delivery">{'\u00a0· '}{delivery}</span>}
        </span>
        <code className="outcome__code" data-testid="outcome-code">
          {report.outcome}
        </code>
      </div>
      {row && (
        <div className="outcome__row" title={matrixRow ? `Channel documentation: ${matrixRow.output}` : undefined}>
          {row}
        </div>
      )}
      <p className="outcome__reason">{report.reason}</p>
    </div>
  );
}
