import { isHttpUrl } from '../../core';
import { AudioIcon, BlockedIcon, FileIcon, PlayIcon } from './Icons';
import { SafeImage } from './SafeImage';
import { fileNameOf, type AttachmentType } from './sendModel';

const NOT_LOADED = 'Not loaded: not an absolute http(s) URL';

/** A placeholder for a player or file whose URL may not be loaded; shows the URL as plain text. */
function Blocked({ kind, url, className }: { kind: string; url: string; className: string }) {
  return (
    <div className={`pv-media-blocked ${className}`} role="img" aria-label={`${kind}. ${NOT_LOADED}: ${url || '(no URL)'}`}>
      <span className="pv-media-blocked__icon" aria-hidden="true">
        {kind === 'Video' ? <PlayIcon size={22} /> : kind === 'Audio' ? <AudioIcon size={20} /> : <BlockedIcon size={20} />}
      </span>
      <span className="pv-media-blocked__text" aria-hidden="true">
        <span className="pv-media-blocked__why">{NOT_LOADED}</span>
        <span className="pv-media-blocked__url">{url || '(no URL)'}</span>
      </span>
    </div>
  );
}

/** An image, video, audio or file attachment (RULES.md 2.5 `media`), as Messenger draws it. */
export function Attachment({ type, url }: { type: AttachmentType; url: string }) {
  const safe = isHttpUrl(url);
  switch (type) {
    case 'image':
      return <SafeImage url={url} alt="Image attachment" className="pv-attachment-image" />;
    case 'video':
      return safe ? (
        <video className="pv-attachment-video" src={url} controls preload="metadata" aria-label="Video attachment" />
      ) : (
        <Blocked kind="Video" url={url} className="pv-attachment-video" />
      );
    case 'audio':
      return safe ? (
        <audio className="pv-attachment-audio" src={url} controls preload="metadata" aria-label="Audio attachment" />
      ) : (
        <Blocked kind="Audio" url={url} className="pv-attachment-audio pv-attachment-audio--blocked" />
      );
    case 'file': {
      const name = fileNameOf(url) || 'File';
      const body = (
        <>
          <span className="pv-file__icon" aria-hidden="true">
            <FileIcon size={20} />
          </span>
          <span className="pv-file__text">
            <span className="pv-file__name">{name}</span>
            <span className="pv-file__note">{safe ? 'File' : NOT_LOADED}</span>
          </span>
        </>
      );
      return safe ? (
        <a className="pv-file" href={url} target="_blank" rel="noopener noreferrer" aria-label={`File attachment ${name}`}>
          {body}
        </a>
      ) : (
        <div className="pv-file pv-file--blocked" title={url}>
          {body}
        </div>
      );
    }
  }
}
