/**
 * Batch QA in the page (issue 15): a folder of the 14 documentation examples and 3 broken
 * files checked in the page's worker; every outcome as expected.json says; the coverage grid
 * marks the rows they exercise; the JSON export is what `npm run check` prints for the same
 * files, byte for byte; a row opens its request as a new design.
 */
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { check } from '../../src/core';
import { examplesDir } from '../core/helpers';
import { expect, test } from './fixtures';

const examples = examplesDir();
const CHECK = fileURLToPath(new URL('../../src/cli/check.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const exampleNames = readdirSync(examples).filter((f) => /^\d\d-.*\.json$/.test(f));
const expected = JSON.parse(readFileSync(join(examples, 'expected.json'), 'utf8')) as Record<string, { outcome: string }[]>;
const BROKEN: Record<string, string | Buffer> = {
  'broken-syntax.json': '{\n  "messages": {\n    "msg": [\n  }\n}\n',
  'broken-empty.json': '',
  'broken-latin1.json': Buffer.from('{"messages": "Grüße"}', 'latin1'),
};

let parent = '';
let folder = '';
test.beforeAll(() => {
  parent = mkdtempSync(join(tmpdir(), 'batch-e2e-'));
  folder = join(parent, 'requests');
  mkdirSync(folder);
  for (const name of exampleNames) copyFileSync(join(examples, name), join(folder, name));
  for (const [name, content] of Object.entries(BROKEN)) writeFileSync(join(folder, name), content);
  writeFileSync(join(folder, 'notes.txt'), 'not a request: a folder pick takes its .json files only');
});
test.afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** The files as `npm run check` is given them from the folder above, in the page's order (by name, code unit by code unit). */
const cliFiles = () => [...exampleNames, ...Object.keys(BROKEN)].map((n) => `requests/${n}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

async function openBatch(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Batch', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Batch check' })).toBeVisible();
}

async function checkFolder(page: Page) {
  await openBatch(page);
  await page.getByTestId('batch-folder').setInputFiles(folder);
  await expect(page.getByTestId('batch-status')).toHaveText(/^Checked 17 files: \d+ conversation items\.$/, { timeout: 20_000 });
}

test('a folder of the 14 examples and 3 broken files: 17 files, every outcome as expected.json, broken files with line and column', async ({ page }) => {
  await checkFolder(page);
  const rows = page.getByTestId('batch-row');
  const expectedRows = exampleNames.flatMap((n) => expected[n]!.map((e) => [`requests/${n}`, e.outcome]));
  await expect(rows).toHaveCount(expectedRows.length + 3);
  const seen = await rows.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.file!, (tr as HTMLElement).dataset.outcome!]));
  expect(seen.filter(([, o]) => o !== '').sort()).toEqual(expectedRows.sort());
  expect(new Set(seen.map(([f]) => f)).size).toBe(17);
  // Files that are not JSON (or not text) get a row each, with where they fail, and never stopped the batch.
  await expect(page.locator('[data-file="requests/broken-syntax.json"]')).toContainText('Not JSON at line 4, column 3');
  await expect(page.locator('[data-file="requests/broken-syntax.json"]')).toContainText('json/syntax');
  await expect(page.locator('[data-file="requests/broken-empty.json"]')).toContainText('Not JSON at line 1, column 1');
  await expect(page.locator('[data-file="requests/broken-latin1.json"]')).toContainText(/Not text at line 1, column \d+/);
  await expect(page.getByTestId('batch-files-with-errors')).toHaveText('17 files, 3 files with errors');
  // Checked in the batch's Web Worker (the page checks in place only where a worker cannot start).
  expect(page.workers().some((w) => w.url().includes('batchWorker'))).toBe(true);
});

test('files dropped on the batch view are checked there, never imported into the design', async ({ page }) => {
  await openBatch(page);
  await page.getByTestId('batch-drop').evaluate((zone, texts: [string, string][]) => {
    const data = new DataTransfer();
    texts.forEach(([name, text]) => data.items.add(new File([text], name, { type: 'application/json' })));
    for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
  }, <[string, string][]>[
    ['b.json', readFileSync(join(examples, '08-direct-message-with-button-rich-card.json'), 'utf8')],
    ['a.json', '{ not json'],
  ]);
  await expect(page.getByTestId('batch-status')).toHaveText('Checked 2 files: 1 conversation item.');
  await expect(page.getByTestId('batch-row').first()).toHaveAttribute('data-file', 'a.json');
  await expect(page.locator('[data-file="b.json"]')).toHaveAttribute('data-outcome', 'button_template');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('design-name')).toHaveText('My design');
});

test('the coverage grid marks exactly the matrix rows the examples exercise', async ({ page }) => {
  await checkFolder(page);
  const exercised = new Set(
    exampleNames.flatMap((n) => check(JSON.parse(readFileSync(join(examples, n), 'utf8'))).messages.flatMap((m) => m.items.map((it) => it.matrixRow))).filter((r): r is number => r !== null),
  );
  expect(exercised.size).toBeGreaterThan(3);
  const cells = page.getByTestId('coverage-cell');
  await expect(cells).toHaveCount(16);
  const marks = await cells.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.exercised === 'true'));
  expect(marks).toEqual(Array.from({ length: 16 }, (_, i) => exercised.has(i)));
  await expect(page.getByText(`Input matrix coverage: ${exercised.size} of 16 rows exercised, ${16 - exercised.size} never`)).toBeVisible();
});

test('the JSON export is what npm run check prints for the same files, byte for byte; CSV and Markdown download', async ({ page }) => {
  await checkFolder(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-export-json').click()]);
  expect(download.suggestedFilename()).toBe('batch-report.json');
  const fromPage = readFileSync(await download.path());
  // `npm run check` itself (tsx src/cli/check.ts), run in the folder above, on the same files in the same order.
  const cli = spawnSync(process.execPath, [TSX, CHECK, ...cliFiles()], { cwd: parent });
  expect(cli.status).toBe(1); // the broken files are errors
  expect(cli.stdout.length).toBeGreaterThan(1000);
  expect(fromPage.equals(cli.stdout)).toBe(true);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-export-csv').click()]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\ufefffile,message,item,outcome,')).toBe(true);
  expect(csvText).toContain('requests/broken-syntax.json,,,,,,1,0,0,json/syntax,4,3\r\n');
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-export-markdown').click()]);
  expect(readFileSync(await md.path(), 'utf8')).toContain('17 files, ');
});

test('filter, sort and search the table; a row opens its request as a new design, the user\'s own kept', async ({ page }) => {
  await checkFolder(page);
  const rows = page.getByTestId('batch-row');
  await page.getByLabel('Outcome', { exact: true }).selectOption('generic_template');
  const generic = exampleNames.flatMap((n) => expected[n]!.filter((e) => e.outcome === 'generic_template')).length;
  await expect(rows).toHaveCount(generic);
  await page.getByLabel('Outcome', { exact: true }).selectOption('any');
  await page.getByLabel('Severity').selectOption('error');
  await expect(rows).toHaveCount(3);
  await page.getByLabel('Severity').selectOption('any');
  await page.getByLabel('Code').selectOption('json/encoding');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Code').selectOption('any');
  await page.getByLabel('File name').fill('CAROUSEL');
  await expect(rows).toHaveCount(expected['12-rich-card-carousel.json']!.length);
  await page.getByLabel('File name').fill('');
  // Sorted by errors, most first: the broken files lead.
  await page.getByRole('button', { name: /^Errors/ }).click();
  await expect(page.getByRole('columnheader', { name: /^Errors/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toHaveAttribute('data-file', /broken-/);

  await page.getByLabel('File name').fill('08-direct');
  await page.getByRole('button', { name: /^Open requests\/08-direct-message-with-button-rich-card\.json, message 1 · item 1/ }).click();
  await expect(page.getByRole('dialog', { name: 'Batch check' })).toBeHidden();
  await expect(page.getByTestId('design-name')).toHaveText('08-direct-message-with-button-rich-card');
  await expect(page.getByTestId('item-outcome').first()).toContainText('Button template');
  await page.getByTestId('design-name').click();
  // The design that was open before is still there, as it was.
  await expect(page.getByRole('dialog', { name: 'Your designs' }).getByText('My design')).toBeVisible();
});

test('pasted NDJSON: a request per line; Cancel stops a long batch and keeps what was checked', async ({ page }) => {
  await openBatch(page);
  await page.getByRole('button', { name: 'Paste NDJSON…' }).click();
  const lines = [JSON.stringify(JSON.parse(readFileSync(join(examples, '01-text.json'), 'utf8'))), '{"nope":', '', JSON.stringify(JSON.parse(readFileSync(join(examples, '12-rich-card-carousel.json'), 'utf8')))];
  await page.getByLabel('One request per line (NDJSON)').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Check the pasted lines' }).click();
  await expect(page.getByTestId('batch-status')).toHaveText(/^Checked 3 files/);
  await expect(page.locator('[data-file="pasted line 2"]')).toContainText('Not JSON at line 1, column 9');
  await expect(page.locator('[data-file="pasted line 4"]').first()).toHaveAttribute('data-outcome', 'generic_template');

  // 20,000 requests of 5 items: Cancel while it runs. The text is made in the page and set as typing would set it
  // (Playwright's fill of megabytes takes longer than the test may).
  await page.getByRole('button', { name: 'Paste NDJSON…' }).click();
  await page.getByLabel('One request per line (NDJSON)').evaluate((area: HTMLTextAreaElement) => {
    const conversation = Array.from({ length: 5 }, (_, j) => ({ text: `Item ${j}`, suggestions: [{ action: 'Reply', label: 'Yes', postbackdata: 'Y' }] }));
    const text = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ messages: { msg: [{ from: 'P', to: [{ number: String(i) }], body: { content: 'Hi' }, richContent: { conversation } }] } })).join('\n');
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.getByRole('button', { name: 'Check the pasted lines' }).click();
  const progress = page.getByRole('progressbar', { name: 'Files checked' });
  await expect(progress).toBeVisible();
  // Cancelled once a few hundred are checked (however slow or busy the machine), well before all 20,000.
  await expect.poll(() => progress.evaluate((p: HTMLProgressElement) => p.value), { timeout: 20_000 }).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('batch-status')).toHaveText(/^Cancelled: [\d,]+ of 20,000 files checked/);
  const status = await page.getByTestId('batch-status').textContent();
  const checked = Number(/Cancelled: ([\d,]+)/.exec(status!)![1]!.replace(/,/g, ''));
  expect(checked).toBeLessThan(20_000);
  // Thousands of rows, a few dozen in the page: the table draws what is in view.
  expect(checked * 5).toBeGreaterThan(500);
  expect(await page.getByTestId('batch-row').count()).toBeLessThan(60);
  await expect(page.getByRole('heading', { name: /Conversation items/ })).toContainText(`(${(checked * 5).toLocaleString('en')} rows)`);
  // What was checked exports: the CLI's JSON of those files.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-export-json').click()]);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toHaveLength(checked);
});

test('axe: the batch view with its table and summary has no violations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await checkFolder(page);
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('report for a ticket: the design as Markdown with its outcomes, diagnostics, request and Send API bodies; the token kept out', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Product token', { exact: true }).fill('0000-secret-token');
  await page.getByRole('tab', { name: /^Report/ }).click();
  const ticket = page.getByRole('group', { name: 'Report for a ticket' });
  await expect(ticket).toContainText('The token shows as YOUR_PRODUCT_TOKEN.');
  const [download] = await Promise.all([page.waitForEvent('download'), ticket.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('My-design-report.md');
  const md = readFileSync(await download.path(), 'utf8');
  expect(md.startsWith('# Messenger request: My design\n')).toBe(true);
  expect(md).toContain('## Outcome per item');
  expect(md).toContain('## Diagnostics');
  expect(md).toContain('"producttoken": "YOUR_PRODUCT_TOKEN"');
  expect(md).not.toContain('0000-secret-token');
  expect(md).toMatch(/## Send API bodies\n\n### Message 1, item 1: `text`\n\n```json\n\[\n {2}\{\n {4}"recipient"/);
  await expect(ticket.getByRole('status')).toHaveText('Downloaded My-design-report.md.');
});
