import { isHttpUrl } from '../../core';
import { BlockedIcon, LinkIcon, PhoneIcon } from './Icons';
import type { ButtonModel } from './sendModel';
import type { OnTap } from './taps';

/** The buttons of a template, stacked and separated by hairlines, as Messenger draws them. */
export function TemplateButtons({ buttons, onTap }: { buttons: ButtonModel[]; onTap: OnTap }) {
  if (buttons.length === 0) return null;
  return (
    <div className="pv-tbuttons">
      {buttons.map((b, i) => (
        <TemplateButton key={i} button={b} onTap={onTap} />
      ))}
    </div>
  );
}

function TemplateButton({ button: b, onTap }: { button: ButtonModel; onTap: OnTap }) {
  switch (b.type) {
    case 'postback':
      return (
        <button type="button" className="pv-tbutton" onClick={() => onTap({ kind: 'postback', title: b.title, payload: b.payload })}>
          {b.title}
        </button>
      );
    case 'web_url':
      // Only an absolute http(s) URL becomes a link; anything else stays inert text with a note.
      return isHttpUrl(b.url) ? (
        <a className="pv-tbutton" href={b.url} target="_blank" rel="noopener noreferrer">
          {b.title}
          <span className="pv-tbutton__icon">
            <LinkIcon size={12} />
          </span>
          <span className="pv-visually-hidden"> (opens {b.url})</span>
        </a>
      ) : (
        <button
          type="button"
          className="pv-tbutton pv-tbutton--blocked"
          onClick={() => onTap({ kind: 'blocked_url', title: b.title, url: b.url })}
        >
          {b.title}
          <span className="pv-tbutton__icon">
            <BlockedIcon size={12} />
          </span>
          <span className="pv-visually-hidden"> (link not opened: not an absolute http(s) URL)</span>
        </button>
      );
    case 'phone_number':
      return (
        <button type="button" className="pv-tbutton" onClick={() => onTap({ kind: 'phone', title: b.title, number: b.payload })}>
          {b.title}
          <span className="pv-tbutton__icon">
            <PhoneIcon size={12} />
          </span>
        </button>
      );
    case 'account_link':
      return (
        <button type="button" className="pv-tbutton" onClick={() => onTap({ kind: 'account', link: true, url: b.url })}>
          Log In
        </button>
      );
    case 'account_unlink':
      return (
        <button type="button" className="pv-tbutton" onClick={() => onTap({ kind: 'account', link: false, url: '' })}>
          Log Out
        </button>
      );
    case 'other':
      return (
        <span className="pv-tbutton pv-tbutton--blocked" title={b.raw}>
          {b.title || 'Button'}
        </span>
      );
  }
}
