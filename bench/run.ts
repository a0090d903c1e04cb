/**
 * npm run bench: the core, the page and the first load, printed as a table and
 * written to bench/results.json. Builds the app and serves it with vite preview.
 */
import { spawn, execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { benchCore } from './core';
import { benchEdits, benchFloor, benchLoad, EDIT_SCENARIOS, launch, type EditScenario } from './page';
import { initialJs } from './size';

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
  editP95Ms: 16,
  longestTaskMs: 50,
  initialJsGzipBytes: 150_000,
};

async function main() {
  console.log('core: check() …');
  const core = await benchCore();
  console.table(core.map((c) => ({ request: c.name, bytes: c.bytes, 'check median (µs)': c.checkMedianUs.toFixed(1), 'JSON.parse median (µs)': c.parseMedianUs.toFixed(1), ratio: c.ratio.toFixed(2) })));

  if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });
  const size = initialJs('dist');
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitFor(base);
    const browser = await launch();
    try {
      const edits = [];
      for (const scenario of Object.keys(EDIT_SCENARIOS) as EditScenario[]) {
        console.log(`page: typing into the largest request, ${scenario} …`);
        edits.push({ scenario, ...(await benchEdits(browser, base, scenario)) });
      }
      console.log('page: the same typing on an empty page …');
      const floor = await benchFloor(browser);
      console.log('page: first load …');
      const load = await benchLoad(browser, base, 'dist');
      const largest = core.find((c) => c.name.startsWith('largest carousel'))!;
      const largestText = core.find((c) => c.name.startsWith('largest text'))!;
      const rows = [
        ['check() largest carousel, median', `${largest.checkMedianUs.toFixed(1)} µs`, `≤ ${targets.checkLargestMedianUs} µs`, largest.checkMedianUs <= targets.checkLargestMedianUs],
        ['check() / JSON.parse, largest carousel', `${largest.ratio.toFixed(2)}×`, `≤ ${targets.checkLargestRatio}×`, largest.ratio <= targets.checkLargestRatio],
        ['check() largest text, median', `${largestText.checkMedianUs.toFixed(1)} µs`, `≤ ${targets.checkLargestMedianUs} µs`, largestText.checkMedianUs <= targets.checkLargestMedianUs],
        ['check() / JSON.parse, largest text', `${largestText.ratio.toFixed(2)}×`, `≤ ${targets.checkLargestRatio}×`, largestText.ratio <= targets.checkLargestRatio],
        ...edits.flatMap((e) => [
          [`keystroke to next paint, ${e.scenario}: median (${e.edits} keys)`, `${e.medianMs} ms`, '', true],
          [`keystroke to next paint, ${e.scenario}: p95`, `${e.p95Ms} ms`, `≤ ${targets.editP95Ms} ms`, e.p95Ms === '< 16' || e.p95Ms <= targets.editP95Ms],
          [`  keystrokes over 16 ms`, `${e.over16Ms} of ${e.edits}`, '', true],
          [`  keystrokes every view showed in the next frame`, `${e.shownInFirstFrame} of ${e.edits}`, 'all', e.shownInFirstFrame === e.edits],
          [`  main-thread work per keystroke (of it script)`, `${e.taskMsPerKey.toFixed(1)} ms (${e.scriptMsPerKey.toFixed(1)} ms)`, '', true],
          [`  longest task while typing`, `${e.longestTaskMs.toFixed(0)} ms`, `≤ ${targets.longestTaskMs} ms`, e.longestTaskMs <= targets.longestTaskMs],
        ] as const),
        ['the same on an empty page with one input (this machine\'s floor): median / p95', `${floor.medianMs} / ${floor.p95Ms} ms`, '', true],
        ['first load: designer accepts input (median of 7)', `${load.readyMs.toFixed(0)} ms`, '', true],
        ['JS (gzip) loaded before that', `${(load.jsBeforeReadyGzipBytes / 1000).toFixed(1)} kB`, `≤ ${targets.initialJsGzipBytes / 1000} kB, no Monaco`, load.jsBeforeReadyGzipBytes <= targets.initialJsGzipBytes && !load.monacoBeforeReady],
        ['initial JS of the build (size check)', `${(size.totalGzipBytes / 1000).toFixed(1)} kB`, `≤ ${size.budget / 1000} kB`, size.withinBudget],
      ] as const;
      console.table(rows.map(([metric, value, target, met]) => ({ metric, value, target, met: met ? 'yes' : 'NO' })));
      const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()}`;
      writeFileSync(
        'bench/results.json',
        JSON.stringify({ date: new Date().toISOString(), machine, targets, core, edits, floor, load, size, allMet: rows.every((r) => r[3]) }, null, 2) + '\n',
      );
      console.log(`machine: ${machine}\nwrote bench/results.json`);
      if (!rows.every((r) => r[3])) process.exitCode = 1;
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

void main();
