import { useEffect, useId, useRef, useState, type Dispatch, type FormEvent, type RefObject, type SetStateAction } from 'react';
import { isHttpUrl } from '../../core';
import { appendTalk, entryForMedia, entryForText, type Talk, type TalkContext } from './panelEvents';
import { FileIcon, PlayIcon } from './Icons';
import { SafeImage } from './SafeImage';
import type { InboundMediaKind } from './webhooks';

/** What the end user sent in the preview: a text, or a file by its URL. */
export type NewUserMessage = { kind: 'text'; text: string } | { kind: InboundMediaKind; url: string };
export type UserMessage = NewUserMessage & { id: number };

interface Props {
  setTalk: Dispatch<SetStateAction<Talk | null>>;
  latest: RefObject<TalkContext>;
}

const KINDS: readonly { value: InboundMediaKind; label: string }[] = [
  { value: 'image', label: 'Image' },
  { value: 'video', label: 'Video' },
  { value: 'document', label: 'Document' },
];

/**
 * The message field at the bottom of the conversation, as the end user's keyboard (a chunk
 * loaded after the preview shows): send a text, or attach an image, video or document by
 * URL; each appears as the user's bubble and gives CM.com's inbound payload.
 */
export function EndUserComposer({ setTalk, latest }: Props) {
  const parties = () => ({ pageId: latest.current.pageId, psid: latest.current.recipient });
  const onText = (t: string) => setTalk((talk) => appendTalk(talk, [entryForText(t, parties(), new Date())], { kind: 'text', text: t }));
  const onMedia = (k: InboundMediaKind, u: string) => setTalk((talk) => appendTalk(talk, [entryForMedia(k, u, parties(), new Date())], { kind: k, url: u }));
  const [text, setText] = useState('');
  const [attaching, setAttaching] = useState(false);
  const [kind, setKind] = useState<InboundMediaKind>('image');
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState(false);
  const id = useId();

  const sendText = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return;
    onText(text);
    setText('');
  };
  const sendFile = (e: FormEvent) => {
    e.preventDefault();
    const u = url.trim();
    if (!isHttpUrl(u)) {
      setUrlError(true);
      return;
    }
    onMedia(kind, u);
    setUrl('');
    setUrlError(false);
    setAttaching(false);
  };

  return (
    <div className="pv-enduser">
      {attaching && (
        <form className="pv-attach" onSubmit={sendFile} aria-label="Attach a file as the end user" noValidate>
          <label className="pv-attach__field">
            <span>Kind</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as InboundMediaKind)}>
              {KINDS.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          </label>
          <label className="pv-attach__field pv-attach__field--grow">
            <span>File URL</span>
            <input
              type="url"
              value={url}
              placeholder="https://example.com/photo.jpg"
              autoComplete="off"
              aria-invalid={urlError || undefined}
              aria-describedby={urlError ? `${id}-url-error` : undefined}
              onChange={(e) => {
                setUrl(e.target.value);
                setUrlError(false);
              }}
            />
          </label>
          <button type="submit" className="pv-tool-button">
            Send file
          </button>
          {urlError && (
            <p id={`${id}-url-error`} className="pv-attach__error" role="alert">
              Enter an absolute http(s) URL, such as https://example.com/photo.jpg.
            </p>
          )}
        </form>
      )}
      <form className="pv-composer" onSubmit={sendText} aria-label="Reply as the end user">
        <button
          type="button"
          className="pv-composer__plus"
          aria-expanded={attaching}
          aria-label={attaching ? 'Close the attachment form' : 'Attach an image, video or document by URL'}
          onClick={() => setAttaching((a) => !a)}
        >
          {attaching ? '×' : '+'}
        </button>
        <input
          className="pv-composer__input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Aa"
          aria-label="Message as the end user"
          autoComplete="off"
        />
        <button type="submit" className="pv-composer__send" disabled={text.trim() === ''}>
          Send
        </button>
      </form>
    </div>
  );
}

const fileName = (url: string) => url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? url;

/** What the end user sent, on the right, in the order sent. */
export function UserMessages({ messages }: { messages: readonly UserMessage[] }) {
  const end = useRef<HTMLSpanElement>(null);
  // What the end user just sent comes into view at the bottom of the conversation, as in Messenger.
  useEffect(() => {
    const log = end.current?.closest('.pv-log');
    if (log) log.scrollTop = log.scrollHeight;
  }, [messages.length]);
  return (
    <>
      {messages.map((m) => (
        <div key={m.id} className="pv-row pv-row--user" data-kind={`user_${m.kind}`}>
          <div className="pv-row__content">
            {m.kind === 'text' ? (
              <div className="pv-bubble pv-bubble--user">{m.text}</div>
            ) : m.kind === 'image' ? (
              <div className="pv-user-media">
                <SafeImage url={m.url} alt={`Image sent by the end user: ${fileName(m.url)}`} className="pv-user-media__image" />
              </div>
            ) : (
              <div className="pv-bubble pv-bubble--user pv-user-file">
                {m.kind === 'video' ? <PlayIcon size={16} /> : <FileIcon size={16} />}
                <span>
                  <span className="visually-hidden">{m.kind === 'video' ? 'Video' : 'Document'} sent by the end user: </span>
                  {fileName(m.url)}
                </span>
              </div>
            )}
          </div>
        </div>
      ))}
      <span ref={end} />
    </>
  );
}
