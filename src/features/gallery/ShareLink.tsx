import { useEffect, useState } from 'react';
import { currentDesign, hasToken } from '../../state/designs';
import { useDocument } from '../../state/document';
import { encodeShare } from '../../state/share';
import { useUi } from '../../state/ui';
// The dialog's and the list's styles: this chunk may open before the gallery's has ever loaded.
import './gallery.css';

/** Makes a link that carries the whole design in its fragment, without the product token. */
export function ShareLink() {
  const doc = useDocument((s) => s.doc);
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    encodeShare(currentDesign()?.name ?? 'Shared design', doc).then(
      (fragment) => live && setLink(`${location.origin}${location.pathname}#${fragment}`),
      () => live && setError('This browser cannot compress the design for a link.'),
    );
    return () => {
      live = false;
    };
  }, [doc]);
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      useUi.getState().announce('Share link copied.');
    } catch {
      useUi.getState().announce('Copy failed: select the link and copy it yourself.');
    }
  };
  if (error) return <p className="notice notice--error">{error}</p>;
  return (
    <div className="share">
      <p>Anyone who opens this link gets a copy of this design as a new design of their own. Nothing is uploaded: the design travels inside the link.</p>
      <textarea className="share__link" readOnly rows={4} value={link ?? 'Making the link…'} aria-label="Share link" onFocus={(e) => e.target.select()} />
      <p className="share__facts" data-testid="share-facts">
        {link ? `${link.length.toLocaleString('en')} characters.` : ''}{' '}
        {hasToken() ? 'Your product token is not in the link.' : 'The link holds no product token.'}
      </p>
      <button type="button" className="tool tool--primary" onClick={copy} disabled={!link}>
        Copy link
      </button>
    </div>
  );
}
