import { useId } from 'react';
import type { PanelEvent } from './panelEvents';

interface Props {
  event: PanelEvent | null;
  /** Whether anything is sent at all (a delivery notification needs a last message). */
  canDeliver: boolean;
  deliveryShown: boolean;
  onShowDelivery: () => void;
  onClear: () => void;
}

/** What the integration's webhooks receive back: a tapped reply or button, or the delivery notification. */
export function WebhookPanel({ event, canDeliver, deliveryShown, onShowDelivery, onClear }: Props) {
  const headingId = useId();
  return (
    <section className="pv-webhook" aria-labelledby={headingId}>
      <div className="pv-webhook__head">
        <h3 id={headingId} className="pv-webhook__heading">
          Webhooks
        </h3>
        <div className="pv-webhook__actions">
          <button
            type="button"
            className="pv-tool-button"
            onClick={onShowDelivery}
            disabled={!canDeliver}
            aria-pressed={deliveryShown}
          >
            Delivery notification
          </button>
          {event && (
            <button type="button" className="pv-tool-button" onClick={onClear}>
              Clear
            </button>
          )}
        </div>
      </div>
      <div aria-live="polite">
        {event ? (
          <div className="pv-webhook__event">
            <p className="pv-webhook__title">{event.title}</p>
            <p className="pv-webhook__description">{event.description}</p>
            {event.body !== undefined && (
              <pre className="pv-code" tabIndex={0} aria-label={`${event.title} JSON`}>
                {JSON.stringify(event.body, null, 2)}
              </pre>
            )}
          </div>
        ) : (
          <p className="pv-webhook__hint">
            Tap a quick reply or a button in the preview to see what your webhook receives.
          </p>
        )}
      </div>
    </section>
  );
}
