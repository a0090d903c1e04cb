import { useState } from 'react';
import { isHttpUrl } from '../../core';
import { BlockedIcon, BrokenImageIcon } from './Icons';

interface Props {
  url: string;
  alt: string;
  /** Extra class on the image or its placeholder (sets the size and aspect ratio). */
  className?: string;
  /** A small thumbnail: the placeholder shows no text, only a title with the URL. */
  thumbnail?: boolean;
}

/**
 * An image that is loaded only from an absolute http(s) URL (the core's `isHttpUrl`);
 * any other URL, or one that fails to load, shows a placeholder with the URL as plain text.
 */
export function SafeImage({ url, alt, className = '', thumbnail = false }: Props) {
  // The URL that failed; a new URL gets a fresh try without an effect.
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const allowed = isHttpUrl(url);

  if (allowed && failedUrl !== url) {
    return <img className={`pv-img ${className}`} src={url} alt={alt} onError={() => setFailedUrl(url)} />;
  }

  const why = allowed ? 'Image could not be loaded' : 'Not loaded: not an absolute http(s) URL';
  if (thumbnail) {
    return (
      <span className={`pv-img-placeholder pv-img-placeholder--thumb ${className}`} title={`${why}: ${url}`} role="img" aria-label={`${alt}. ${why}: ${url || '(no URL)'}`}>
        {allowed ? <BrokenImageIcon size={12} /> : <BlockedIcon size={12} />}
      </span>
    );
  }
  return (
    <div
      className={`pv-img-placeholder ${allowed ? '' : 'pv-img-placeholder--blocked'} ${className}`}
      role="img"
      aria-label={`${alt}. ${why}: ${url || '(no URL)'}`}
    >
      {allowed ? <BrokenImageIcon size={28} /> : <BlockedIcon size={28} />}
      <span className="pv-img-placeholder__why" aria-hidden="true">
        {why}
      </span>
      <span className="pv-img-placeholder__url" aria-hidden="true">
        {url || '(no URL)'}
      </span>
    </div>
  );
}
