import type { MatrixInputs, Outcome } from './types';

/** One row of the channel's input matrix (RULES.md 2.2). */
export interface MatrixRow {
  index: number;
  inputs: MatrixInputs;
  /** The outcome; row 2 depends on the actions (product template or not supported). */
  outcome: Outcome;
  /** The channel documentation's wording of the output. */
  output: string;
  /** How suggestions go out in this row. */
  delivery: string;
}

const row = (
  index: number,
  outcome: Outcome,
  output: string,
  delivery: string,
): MatrixRow => ({
  index,
  inputs: {
    text: (index & 8) !== 0,
    media: (index & 4) !== 0,
    suggestions: (index & 2) !== 0,
    header: (index & 1) !== 0,
  },
  outcome,
  output,
  delivery,
});

/** The 16 rows, in the order of RULES.md 2.2 (text, media, suggestions, header as bits 8, 4, 2, 1). */
export const MATRIX: readonly MatrixRow[] = [
  row(0, 'not_supported', 'Not supported', '—'),
  row(1, 'generic_template', 'Generic template (needs more than a header)', '—'),
  row(2, 'product_template', "Product template if 'ViewProduct' action, otherwise not supported", 'products'),
  row(3, 'button_template', 'Button template', 'buttons if ≤ 3, else quick replies'),
  row(4, 'media', 'Media message', '—'),
  row(5, 'generic_template', 'Generic template', '—'),
  row(6, 'media_template', 'Media template', 'buttons if ≤ 1, else quick replies'),
  row(7, 'generic_template', 'Generic template', 'buttons if ≤ 3, else quick replies'),
  row(8, 'text', 'Text message', '—'),
  row(9, 'generic_template', 'Generic template', '—'),
  row(10, 'text', 'Text message with quick replies', 'quick replies'),
  row(11, 'generic_template', 'Generic template', 'buttons if ≤ 3, else quick replies'),
  row(12, 'text_and_media', 'Text and media messages (text first)', '—'),
  row(13, 'generic_template', 'Generic template', '—'),
  row(14, 'not_supported', 'Not supported', '—'),
  row(15, 'generic_template', 'Generic template', 'buttons if ≤ 3, else quick replies'),
];

/** The row index of a combination of inputs. */
export function matrixRowIndex(i: MatrixInputs): number {
  return (i.text ? 8 : 0) + (i.media ? 4 : 0) + (i.suggestions ? 2 : 0) + (i.header ? 1 : 0);
}

/** Names the present inputs in a phrase: "Text, media and suggestions". */
export function describeInputs(i: MatrixInputs): string {
  const parts = [
    i.text && 'text',
    i.media && 'media',
    i.suggestions && 'suggestions',
    i.header && 'a header',
  ].filter((p): p is string => !!p);
  if (parts.length === 0) return 'No text, media, suggestions or header';
  const phrase = parts.length === 1 ? parts[0]! : parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
