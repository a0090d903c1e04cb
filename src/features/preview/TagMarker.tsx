import { TAG_RETIRED_SINCE, TAGS } from '../../core';

import { BellIcon, TagIcon } from './Icons';
import type { SendTag } from './sendModel';

/** A marker above messages sent with a tag (or as a marketing message), saying what the tag allows. */
export function TagMarker({ tag }: { tag: SendTag }) {
  if (tag.kind === 'none') return null;
  const name = tag.kind === 'notification' ? 'NOTIFICATION_MESSAGE' : tag.name;
  const info = name in TAGS ? TAGS[name as keyof typeof TAGS] : undefined;
  return (
    <div className="pv-tag" role="note" aria-label={`Sent with message tag ${name}`}>
      <span className="pv-tag__icon">{tag.kind === 'notification' ? <BellIcon size={14} /> : <TagIcon size={14} />}</span>
      <span className="pv-tag__text">
        <span className="pv-tag__name">
          {tag.kind === 'notification' ? 'Marketing message' : 'Message tag'} <code>{name}</code>
        </span>
        <span className="pv-tag__allows">{info ? info.allows : 'Not a tag Messenger knows.'}</span>
        {info?.status === 'retired' && (
          <span className="pv-tag__retired">Retired by Meta: refused with error 100 since {TAG_RETIRED_SINCE}.</span>
        )}
      </span>
    </div>
  );
}
