import { isHttpUrl } from '../../core';

const URL_LIKE = /(https?:\/\/[^\s<>"]+)/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;

/** Splits text into plain parts and the http(s) URLs Messenger turns into links. */
function linkify(text: string) {
  const parts: Array<{ text: string; href?: string }> = [];
  for (const piece of text.split(URL_LIKE)) {
    if (piece === '') continue;
    if (/^https?:\/\//i.test(piece)) {
      const trail = TRAILING.exec(piece)?.[0] ?? '';
      const url = trail ? piece.slice(0, -trail.length) : piece;
      if (isHttpUrl(url)) {
        parts.push({ text: url, href: url });
        if (trail) parts.push({ text: trail });
        continue;
      }
    }
    parts.push({ text: piece });
  }
  return parts;
}

/** A text message: a grey bubble on the left, as the end user sees a Page's message. */
export function Bubble({ text }: { text: string }) {
  return (
    <div className="pv-bubble">
      {linkify(text).map((part, i) =>
        part.href ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </div>
  );
}
