/**
 * npm run bench: the core, the page and the first load, printed as a table and
 * written to bench/results.json. Builds the app and serves it with vite preview.
 *
 * `npm run bench -- --only page` measures only the typing (the two scenarios and
 * the floor) and writes no results; `--no-build` serves the existing dist/;
 * BENCH_KEYS=<n> types n keys per scenario instead of 150. `--only large` measures
 * only the huge inputs (share link, 1,000 cards, the checker's 20,000 problems); `--only batch`
 * only the batch view (1,000 files checked and tabled).
 */
import { spawn, execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { benchCore } from './core';
import { benchEdits, benchFloor, benchFrozen, benchLoad, EDIT_SCENARIOS, launch, type EditResult, type EditScenario, type Figures } from './page';
import { initialJs } from './size';
import { benchLarge, type LargeResult } from './large';
import { benchBatch, type BatchResult } from './batch';

const PORT = 4319;
const base = `http://127.0.0.1:${PORT}/`;

async function waitFor(url: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

const targets = {
  checkLargestMedianUs: 1000,
  checkLargestRatio: 5,
  /** Keystroke to presentation, as a ratio to the empty page's figure measured in the same run. */
  editMedianRatio: 1.25,
  editP95Ratio: 1.5,
  longestTaskMs: 50,
  initialJsGzipBytes: 150_000,
  /** Opening a huge request (issue 16): the page's longest task, median of the runs. */
  largeLongestTaskMs: 200,
  /** 20,000 problems in --format github, the whole process. */
  cliGithubMs: 2000,
  /** The batch view (issue 15): 1,000 files checked and tabled, median; its longest main-thread task, the worst run. */
  batchMs: 2000,
  batchLongestTaskMs: 50,
};

const ms = (x: number) => x.toFixed(1);
const fig = (f: Figures) => `${ms(f.medianMs)} / ${ms(f.p95Ms)} / ${ms(f.maxMs)} ms`;
const eventTiming = (e: EditResult) => `${ms(e.eventTiming.unrounded.medianMs)} / ${ms(e.eventTiming.unrounded.p95Ms)} ms; ${e.eventTiming.medianMs} / ${e.eventTiming.p95Ms} ms`;
const mainThread = ({ mainThreadPerKey: m }: EditResult) =>
  `${ms(m.totalMs)} ms (${ms(m.scriptMs)} / ${ms(m.styleLayoutMs)} / ${ms(m.paintMs)} / ${ms(m.otherMs)})`;
const stages = ({ latency: { stages: s } }: EditResult) => `${ms(s.toMainMs)} / ${ms(s.handlingMs)} / ${ms(s.toCommitMs)} / ${ms(s.toPresentMs)} ms`;
const keysNote = (e: EditResult) =>
  `${e.latency.keysTraced === e.edits ? `${e.edits} keys` : `${e.latency.keysTraced} of ${e.edits} keys traced`}${e.latency.keysWithoutFrame ? `, ${e.latency.keysWithoutFrame} without a frame` : ''}`;

type Row = readonly [metric: string, value: string, target: string, met: boolean];

/** The typing: both scenarios, then the floor, in one browser. */
async function benchPage(browser: Awaited<ReturnType<typeof launch>>, keys: number) {
  const edits = [];
  for (const scenario of Object.keys(EDIT_SCENARIOS) as EditScenario[]) {
    console.log(`page: typing into the largest request, ${scenario} …`);
    edits.push({ scenario, ...(await benchEdits(browser, base, scenario, keys)) });
  }
  console.log('page: the same typing on an empty page …');
  const floor = await benchFloor(browser, keys);
  console.log("page: the same typing on the designer's page, frozen …");
  const frozen = await benchFrozen(browser, base, keys);
  console.log("page: the same typing on the designer's page, frozen, nothing but the field changing …");
  const fieldOnly = await benchFrozen(browser, base, keys, { copy: false });
  const ratios = (e: EditResult, to: EditResult) => ({ medianRatio: e.latency.medianMs / to.latency.medianMs, p95Ratio: e.latency.p95Ms / to.latency.p95Ms });
  const withRatios = edits.map((e) => ({ ...e, vsFloor: ratios(e, floor), vsFrozen: ratios(e, frozen) }));
  const times = (r: { medianRatio: number; p95Ratio: number }) => `${r.medianRatio.toFixed(2)}× / ${r.p95Ratio.toFixed(2)}×`;
  const rows: Row[] = [
    ...withRatios.flatMap((e): Row[] => [
      [`keystroke to presentation (trace), ${e.scenario}: median / p95 / max (${keysNote(e)})`, fig(e.latency), '', true],
      [`  median, to the floor's`, `${e.vsFloor.medianRatio.toFixed(2)}×`, `≤ ${targets.editMedianRatio}× floor`, e.vsFloor.medianRatio <= targets.editMedianRatio],
      [`  p95, to the floor's`, `${e.vsFloor.p95Ratio.toFixed(2)}×`, `≤ ${targets.editP95Ratio}× floor`, e.vsFloor.p95Ratio <= targets.editP95Ratio],
      [`  median / p95, to the frozen page's (what the app adds to the browser's own cost of this page)`, times(e.vsFrozen), '', true],
      [`  Event Timing (INP) median / p95: unrounded (trace); as the page sees it`, eventTiming(e), '', true],
      [`  stages (medians): to main thread / handlers / to commit / to presentation`, stages(e), '', true],
      [`  main thread per key (medians): all (script / style+layout / paint / other)`, mainThread(e), '', true],
      [`  next frame: canvas+preview`, `${e.shownNextFrame} of ${e.edits}`, 'all', e.shownNextFrame === e.edits],
      [`  JSON editor within two frames`, e.jsonWithinTwoFrames === null ? 'not checked' : `${e.jsonWithinTwoFrames} of ${e.edits}`, 'all', e.jsonWithinTwoFrames === null || e.jsonWithinTwoFrames === e.edits],
      [`  longest task while typing`, `${e.longestTaskMs.toFixed(0)} ms`, `≤ ${targets.longestTaskMs} ms`, e.longestTaskMs <= targets.longestTaskMs],
    ]),
    [`empty page with one input (this machine's floor): median / p95 / max (${keysNote(floor)})`, fig(floor.latency), '', true],
    [`  Event Timing (INP) median / p95: unrounded (trace); as the page sees it`, eventTiming(floor), '', true],
    [`  stages (medians): to main thread / handlers / to commit / to presentation`, stages(floor), '', true],
    [`  main thread per key (medians): all (script / style+layout / paint / other)`, mainThread(floor), '', true],
    [`the designer's page frozen (same views, keys stopped before the app, the text copied into chip and preview): median / p95 / max (${keysNote(frozen)})`, fig(frozen.latency), '', true],
    [`  median / p95, to the floor's (the least any app can reach on this page)`, times(ratios(frozen, floor)), '', true],
    [`  stages (medians): to main thread / handlers / to commit / to presentation`, stages(frozen), '', true],
    [`  main thread per key (medians): all (script / style+layout / paint / other)`, mainThread(frozen), '', true],
    [`the same frozen page with nothing but the field changing (no copy into chip and preview): median / p95 / max (${keysNote(fieldOnly)})`, fig(fieldOnly.latency), '', true],
    [`  median / p95, to the floor's`, times(ratios(fieldOnly, floor)), '', true],
    [`  stages (medians): to main thread / handlers / to commit / to presentation`, stages(fieldOnly), '', true],
  ];
  return { edits: withRatios, floor, frozen, frozenFieldOnly: fieldOnly, rows };
}

function largeRows(l: LargeResult): Row[] {
  const runs = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  return [
    [`share link of 10,000 items (${l.shareLink.chars} chars): longest task, median (runs)`, `${ms(l.shareLink.medianMs)} ms (${runs(l.shareLink.longestTaskMs)})`, `≤ ${targets.largeLongestTaskMs} ms`, l.shareLink.medianMs <= targets.largeLongestTaskMs],
    [`saved 1,000-card carousel at start-up: longest task, median (runs)`, `${ms(l.cardsAtStart.medianMs)} ms (${runs(l.cardsAtStart.longestTaskMs)})`, `≤ ${targets.largeLongestTaskMs} ms`, l.cardsAtStart.medianMs <= targets.largeLongestTaskMs],
    [`cm-check.mjs, ${l.cliGithub.problems} problems, --format github: wall time, median (runs)`, `${ms(l.cliGithub.medianMs)} ms (${runs(l.cliGithub.wallMs)})`, `≤ ${targets.cliGithubMs} ms`, l.cliGithub.medianMs <= targets.cliGithubMs],
  ];
}

function batchRows(b: BatchResult): Row[] {
  const runs = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const worst = Math.max(...b.longestTaskMs);
  return [
    [`batch view: ${b.files.toLocaleString('en')} files (${b.largestCarousels} largest carousels, ${(b.bytes / 1e6).toFixed(1)} MB, ${b.rows.toLocaleString('en')} rows) checked and tabled, median (runs)`, `${ms(b.medianMs)} ms (${runs(b.totalMs)})`, `≤ ${targets.batchMs} ms`, b.medianMs <= targets.batchMs],
    [`  longest main-thread task while it runs: median, worst (runs)`, `${ms(b.medianLongestTaskMs)}, ${ms(worst)} ms (${runs(b.longestTaskMs)})`, `≤ ${targets.batchLongestTaskMs} ms`, worst <= targets.batchLongestTaskMs],
  ];
}

const print = (rows: readonly Row[]) => console.table(rows.map(([metric, value, target, met]) => ({ metric, value, target, met: met ? 'yes' : 'NO' })));

async function main() {
  const onlyPage = /--only[= ]page\b/.test(process.argv.join(' '));
  const onlyLarge = /--only[= ]large\b/.test(process.argv.join(' '));
  const onlyBatch = /--only[= ]batch\b/.test(process.argv.join(' '));
  const keys = Number(process.env.BENCH_KEYS ?? 150);
  if (onlyBatch) {
    if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });
    await withServer(async () => {
      const browser = await launch();
      try {
        const rows = batchRows(await benchBatch(browser, base));
        print(rows);
        console.log(`Chromium ${browser.version()}; --only batch: bench/results.json left as it was`);
        if (!rows.every((r) => r[3])) process.exitCode = 1;
      } finally {
        await browser.close();
      }
    });
    return;
  }
  if (onlyLarge) {
    if (!process.argv.includes('--no-build')) execSync('npx vite build && npm run build:cli', { stdio: 'inherit' });
    await withServer(async () => {
      const browser = await launch();
      try {
        const rows = largeRows(await benchLarge(browser, base));
        print(rows);
        console.log(`Chromium ${browser.version()}; --only large: bench/results.json left as it was`);
        if (!rows.every((r) => r[3])) process.exitCode = 1;
      } finally {
        await browser.close();
      }
    });
    return;
  }
  if (onlyPage) {
    if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });
    await withServer(async () => {
      const browser = await launch();
      try {
        const { rows } = await benchPage(browser, keys);
        print(rows);
        console.log(`Chromium ${browser.version()}; --only page: bench/results.json left as it was`);
        if (!rows.every((r) => r[3])) process.exitCode = 1;
      } finally {
        await browser.close();
      }
    });
    return;
  }

  console.log('core: check() …');
  const core = await benchCore();
  console.table(core.map((c) => ({ request: c.name, bytes: c.bytes, 'check median (µs)': c.checkMedianUs.toFixed(1), 'JSON.parse median (µs)': c.parseMedianUs.toFixed(1), ratio: c.ratio.toFixed(2) })));

  if (!process.argv.includes('--no-build')) execSync('npx vite build && npm run build:cli', { stdio: 'inherit' });
  const size = initialJs('dist');
  await withServer(async () => {
    const browser = await launch();
    try {
      const { edits, floor, frozen, frozenFieldOnly, rows: pageRows } = await benchPage(browser, keys);
      console.log('page: first load …');
      const load = await benchLoad(browser, base, 'dist');
      console.log('large: share link, 1,000 cards, the checker on 20,000 problems …');
      const large = await benchLarge(browser, base);
      console.log('batch: 1,000 files in the batch view …');
      const batch = await benchBatch(browser, base);
      const largest = core.find((c) => c.name.startsWith('largest carousel'))!;
      const largestText = core.find((c) => c.name.startsWith('largest text'))!;
      const rows: Row[] = [
        ['check() largest carousel, median', `${largest.checkMedianUs.toFixed(1)} µs`, `≤ ${targets.checkLargestMedianUs} µs`, largest.checkMedianUs <= targets.checkLargestMedianUs],
        ['check() / JSON.parse, largest carousel', `${largest.ratio.toFixed(2)}×`, `≤ ${targets.checkLargestRatio}×`, largest.ratio <= targets.checkLargestRatio],
        ['check() largest text, median', `${largestText.checkMedianUs.toFixed(1)} µs`, `≤ ${targets.checkLargestMedianUs} µs`, largestText.checkMedianUs <= targets.checkLargestMedianUs],
        ['check() / JSON.parse, largest text', `${largestText.ratio.toFixed(2)}×`, `≤ ${targets.checkLargestRatio}×`, largestText.ratio <= targets.checkLargestRatio],
        ...pageRows,
        ['first load: designer accepts input (median of 7)', `${load.readyMs.toFixed(0)} ms`, '', true],
        ['JS (gzip) loaded before that', `${(load.jsBeforeReadyGzipBytes / 1000).toFixed(1)} kB`, `≤ ${targets.initialJsGzipBytes / 1000} kB, no Monaco`, load.jsBeforeReadyGzipBytes <= targets.initialJsGzipBytes && !load.monacoBeforeReady],
        ['initial JS of the build (size check)', `${(size.totalGzipBytes / 1000).toFixed(1)} kB`, `≤ ${size.budget / 1000} kB`, size.withinBudget],
        ...largeRows(large),
        ...batchRows(batch),
      ];
      print(rows);
      const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()}`;
      writeFileSync(
        'bench/results.json',
        JSON.stringify({ date: new Date().toISOString(), machine, targets, core, edits, floor, frozen, frozenFieldOnly, load, size, large, batch, allMet: rows.every((r) => r[3]) }, null, 2) + '\n',
      );
      console.log(`machine: ${machine}\nwrote bench/results.json`);
      if (!rows.every((r) => r[3])) process.exitCode = 1;
    } finally {
      await browser.close();
    }
  });
}

/** Serves dist/ with vite preview while f runs. */
async function withServer(f: () => Promise<void>) {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitFor(base);
    await f();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

void main();
