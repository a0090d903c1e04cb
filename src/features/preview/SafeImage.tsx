import { useState } from 'react';
import { isHttpUrl } from '../../core';
import { BlockedIcon, BrokenImageIcon, HourglassIcon } from './Icons';
import { useLoadable } from './typing';

interface Props {
  url: string;
  alt: string;
  /** Extra class on the image or its placeholder (sets the size and aspect ratio). */
  className?: string;
  /** A small thumbnail: the placeholder shows no text, only a title with the URL. */
  thumbnail?: boolean;
}

export const NOT_LOADED = 'Not loaded: not an absolute http(s) URL';
export const WAITING = 'Loads when you stop typing';

/**
 * An image that is loaded only from an absolute http(s) URL (the core's `isHttpUrl`),
 * and not while its URL is being typed (typing.ts); any other URL, one still being
 * typed, or one that fails to load shows a placeholder with the URL as plain text.
 */
export function SafeImage({ url, alt, className = '', thumbnail = false }: Props) {
  // The URL that failed; a new URL gets a fresh try without an effect.
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const allowed = isHttpUrl(url);
  const loadable = useLoadable(url);

  if (allowed && loadable && failedUrl !== url) {
    return <img className={`pv-img ${className}`} src={url} alt={alt} onError={() => setFailedUrl(url)} />;
  }

  const why = !allowed ? NOT_LOADED : !loadable ? WAITING : 'Image could not be loaded';
  const icon = (size: number) => (!allowed ? <BlockedIcon size={size} /> : !loadable ? <HourglassIcon size={size} /> : <BrokenImageIcon size={size} />);
  if (thumbnail) {
    return (
      <span className={`pv-img-placeholder pv-img-placeholder--thumb ${className}`} title={`${why}: ${url}`} role="img" aria-label={`${alt}. ${why}: ${url || '(no URL)'}`}>
        {icon(12)}
      </span>
    );
  }
  return (
    <div
      className={`pv-img-placeholder ${allowed ? '' : 'pv-img-placeholder--blocked'} ${className}`}
      role="img"
      aria-label={`${alt}. ${why}: ${url || '(no URL)'}`}
    >
      {icon(28)}
      <span className="pv-img-placeholder__why" aria-hidden="true">
        {why}
      </span>
      <span className="pv-img-placeholder__url" aria-hidden="true">
        {url || '(no URL)'}
      </span>
    </div>
  );
}
