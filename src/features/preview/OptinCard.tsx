import { SafeImage } from './SafeImage';
import type { OnTap } from './taps';

interface Props {
  title: string;
  imageUrl?: string;
  payload: string;
  timezone?: string;
  reoptin?: string;
  onTap: OnTap;
}

/** The marketing-message opt-in request: image, title and the button that subscribes. */
export function OptinCard({ title, imageUrl, payload, timezone, reoptin, onTap }: Props) {
  return (
    <div className="pv-optin">
      <div className="pv-card pv-card--optin" role="group" aria-label="Marketing messages opt-in request">
        {imageUrl !== undefined && <SafeImage url={imageUrl} alt={title || 'Opt-in image'} className="pv-card__image" />}
        <div className="pv-card__body">
          <p className="pv-card__title">{title}</p>
        </div>
        <div className="pv-tbuttons">
          <button type="button" className="pv-tbutton" onClick={() => onTap({ kind: 'optin', title, payload })}>
            Get messages
          </button>
        </div>
      </div>
      <p className="pv-annotation">
        Opt-in request · time zone {timezone ?? 'UTC'}
        {/* reoptin is obsolete (its info says so): not "enabled" for a request that is never sent. */}
        {reoptin !== undefined && ' · re-opt-in obsolete'} · Messenger sets the button text
      </p>
    </div>
  );
}
