import { isHttpUrl } from '../../core';
import { Attachment } from './Attachment';
import { SafeImage } from './SafeImage';
import { TemplateButtons } from './TemplateButtons';
import type { ButtonModel } from './sendModel';
import type { OnTap } from './taps';

interface Props {
  mediaType: 'image' | 'video';
  url: string;
  buttons: ButtonModel[];
  onTap: OnTap;
}

/** The media template: an image or a video with its button underneath. */
export function MediaTemplate({ mediaType, url, buttons, onTap }: Props) {
  return (
    <div className="pv-card pv-card--media" role="group" aria-label="Media template">
      {mediaType === 'image' ? (
        <SafeImage url={url} alt="Media template image" className="pv-card__media" />
      ) : isHttpUrl(url) ? (
        <video className="pv-card__media" src={url} controls preload="metadata" aria-label="Media template video" />
      ) : (
        <Attachment type="video" url={url} />
      )}
      <TemplateButtons buttons={buttons} onTap={onTap} />
    </div>
  );
}
