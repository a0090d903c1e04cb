// The documentation's example requests (copied verbatim from shared/examples), with the
// titles the example selector shows. Every one of them must check without errors.
import text from './01-text.json';
import textAndImage from './02-direct-message-with-text-and-image.json';
import textAndVideo from './03-direct-message-with-text-and-video.json';
import textAndDocument from './04-direct-message-with-text-and-document.json';
import textAndAudio from './05-direct-message-with-text-and-audio.json';
import quickReplies from './06-direct-message-with-quick-reply-suggestions.json';
import messageTag from './07-direct-message-with-message-tag.json';
import buttonRichCard from './08-direct-message-with-button-rich-card.json';
import mediaRichCard from './09-direct-message-with-media-rich-card.json';
import productSuggestions from './10-direct-message-with-product-suggestions.json';
import genericRichCard from './11-generic-rich-card-with-buttons.json';
import richCardCarousel from './12-rich-card-carousel.json';
import optinRequest from './13-marketing-optin-request.json';
import notificationMessage from './14-marketing-notification-message.json';

export interface Example {
  /** The file name without `.json`, e.g. `01-text`; stable, usable in URLs and tests. */
  id: string;
  title: string;
  /** The CM request as the documentation gives it. */
  request: unknown;
}

export const examples: readonly Example[] = [
  { id: '01-text', title: 'Text', request: text },
  { id: '02-direct-message-with-text-and-image', title: 'Text and image', request: textAndImage },
  { id: '03-direct-message-with-text-and-video', title: 'Text and video', request: textAndVideo },
  { id: '04-direct-message-with-text-and-document', title: 'Text and document', request: textAndDocument },
  { id: '05-direct-message-with-text-and-audio', title: 'Text and audio', request: textAndAudio },
  { id: '06-direct-message-with-quick-reply-suggestions', title: 'Quick reply suggestions', request: quickReplies },
  { id: '07-direct-message-with-message-tag', title: 'Message tag', request: messageTag },
  { id: '08-direct-message-with-button-rich-card', title: 'Button rich card', request: buttonRichCard },
  { id: '09-direct-message-with-media-rich-card', title: 'Media rich card', request: mediaRichCard },
  { id: '10-direct-message-with-product-suggestions', title: 'Product suggestions', request: productSuggestions },
  { id: '11-generic-rich-card-with-buttons', title: 'Generic rich card with buttons', request: genericRichCard },
  { id: '12-rich-card-carousel', title: 'Rich card carousel', request: richCardCarousel },
  { id: '13-marketing-optin-request', title: 'Marketing opt-in request', request: optinRequest },
  { id: '14-marketing-notification-message', title: 'Marketing notification message', request: notificationMessage },
];

/** The example with this id, or undefined. */
export function findExample(id: string): Example | undefined {
  return examples.find((example) => example.id === id);
}
