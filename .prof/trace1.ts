import { chromium } from '@playwright/test';
import { LARGEST_CAROUSEL } from '../bench/requests';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium';
import { startTrace, stopTrace } from '../bench/trace';

const base = process.argv[2] ?? 'http://127.0.0.1:4320/';
const scenario = process.env.AT === 'within' ? 'Ten chars.' : 'Twenty chars label..';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.fulfill({ status: 204 }));
const saved = { version: 2, designs: [{ id: 'bench', name: 'Largest', doc: LARGEST_CAROUSEL, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }], currentId: 'bench', rememberToken: false };
await context.addInitScript((s) => localStorage.setItem('messenger-designer', s), JSON.stringify(saved));
const page = await context.newPage();
await page.goto(base);
await page.locator('[data-path$="/carousel/cards/0/suggestions/0"]').click();
if (!process.env.NO_JSON) {
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}
const field = page.locator('.inspector [data-field="label"]');
await field.fill(scenario);
await page.waitForTimeout(500);
await field.focus();
const cdp = await context.newCDPSession(page);
await startTrace(cdp);
const N = 20;
for (let i = 0; i < N; i++) {
  await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
  await page.waitForTimeout(100);
}
const events = await stopTrace(cdp);
// renderer main thread: the one with most EventDispatch
const byTid = new Map<string, number>();
for (const e of events) if (e.name === 'EventDispatch') byTid.set(`${e.pid}:${e.tid}`, (byTid.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
const main = [...byTid.entries()].sort((a, b) => b[1] - a[1])[0]![0];
const top = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts);
const totals = new Map<string, number>();
const NAMES = new Set(['EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'RunTask', 'TimerFire', 'FireAnimationFrame', 'ParseHTML', 'HitTest', 'ScheduleStyleRecalculation', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'UpdateLayer', 'PaintImage', 'Decode Image', 'RasterTask', 'IntersectionObserverController::computeIntersections', 'ProfileCall', 'EvaluateScript', 'v8.run', 'MinorGC', 'BlinkGC.AtomicPhase','ThreadControllerImpl::RunTask']);
for (const e of top) totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0));
for (const [k, v] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1000 / N).toFixed(2).padStart(7), 'ms/key', k);

// EventDispatch by type
const byType = new Map<string, number>();
for (const e of top) if (e.name === 'EventDispatch') { const t = String((e.args as any)?.data?.type); byType.set(t, (byType.get(t) ?? 0) + (e.dur ?? 0)); }
console.log('--- EventDispatch by type');
for (const [k, v] of [...byType.entries()].sort((a, b) => b[1] - a[1])) console.log((v / 1000 / N).toFixed(2).padStart(7), k);
// FunctionCall by function
const byFn = new Map<string, number>();
for (const e of top) if (e.name === 'FunctionCall') { const d = (e.args as any)?.data; const t = `${d?.functionName}@${String(d?.url).split('/').pop()}:${d?.lineNumber}`; byFn.set(t, (byFn.get(t) ?? 0) + (e.dur ?? 0)); }
console.log('--- FunctionCall');
for (const [k, v] of [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log((v / 1000 / N).toFixed(2).padStart(7), k);

console.log('--- Paint events (first 3 keys)');
const t0 = top.find((e) => e.name === 'EventDispatch')!.ts;
for (const e of top.filter((e) => e.name === 'Paint' || e.name === 'Layout' || e.name === 'UpdateLayoutTree' || e.name === 'PrePaint' || e.name === 'Layerize').slice(0, 40)) {
  const d = (e.args as any)?.data ?? (e.args as any)?.beginData;
  console.log(((e.ts - t0) / 1000).toFixed(1).padStart(8), e.name.padEnd(16), ((e.dur ?? 0) / 1000).toFixed(2), JSON.stringify(d)?.slice(0, 160));
}
await browser.close();
