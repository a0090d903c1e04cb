import { useState } from 'react';
import { isHttpUrl } from '../../core';
import { AudioIcon, FileIcon, PlayIcon } from './Icons';
import { NOT_LOADED, SafeImage, WAITING } from './SafeImage';
import { fileNameOf, type AttachmentType } from './sendModel';
import { useLoadable } from './typing';

type PlayerKind = 'Video' | 'Audio';

/**
 * A placeholder for a player whose URL is not loaded (not http(s), still being typed,
 * or failed to load): says why and shows the URL as plain text.
 */
function Placeholder({ kind, url, why, className, blocked }: { kind: PlayerKind; url: string; why: string; className: string; blocked: boolean }) {
  return (
    <div
      className={`pv-media-blocked ${blocked ? '' : 'pv-media-blocked--soft'} ${className}`}
      role="img"
      aria-label={`${kind}. ${why}: ${url || '(no URL)'}`}
    >
      <span className="pv-media-blocked__icon" aria-hidden="true">
        {kind === 'Video' ? <PlayIcon size={22} /> : <AudioIcon size={20} />}
      </span>
      <span className="pv-media-blocked__text" aria-hidden="true">
        <span className="pv-media-blocked__why">{why}</span>
        <span className="pv-media-blocked__url">{url || '(no URL)'}</span>
      </span>
    </div>
  );
}

/**
 * A video or audio player, loaded only from an absolute http(s) URL and not while the URL
 * is being typed; one that fails (offline, not found, not media) says it could not be loaded.
 */
export function SafePlayer({ kind, url, label, className }: { kind: PlayerKind; url: string; label: string; className: string }) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const allowed = isHttpUrl(url);
  const loadable = useLoadable(url);
  if (allowed && loadable && failedUrl !== url) {
    const props = { className, src: url, controls: true, preload: 'metadata', 'aria-label': label, onError: () => setFailedUrl(url) };
    return kind === 'Video' ? <video {...props} /> : <audio {...props} />;
  }
  const why = !allowed ? NOT_LOADED : !loadable ? WAITING : `${kind} could not be loaded`;
  const blockedClass = kind === 'Audio' ? `${className} pv-attachment-audio--blocked` : className;
  return <Placeholder kind={kind} url={url} why={why} className={blockedClass} blocked={!allowed} />;
}

/** An image, video, audio or file attachment (RULES.md 2.5 `media`), as Messenger draws it. */
export function Attachment({ type, url }: { type: AttachmentType; url: string }) {
  const safe = isHttpUrl(url);
  switch (type) {
    case 'image':
      return <SafeImage url={url} alt="Image attachment" className="pv-attachment-image" />;
    case 'video':
      return <SafePlayer kind="Video" url={url} label="Video attachment" className="pv-attachment-video" />;
    case 'audio':
      return <SafePlayer kind="Audio" url={url} label="Audio attachment" className="pv-attachment-audio" />;
    case 'file': {
      // A file is a link: nothing is fetched until the end user opens it.
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
