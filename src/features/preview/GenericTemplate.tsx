import { memo } from 'react';
import { BlockedIcon } from './Icons';
import { SafeImage } from './SafeImage';
import { TemplateButtons } from './TemplateButtons';
import type { GenericElementModel } from './sendModel';
import type { OnTap } from './taps';
import { Carousel } from './Carousel';

/** One element of a generic template: image (1.91:1), title, subtitle and buttons on a white card; marked when Messenger rejects it. */
function GenericCardView({ element, onTap, label, rejected }: { element: GenericElementModel; onTap: OnTap; label?: string; rejected?: string }) {
  return (
    <div className={`pv-card${rejected ? ' pv-card--rejected' : ''}`} role={label ? 'group' : undefined} aria-label={label}>
      {rejected && (
        // The why is in the card's title and, whole, on the canvas and in Problems.
        // Over the image (no layout change); in the flow on a card without one, where it would hide the title.
        <p className={`pv-card__reject${element.imageUrl === undefined ? ' pv-card__reject--in-flow' : ''}`} role="note" title={rejected}>
          <BlockedIcon size={12} /> Messenger rejects this message
        </p>
      )}
      {element.imageUrl !== undefined && (
        <SafeImage url={element.imageUrl} alt={element.title || 'Card image'} className="pv-card__image" />
      )}
      <div className="pv-card__body">
        <p className="pv-card__title">{element.title}</p>
        {element.subtitle !== undefined && <p className="pv-card__subtitle">{element.subtitle}</p>}
      </div>
      <TemplateButtons buttons={element.buttons} onTap={onTap} />
    </div>
  );
}

/**
 * Cards are redrawn only when what they show changes: an edit of one card of a
 * ten-card carousel redraws that card alone. The tap handler is stable (see Preview).
 */
export const GenericCard = memo(
  GenericCardView,
  (a, b) => a.label === b.label && a.onTap === b.onTap && a.rejected === b.rejected && JSON.stringify(a.element) === JSON.stringify(b.element),
);

/** A generic template: one card, or a carousel of cards that scrolls sideways. */
/** Cards a carousel draws at most (Messenger takes 10; the ones past that are drawn to show they are rejected). */
export const PREVIEW_CARDS_MAX = 30;

export function GenericTemplate({ elements, onTap, rejected }: { elements: GenericElementModel[]; onTap: OnTap; rejected?: readonly (string | undefined)[] }) {
  if (elements.length === 1) return <GenericCard element={elements[0]!} onTap={onTap} label="Generic template" />;
  const more = elements.length - PREVIEW_CARDS_MAX;
  return (
    <Carousel
      label={`Carousel of ${elements.length} cards`}
      total={elements.length}
      more={
        more > 0 && (
          <p className="pv-card pv-card--more" role="note">
            {more} more cards are not drawn here.
          </p>
        )
      }
    >
      {elements.slice(0, PREVIEW_CARDS_MAX).map((e, i) => (
        <GenericCard key={i} element={e} onTap={onTap} rejected={rejected?.[i]} />
      ))}
    </Carousel>
  );
}
