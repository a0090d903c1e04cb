// The JSON editor in Chromium: the real Monaco, two-way with the canvas, markers from the core,
// import and export of every shared example.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const EXAMPLES = join(import.meta.dirname, '../../src/examples');
const exampleFiles = readdirSync(EXAMPLES).filter((f) => /^\d\d-.*\.json$/.test(f));
const exampleText = (file: string) => readFileSync(join(EXAMPLES, file), 'utf8');
/** 1-based line of the first line of a text that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const editor = (page: Page) => page.locator('.monaco-editor');

/** Opens the JSON tab and waits for Monaco. */
async function openJson(page: Page) {
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await expect(editor(page).locator('.view-line').first()).toBeVisible({ timeout: 20_000 });
}

/** Imports a shared example through the file picker. */
async function importExample(page: Page, file: string) {
  await page.getByTestId('import-file').setInputFiles(join(EXAMPLES, file));
  await expect(page.getByTestId('json-confirmation')).toHaveText(`Imported ${file}.`);
}

/** Puts the cursor at the end of a line with Monaco's Go to Line (Ctrl+G), as a keyboard user would. */
async function gotoLineEnd(page: Page, line: number) {
  // A click near the top of the editor gives it the focus (Monaco's own input is not a plain textarea).
  const box = (await editor(page).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + 8);
  await page.keyboard.press('Control+g');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await expect(editor(page).locator('.quick-input-widget')).toBeHidden();
  await page.keyboard.press('End');
}

/** The line number shown beside a squiggle: the gutter number at the same height. */
async function lineOfSquiggle(page: Page, squiggle: ReturnType<Page['locator']>) {
  const box = (await squiggle.boundingBox())!;
  const y = box.y + box.height / 2;
  for (const n of await editor(page).locator('.line-numbers').all()) {
    // A line number can leave the DOM while it is read (Monaco draws the lines in view only).
    const b = await n.boundingBox();
    if (b && y >= b.y && y < b.y + b.height) return Number(await n.textContent());
  }
  return -1;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Drop an element here to add a new conversation item')).toBeVisible();
});

