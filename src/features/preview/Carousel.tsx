import { Children, type ReactNode } from 'react';

/** Cards side by side that scroll sideways and snap to each card, as Messenger's carousels do; `more` ends the row (cards not drawn). */
export function Carousel({ label, children, more, total }: { label: string; children: ReactNode; more?: ReactNode; total?: number }) {
  const cards = Children.toArray(children);
  return (
    // Focusable so that keyboard users can scroll it with the arrow keys.
    <div className="pv-carousel" role="group" aria-roledescription="carousel" aria-label={label} tabIndex={0}>
      {cards.map((card, i) => (
        <div
          key={i}
          className="pv-carousel__slide"
          role="group"
          aria-roledescription="card"
          aria-label={`Card ${i + 1} of ${total ?? cards.length}`}
        >
          {card}
        </div>
      ))}
      {more && <div className="pv-carousel__slide pv-carousel__slide--more">{more}</div>}
    </div>
  );
}
