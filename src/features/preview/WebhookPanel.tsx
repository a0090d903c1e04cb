import { useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { copyText, downloadText } from '../shared/clipboard';
import { Segmented } from './Toolbar';
import { fixturesFile, sendTalk, type FixtureKind, type Talk, type TalkContext, type TimelineEntry } from './panelEvents';

export type StatusFormat = 'json' | 'xml';

interface Props {
  talk: Talk | null;
  setTalk: Dispatch<SetStateAction<Talk | null>>;
  latest: RefObject<TalkContext>;
  /** Whether there is a request behind the preview to simulate sending (the designer's, not a static one). */
  canSimulate: boolean;
  /** Whether the design sends anything at all. */
  canSend: boolean;
}

const NO_ENTRIES: readonly TimelineEntry[] = [];

const KIND_LABEL: Record<FixtureKind, string> = {
  'outbound.send': 'Outbound',
  'inbound.text': 'Inbound text',
  'inbound.media': 'Inbound media',
  'inbound.suggestion': 'Inbound tap',
  'event.optin': 'Opt-in event',
  'status.delivered': 'Delivered',
  'status.failed': 'Failed',
};

/** The text of an entry as shown and copied: a status report in the chosen format, any other payload as JSON. */
export function entryText(e: TimelineEntry, format: StatusFormat): string {
  return format === 'xml' && e.xml !== undefined ? e.xml : JSON.stringify(e.payload, null, 2);
}

function Entry({ entry, open, format, onCopied }: { entry: TimelineEntry; open: boolean; format: StatusFormat; onCopied: (ok: boolean, title: string) => void }) {
  const lang = format === 'xml' && entry.xml !== undefined ? 'XML' : 'JSON';
  const text = entryText(entry, format);
  return (
    <li className="pv-timeline__entry" data-kind={entry.kind}>
      <details open={open}>
        <summary>
          <span className="pv-timeline__kind" data-kind={entry.kind}>
            {KIND_LABEL[entry.kind]}
          </span>{' '}
          {entry.title}
        </summary>
        <p className="pv-webhook__description">{entry.description}</p>
        <div className="pv-timeline__tools">
          <button type="button" className="pv-tool-button" onClick={() => void copyText(text).then((ok) => onCopied(ok, entry.title))}>
            Copy<span className="visually-hidden"> {entry.title}</span> {lang}
          </button>
        </div>
        <pre className="pv-code" tabIndex={0} aria-label={`${entry.title} ${lang}`}>
          {text}
        </pre>
      </details>
    </li>
  );
}

/**
 * The Webhooks panel's content (a chunk of its own, loaded after the preview shows): what the
 * integration receives, as a timeline of outbound sends, status reports and inbound events,
 * each expandable and copyable; "Simulate sending", the status reports' format, and the
 * fixtures download (every entry, labelled by kind).
 */
export function WebhookPanel({ talk, setTalk, latest, canSimulate, canSend }: Props) {
  const timeline = talk?.timeline ?? NO_ENTRIES;
  const note = talk?.note ?? null;
  const newestFrom = talk?.newestFrom ?? 0;
  const [format, onFormat] = useState<StatusFormat>('json');
  const onSimulate = () =>
    void Promise.resolve(latest.current.sendInput?.()).then((input) => {
      if (input) setTalk((t) => sendTalk(t, input, new Date()));
    });
  const onClear = () => setTalk(null);
  const [said, setSaid] = useState('');
  const count = useRef(0);
  const say = (text: string) => {
    // A new string each time, so that the same message is announced again.
    count.current += 1;
    setSaid(`${text}${count.current % 2 ? '' : '\u00a0'}`);
  };
  const download = () => {
    const file = fixturesFile(timeline, new Date());
    downloadText(JSON.stringify(file, null, 2) + '\n', 'messenger-webhook-fixtures.json');
    say(`Downloaded ${timeline.length} fixtures.`);
  };
  const failed = timeline.filter((e) => e.kind === 'status.failed').length;
  const reports = timeline.filter((e) => e.kind === 'status.delivered' || e.kind === 'status.failed').length;
  return (
    <>
      <div className="pv-webhook__actions">
        {canSimulate && (
          <button type="button" className="pv-tool-button" onClick={onSimulate} disabled={!canSend}>
            Simulate sending
          </button>
        )}
        <Segmented
          legend="Status reports in"
          options={[
            { value: 'json', label: 'JSON' },
            { value: 'xml', label: 'XML' },
          ]}
          value={format}
          onChange={onFormat}
        />
        <button type="button" className="pv-tool-button" onClick={download} disabled={timeline.length === 0}>
          Download fixtures
        </button>
        {(timeline.length > 0 || note) && (
          <button type="button" className="pv-tool-button" onClick={onClear}>
            Clear
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      <div aria-live="polite">
        {note && <p className="pv-webhook__note">{note}</p>}
        {reports > 0 && (
          <p className="pv-webhook__summary">
            {reports} status report{reports === 1 ? '' : 's'}: {reports - failed} delivered, {failed} failed. Status codes 2 (delivered) and 3 (failed) are
            not confirmed from CM.com’s page: see docs/WEBHOOKS.md.
          </p>
        )}
      </div>
      {timeline.length > 0 ? (
        <ol className="pv-timeline" aria-label="Webhook timeline">
          {timeline.map((e) => (
            <Entry key={e.id} entry={e} open={e.id >= newestFrom} format={format} onCopied={(ok, title) => say(ok ? `Copied ${title}.` : 'Copy failed: select the text and copy it.')} />
          ))}
        </ol>
      ) : (
        !note && (
          <p className="pv-webhook__hint">
            Tap a quick reply or a button in the preview, type in its message field as the end user, or simulate sending to see what your webhooks receive.
          </p>
        )
      )}
    </>
  );
}