test('Monaco is a lazy chunk: nothing of it loads before the JSON tab opens, then "Loading editor…" gives way to it', async ({ page }) => {
  const monacoRequests: string[] = [];
  page.on('request', (r) => {
    if (/MonacoEditor|editor\.worker|json\.worker/.test(r.url())) monacoRequests.push(r.url());
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Messenger Designer' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(monacoRequests).toEqual([]);
  await openJson(page);
  expect(monacoRequests.length).toBeGreaterThan(0);
  await expect(page.getByText('Loading editor…')).toHaveCount(0);
});

test('typing in Monaco changes the canvas and the preview; a canvas edit shows up in the JSON at once', async ({ page }) => {
  await openJson(page);
  await gotoLineEnd(page, 22); // "conversation": []
  await expect(editor(page).locator('.view-line', { hasText: '"conversation": []' })).toBeVisible();
  await page.keyboard.press('ArrowLeft'); // between [ and ]
  await page.keyboard.type('{"text": "Hello from JSON"}');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
  await expect(page.locator('.preview').getByText('Hello from JSON')).toBeVisible();
  await expect(page.getByTestId('json-syntax-error')).toHaveCount(0);
  // The user's own formatting stays as typed (no rewrite to two-space JSON while typing).
  await expect(editor(page).locator('.view-line', { hasText: '"conversation": [{"text": "Hello from JSON"}]' })).toBeVisible();

  // The other way: the inspector edits the text; the editor shows it at once.
  await page.getByRole('button', { name: /^Text: Hello from JSON/ }).click();
  await page.getByLabel('Text', { exact: true }).fill('Edited on the canvas');
  await expect(editor(page).locator('.view-line', { hasText: '"text": "Edited on the canvas"' })).toBeVisible();
});

test('broken JSON shows the syntax marker at its line while the canvas keeps the last valid design', async ({ page }) => {
  await openJson(page);
  const file = '08-direct-message-with-button-rich-card.json';
  await importExample(page, file);
  await expect(page.getByTestId('outcome-code')).toHaveText(['button_template']);
  const fromLine = lineOf(exampleText(file), '"from"');
  await gotoLineEnd(page, fromLine);
  await page.keyboard.press('Backspace'); // the comma after "from": "Your Page ID"
  const column = exampleText(file).split('\n')[fromLine]!.indexOf('"to"') + 1;

  await expect(page.getByTestId('json-syntax-error')).toContainText(`JSON syntax error at line ${fromLine + 1}, column ${column}: Comma expected`);
  await expect(page.getByTestId('json-syntax-error')).toContainText('The canvas, the checks, Copy JSON, Copy minified and Download keep the last valid design.');
  const squiggles = editor(page).locator('.squiggly-error');
  await expect(squiggles).toHaveCount(1);
  expect(await lineOfSquiggle(page, squiggles.first())).toBe(fromLine + 1);
  // The canvas and the preview keep the last valid design; the status says the text is broken.
  await expect(page.getByTestId('outcome-code')).toHaveText(['button_template']);
  await expect(page.getByTestId('status-summary')).toHaveText('✖ JSON syntax error');
  // One marker, not two: Monaco's own JSON validation is off.
  await page.keyboard.press('F8');
  await expect(editor(page).locator('.marker-widget, .peekview-widget').first()).toContainText('1 of 1 problem');
  await expect(editor(page).locator('.marker-widget, .peekview-widget').first()).toContainText('Comma expected');
  await page.keyboard.press('Escape');

  // Fixing it clears the marker and the notice.
  await gotoLineEnd(page, fromLine);
  await page.keyboard.type(',');
  await expect(page.getByTestId('json-syntax-error')).toHaveCount(0);
  await expect(squiggles).toHaveCount(0);
});

/** The line of the editor's cursor: the gutter number at its height. */
async function expectCursorOnLine(page: Page, line: number) {
  const cursor = editor(page).locator('.cursors-layer .cursor').first();
  await expect(cursor).toBeVisible();
  await expect.poll(() => lineOfSquiggle(page, cursor)).toBe(line);
}

test('a syntax error is a problem: the status and Problems say so, and a click on it (or on the banner) puts the cursor on its line', async ({ page }) => {
  await openJson(page);
  const file = '08-direct-message-with-button-rich-card.json';
  await importExample(page, file);
  const fromLine = lineOf(exampleText(file), '"from"');
  await gotoLineEnd(page, fromLine);
  await page.keyboard.press('Backspace'); // the comma after "from": "Your Page ID"
  const column = exampleText(file).split('\n')[fromLine]!.indexOf('"to"') + 1;
  await expect(page.getByTestId('status-summary')).toHaveText('✖ JSON syntax error');

  // Another bottom tab: the error stays a problem of the page, with its line and column.
  await page.getByRole('tab', { name: /^Problems/ }).click();
  await expect(page.getByTestId('status-summary')).toHaveText('✖ JSON syntax error');
  const row = page.getByTestId('syntax-problem');
  await expect(row).toContainText('json/syntax');
  await expect(row).toContainText(`line ${fromLine + 1}, column ${column}`);
  await expect(page.getByText('No problems: ready to send.')).toHaveCount(0);

  // A click opens the JSON tab and puts the cursor on the error, in the editor, which has the focus.
  await row.click();
  await expect(page.getByRole('tab', { name: 'Request JSON' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor(page)).toHaveClass(/focused/);
  await expectCursorOnLine(page, fromLine + 1);
  // Right before "to": the missing comma typed there makes the text JSON again.
  await page.keyboard.type(',');
  await expect(editor(page).locator('.view-line', { hasText: ',"to"' })).toBeVisible();
  await expect(page.getByTestId('status-summary')).toHaveText(/Valid/);
  await expect(page.getByTestId('json-syntax-error')).toHaveCount(0);

  // The banner does the same, with the cursor elsewhere.
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('status-summary')).toHaveText('✖ JSON syntax error');
  await page.keyboard.press('Control+Home');
  await expectCursorOnLine(page, 1);
  await page.getByTestId('json-syntax-error').getByRole('button', { name: new RegExp(`JSON syntax error at line ${fromLine + 1}, column ${column}`) }).click();
  await expect(editor(page)).toHaveClass(/focused/);
  await expectCursorOnLine(page, fromLine + 1);
  await page.keyboard.type(',');
  await expect(page.getByTestId('status-summary')).toHaveText(/Valid/);
});

test('while the text is broken, Copy says it gives the last valid design, the text as typed can be copied without the token, and the token box holds across tabs', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await openJson(page);
  const file = '01-text.json';
  await importExample(page, file);
  const fromLine = lineOf(exampleText(file), '"from"');
  await gotoLineEnd(page, fromLine);
  await page.keyboard.press('Backspace'); // the comma after "from": "Your Page ID"
  const typed = exampleText(file)
    .split('\n')
    .map((l, i) => (i === fromLine - 1 ? l.slice(0, -1) : l))
    .join('\n');
  await expect(page.getByTestId('status-summary')).toHaveText('✖ JSON syntax error');

  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(page.getByTestId('json-confirmation')).toContainText('Copied the last valid design (as last valid), not the text with the syntax error, with YOUR_PRODUCT_TOKEN');
  const lastValid = JSON.parse(exampleText(file));
  lastValid.messages.authentication.producttoken = 'YOUR_PRODUCT_TOKEN';
  expect(JSON.parse(await clipboard())).toEqual(lastValid);

  await page.getByRole('button', { name: 'Copy the text as typed' }).click();
  await expect(page.getByTestId('json-confirmation')).toContainText('Copied the text as typed, with its syntax error, with YOUR_PRODUCT_TOKEN for the token');
  await expect.poll(clipboard).toBe(typed.replace('"Your product token"', '"YOUR_PRODUCT_TOKEN"'));

  // The box holds while another bottom tab is open; the broken text comes back with the JSON tab.
  await page.getByRole('checkbox', { name: 'Include my product token' }).check();
  await page.getByRole('tab', { name: /^Problems/ }).click();
  await openJson(page);
  await expect(page.getByRole('checkbox', { name: 'Include my product token' })).toBeChecked();
  await expect(page.getByTestId('json-syntax-error')).toBeVisible();
  await page.getByRole('button', { name: 'Copy the text as typed' }).click();
  await expect.poll(clipboard).toBe(typed);

  // A change on the canvas replaces the broken text; an undo brings the design back, not the broken text.
  await page.getByRole('tab', { name: /^Problems/ }).click();
  await page.getByRole('button', { name: /^Text$/ }).click();
  await expect(page.getByTestId('status-summary')).toHaveText(/Valid/);
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByTestId('status-summary')).toHaveText(/Valid/);
  await openJson(page);
  await expect(page.getByTestId('json-syntax-error')).toHaveCount(0);
  await expect(editor(page).locator('.squiggly-error')).toHaveCount(0);
  await expect(page.getByTestId('status-summary')).toHaveText(/Valid/);
});

test('a request pasted on the page over an edited design asks first; the outcome shows on screen', async ({ page }) => {
  await page.getByRole('button', { name: /^Text$/ }).click(); // an edit
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
  const request = exampleText('08-direct-message-with-button-rich-card.json');
  const paste = () =>
    page.evaluate((text) => {
      (document.activeElement as HTMLElement | null)?.blur();
      const e = new Event('paste', { bubbles: true, cancelable: true });
      Object.defineProperty(e, 'clipboardData', { value: { getData: () => text } });
      document.body.dispatchEvent(e);
    }, request);
  await paste();
  const question = page.getByRole('alertdialog', { name: 'Replace your design with the pasted request?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Open as new design' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);

  await paste();
  await question.getByRole('button', { name: 'Replace my design' }).click();
  await expect(page.getByTestId('outcome-code')).toHaveText(['button_template']);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Imported the pasted request; Undo brings the design before it back.');
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
});

test('a 21-character label typed in the JSON gets its marker on the label’s line', async ({ page }) => {
  await openJson(page);
  const file = '06-direct-message-with-quick-reply-suggestions.json';
  await importExample(page, file);
  const labelLine = lineOf(exampleText(file), '"label": "Call me"');
  await gotoLineEnd(page, labelLine);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft'); // before the closing quote of "Call me"
  await page.keyboard.type(' back, please!'); // "Call me back, please!" is 21 characters

  const squiggle = editor(page).locator('.squiggly-error');
  await expect(squiggle).toHaveCount(1);
  expect(await lineOfSquiggle(page, squiggle)).toBe(labelLine);
  await expect(editor(page).locator('.view-line', { hasText: '"label": "Call me back, please!"' })).toBeVisible();
  // The marker's message is the core's, with its rule code; the canvas says the same.
  await page.keyboard.press('F8');
  const widget = editor(page).locator('.marker-widget, .peekview-widget').first();
  await expect(widget).toContainText('The label of suggestion 1 of item 1 has 21 characters');
  await expect(widget).toContainText('suggestion/label-too-long');
  await expect(widget).toContainText('1 of 1 problem');
  await page.keyboard.press('Escape');
  await expect(page.locator('.block--suggestion').getByText('suggestion/label-too-long')).toBeVisible();
  await expect(page.getByTestId('status-summary')).toHaveText(/1 error/);
});

test('canvas and JSON point at each other', async ({ page }) => {
  await openJson(page);
  await importExample(page, '12-rich-card-carousel.json');
  const cards = '/messages/msg/0/richContent/conversation/0/carousel/cards';

  // Selecting a card on the canvas reveals and highlights its JSON.
  await page.locator(`.bar__select[data-path="${cards}/1"]`).click();
  await expect(editor(page).locator('.json-editor__selected').first()).toBeVisible();
  const logo = editor(page).locator('.view-line', { hasText: '"header": "Our logo!"' });
  await expect(logo).toBeVisible();
  const highlighted = await editor(page).locator('.json-editor__selected').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  const logoTop = (await logo.boundingBox())!.y;
  expect(highlighted.some((top) => Math.abs(top - logoTop) < 2)).toBe(true);

  // Putting the cursor in the JSON selects the element that owns that place.
  await editor(page).locator('.view-line', { hasText: '"label": "Visit CM.com"' }).click();
  await expect(page.locator(`button[data-path="${cards}/0/suggestions/1"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.inspector')).toContainText('Suggestion 2');
});

test('import then export of every shared example gives back the same bytes', async ({ page }) => {
  test.setTimeout(90_000);
  await openJson(page);
  // The examples carry a (placeholder) token; an exact export is one the user asks for with the token.
  await page.getByRole('checkbox', { name: 'Include my product token' }).check();
  for (const file of exampleFiles) {
    const original = exampleText(file);
    await importExample(page, file);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .json' }).click()]);
    expect(download.suggestedFilename()).toBe('cm-request.json');
    const exported = readFileSync((await download.path())!, 'utf8');
    // The very same bytes: the file's own text is kept until an edit.
    expect(exported, file).toBe(original);
    // Chromium lets a page start at most about ten downloads in a short while: a person's pace.
    await page.waitForTimeout(1100);
  }
  expect(exampleFiles).toHaveLength(14);
});

test('copy puts the placeholder in place of the token unless asked; the Code tab posts to CM with the token header', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openJson(page);
  const file = '01-text.json';
  await importExample(page, file);
  const original = JSON.parse(exampleText(file));
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('button', { name: 'Copy minified' }).click();
  await expect(page.getByTestId('json-confirmation')).toContainText('Copied the request (minified), with YOUR_PRODUCT_TOKEN');
  await expect(page.getByTestId('announcer')).toContainText('Copied the request (minified)');
  const redacted = structuredClone(original);
  redacted.messages.authentication.producttoken = 'YOUR_PRODUCT_TOKEN';
  expect(await clipboard()).toBe(JSON.stringify(redacted));

  await page.getByRole('checkbox', { name: 'Include my product token' }).check();
  await page.getByRole('button', { name: 'Copy minified' }).click();
  await expect.poll(clipboard).toBe(JSON.stringify(original));
  await page.getByRole('checkbox', { name: 'Include my product token' }).uncheck();

  await page.getByRole('tab', { name: 'Code' }).click();
  const snippet = page.getByTestId('snippet');
  await expect(snippet).toContainText("curl -X POST 'https://gw.messaging.cm.com/v1.0/message'");
  await expect(snippet).toContainText("-H 'X-CM-PRODUCTTOKEN: YOUR_PRODUCT_TOKEN'");
  await expect(snippet).not.toContainText('Your product token');
  for (const [name, marker] of [
    ['JavaScript fetch', 'await fetch('],
    ['Python requests', 'requests.post('],
    ['C# HttpClient', 'new HttpClient()'],
  ] as const) {
    await page.getByRole('radio', { name }).check();
    await expect(snippet).toContainText(marker);
    await expect(snippet).toContainText('YOUR_PRODUCT_TOKEN');
  }
  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect.poll(clipboard).toContain('new HttpClient()');

  // The Send API tab shows the core's payloads, read-only.
  await page.getByRole('tab', { name: 'Messenger Send API' }).click();
  await expect(page.getByLabel('Send API body 1 of item 1')).toContainText('"recipient"');
});

test('a dropped file that is not JSON is refused with its line and column; the design stays', async ({ page }) => {
  await openJson(page);
  await importExample(page, '06-direct-message-with-quick-reply-suggestions.json');
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{\n  "messages": {\n    "msg": [,]\n  }\n}'], 'broken.json', { type: 'application/json' }));
    return dt;
  });
  await page.dispatchEvent('.designer__canvas', 'dragenter', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('.designer__canvas', 'drop', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
  const alert = page.getByRole('region', { name: 'Notices' }).getByRole('alert');
  await expect(alert).toContainText('broken.json is not JSON');
  await expect(alert).toContainText('at line 3, column 13. The design was kept.');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
  await expect(page.locator('.block--suggestion', { hasText: 'Call me' })).toBeVisible();
});

test('from the keyboard: paste a documentation request, follow the marker to fix it, copy a snippet', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openJson(page);
  // A request from the channel documentation, with one label one character too long.
  const pasted = exampleText('06-direct-message-with-quick-reply-suggestions.json').replace('"Call me"', '"Call me back, please!"');
  await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
  await page.getByRole('tab', { name: 'CM request' }).focus();
  await page.keyboard.press('Tab'); // the tab panel
  await page.keyboard.press('Tab'); // the editor
  await expect(editor(page)).toHaveClass(/focused/);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
  await expect(page.getByTestId('status-summary')).toHaveText(/1 error/);

  // F8 goes to the problem; the cursor is at the start of the label's value.
  await page.keyboard.press('F8');
  await expect(editor(page).locator('.marker-widget, .peekview-widget').first()).toContainText('The label of suggestion 1 of item 1 has 21 characters');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft'); // before the comma
  await page.keyboard.press('ArrowLeft'); // before the closing quote
  await page.keyboard.press('Backspace'); // "Call me back, please" has 20 characters
  await expect(page.getByTestId('status-summary')).toHaveText(/Valid/);
  await expect(editor(page).locator('.squiggly-error')).toHaveCount(0);

  // Out of the editor (Ctrl+M: Tab moves the focus), to the Code tab, and copy.
  await page.keyboard.press('Control+m');
  await page.keyboard.press('Shift+Tab'); // the tab panel
  await page.keyboard.press('Shift+Tab'); // the "CM request" tab
  await expect(page.getByRole('tab', { name: 'CM request' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Code' })).toBeFocused();
  await page.keyboard.press('Tab'); // the tab panel
  await page.keyboard.press('Tab'); // the language (cURL)
  await page.keyboard.press('Tab'); // Copy snippet
  await expect(page.getByRole('button', { name: 'Copy snippet' })).toBeFocused();
  await page.keyboard.press('Enter');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("curl -X POST 'https://gw.messaging.cm.com/v1.0/message'");
  expect(copied).toContain('"label": "Call me back, please"');
  expect(copied).toContain('X-CM-PRODUCTTOKEN: YOUR_PRODUCT_TOKEN');
});

test('the Code tab hands out the checker as one file that checks requests with Node', async ({ page }) => {
  await openJson(page);
  await page.getByRole('tab', { name: 'Code' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download cm-check.mjs' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('cm-check.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'checker-download-'));
  try {
    const checker = join(dir, 'cm-check.mjs');
    await download.saveAs(checker);
    const valid = spawnSync(process.execPath, [checker, '--pretty', join(EXAMPLES, '12-rich-card-carousel.json')], { encoding: 'utf8' });
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/12-rich-card-carousel\.json: valid/);
    expect(valid.stdout).toMatch(/generic_template/);
    const invalid = spawnSync(process.execPath, [checker, '-'], { encoding: 'utf8', input: '{"messages": {"msg": []}}' });
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain('schema/min-items');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
