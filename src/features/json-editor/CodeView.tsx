import { useId, useMemo } from 'react';
import { useDocument } from '../../state/document';
import { TOKEN_PLACEHOLDER } from '../../state/token';
import { SNIPPET_LANGUAGES, TOKEN_HEADER, snippet, type SnippetLanguage } from './snippets';

/** The one-file checker the build puts beside index.html (vite.config.ts). */
const CHECKER_FILE = import.meta.env.CHECKER_FILE;

export interface CodeViewProps {
  language: SnippetLanguage;
  onLanguage(language: SnippetLanguage): void;
  includeToken: boolean;
  /** Copies the snippet (the panel confirms it). */
  onCopy(text: string, what: string): void;
}

/** Code that posts the request to CM.com: cURL, JavaScript fetch, Python requests, C# HttpClient, Java HttpClient. */
export function CodeView({ language, onLanguage, includeToken, onCopy }: CodeViewProps) {
  const doc = useDocument((s) => s.doc);
  const text = useMemo(() => snippet(language, doc, { includeToken }), [language, doc, includeToken]);
  const name = useId();
  const label = SNIPPET_LANGUAGES.find((l) => l.id === language)?.label ?? language;
  return (
    <div className="code-view">
      <div className="code-view__bar">
        <div className="code-view__languages" role="radiogroup" aria-label="Language">
          {SNIPPET_LANGUAGES.map((l) => (
            <label key={l.id} className={`code-view__language${l.id === language ? ' is-checked' : ''}`}>
              <input type="radio" name={name} value={l.id} checked={l.id === language} onChange={() => onLanguage(l.id)} />
              {l.label}
            </label>
          ))}
        </div>
        <button type="button" className="tool" onClick={() => onCopy(text, `the ${label} snippet`)}>
          Copy snippet
        </button>
      </div>
      <p className="panel__hint code-view__hint">
        The token goes in the <code>{TOKEN_HEADER}</code> header, not the body
        {includeToken ? ': this snippet holds your real token, keep it private.' : `, as ${TOKEN_PLACEHOLDER} unless “Include my product token” is ticked.`}
      </p>
      <pre className="json code-view__code" tabIndex={0} aria-label={`${label} snippet`} data-testid="snippet">
        {text}
      </pre>
      <section className="code-view__checker" aria-labelledby={`${name}-checker`}>
        <h3 id={`${name}-checker`}>The same checks in your CI</h3>
        <p>
          <a href={`${import.meta.env.BASE_URL}${CHECKER_FILE}`} download={CHECKER_FILE} className="tool">
            Download {CHECKER_FILE}
          </a>{' '}
          — the checker of this designer as one file, for Node 18 or later, with nothing to install. Then:
        </p>
        <pre className="json code-view__code" tabIndex={0} aria-label="Command that checks requests">
          node {CHECKER_FILE} --pretty requests/*.json
        </pre>
        <p className="panel__hint code-view__hint">
          It prints each request's outcome and problems with their rule codes, and exits with status 1 when a request has an
          error. In GitHub Actions, <code>--format github</code> shows each problem on its line of the pull request.
        </p>
      </section>
    </div>
  );
}
