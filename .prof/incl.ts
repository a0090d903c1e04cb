// Inclusive CPU time per function, from a CPU profile taken while typing (see profile.ts setup)
import { chromium } from '@playwright/test';
import { LARGEST_CAROUSEL } from '../bench/requests';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium';
const base = 'http://127.0.0.1:4320/';
const scenario = process.env.AT === 'within' ? 'Ten chars.' : 'Twenty chars label..';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.fulfill({ status: 204 }));
const saved = { version: 2, designs: [{ id: 'bench', name: 'Largest', doc: LARGEST_CAROUSEL, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }], currentId: 'bench', rememberToken: false };
await context.addInitScript((s) => localStorage.setItem('messenger-designer', s), JSON.stringify(saved));
const page = await context.newPage();
await page.goto(base);
await page.locator('[data-path$="/carousel/cards/0/suggestions/0"]').click();
if (!process.env.NO_JSON) { await page.getByRole('tab', { name: 'Request JSON' }).click(); await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 }); }
const field = page.locator('.inspector [data-field="label"]');
await field.fill(scenario); await page.waitForTimeout(500); await field.focus();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
const N = 80;
for (let i = 0; i < N; i++) { await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace'); await page.waitForTimeout(60); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = profile.timeDeltas!;
const incl = new Map<string, number>();
profile.samples!.forEach((id, i) => {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const f = byId.get(cur)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    if (seen.has(key)) continue; seen.add(key);
    incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0));
  }
});
const want = (process.env.FN ?? 'dispatchDiscreteEvent,check,derivedOf,buildModel,deepEqual,renderWithHooks,commitRoot,performWorkOnRoot,flushSyncWorkAcrossRoots,dispatch,applyOps,flush,reconcile,canonicalize,validate,resolveItem,subscribe,useSyncExternalStore,checkIfSnapshotChanged,setField,forceStoreRerender').split(',');
for (const [k, us] of [...incl.entries()].filter(([k]) => want.some((w) => k.startsWith(w + ' '))).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((us / 1000 / N).toFixed(3).padStart(8), 'ms/key', k);
await browser.close();
