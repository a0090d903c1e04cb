import { Children, type ReactNode } from 'react';

/** Cards side by side that scroll sideways and snap to each card, as Messenger's carousels do. */
export function Carousel({ label, children }: { label: string; children: ReactNode }) {
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
          aria-label={`Card ${i + 1} of ${cards.length}`}
        >
          {card}
        </div>
      ))}
    </div>
  );
}
