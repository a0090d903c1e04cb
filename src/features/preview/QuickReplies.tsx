import { memo } from 'react';
import { SafeImage } from './SafeImage';
import type { QuickReplyModel } from './sendModel';
import type { OnTap } from './taps';

/** Quick-reply chips under the last message: right-aligned, outlined in blue, thumbnails where given. Redrawn only when they change. */
export const QuickReplies = memo(function QuickReplies({ replies, onTap }: { replies: QuickReplyModel[]; onTap: OnTap }) {
  return (
    <div className="pv-quick-replies" role="group" aria-label="Quick replies">
      {replies.map((qr, i) => (
        <button
          key={i}
          type="button"
          className="pv-chip"
          onClick={() => onTap({ kind: 'quick_reply', title: qr.title, payload: qr.payload })}
        >
          {qr.imageUrl !== undefined && <SafeImage url={qr.imageUrl} alt="" className="pv-chip__thumb" thumbnail />}
          <span>{qr.title}</span>
        </button>
      ))}
    </div>
  );
}, (a, b) => a.onTap === b.onTap && JSON.stringify(a.replies) === JSON.stringify(b.replies));
