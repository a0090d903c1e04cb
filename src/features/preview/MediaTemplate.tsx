import { SafePlayer } from './Attachment';
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
      ) : (
        <SafePlayer kind="Video" url={url} label="Media template video" className="pv-card__media" />
      )}
      <TemplateButtons buttons={buttons} onTap={onTap} />
    </div>
  );
}
