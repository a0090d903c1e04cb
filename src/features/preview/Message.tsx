import { Attachment } from './Attachment';
import { Bubble } from './Bubble';
import { ButtonTemplate } from './ButtonTemplate';
import { GenericTemplate } from './GenericTemplate';
import { MediaTemplate } from './MediaTemplate';
import { OptinCard } from './OptinCard';
import { ProductTemplate } from './ProductTemplate';
import type { MessageModel } from './sendModel';
import type { OnTap } from './taps';

/** Whether the message is drawn as a carousel (GenericTemplate and ProductTemplate draw a lone card as a card). */
export const isCarousel = (m: MessageModel): boolean =>
  (m.kind === 'generic_template' && m.elements.length !== 1) || (m.kind === 'product_template' && m.productIds.length !== 1);

/** One Send API message, drawn as Messenger draws it; `rejected` marks the cards of a carousel Messenger rejects (why, per element). */
export function Message({ message: m, onTap, rejected }: { message: MessageModel; onTap: OnTap; rejected?: readonly (string | undefined)[] }) {
  switch (m.kind) {
    case 'text':
      return <Bubble text={m.text} />;
    case 'attachment':
      return <Attachment type={m.type} url={m.url} />;
    case 'button_template':
      return <ButtonTemplate text={m.text} buttons={m.buttons} onTap={onTap} />;
    case 'generic_template':
      return <GenericTemplate elements={m.elements} onTap={onTap} rejected={rejected} />;
    case 'media_template':
      return <MediaTemplate mediaType={m.mediaType} url={m.url} buttons={m.buttons} onTap={onTap} />;
    case 'product_template':
      return <ProductTemplate productIds={m.productIds} />;
    case 'optin_request':
      return (
        <OptinCard
          title={m.title}
          payload={m.payload}
          imageUrl={m.imageUrl}
          timezone={m.timezone}
          reoptin={m.reoptin}
          onTap={onTap}
        />
      );
    case 'unknown':
      return (
        <div className="pv-card pv-card--unknown">
          <p className="pv-card__subtitle">A message the preview cannot draw:</p>
          <pre className="pv-code">{m.json}</pre>
        </div>
      );
  }
}
