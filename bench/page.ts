/**
 * The page in headless Chromium, served from the production build:
 * - keystroke latency: from a key pressed in an inspector field of the largest
 *   legal request to the presentation of the frame that shows it (Chromium's
 *   EventLatency trace, see trace.ts), beside the Event Timing API's figures (INP),
 *   and the same typing on an empty page as this machine's floor; after each key,
 *   whether the canvas and the preview showed it in the next frame and the JSON
 *   editor within two; the main thread's work per key and its longest task;
 * - first load: time until the designer accepts input, and the gzip bytes of
 *   the JavaScript loaded before that.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { LARGEST_CAROUSEL } from './requests';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium';
import { analyseTrace, startTrace, stopTrace, type KeyLatency, type TraceAnalysis } from './trace';


interface BenchWindow {
  events: { id: number; duration: number; delay: number; processing: number }[];
  /** Per keystroke: the canvas and preview after the first frame, the JSON editor after the second. */
  checks: { views: boolean; json: boolean }[];
  /** Whether the canvas and the preview ('views'), or the JSON editor ('json'), show the text v. */
  shows(v: string, part: 'views' | 'json'): boolean;
}

export interface Figures {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface EditResult {
  edits: number;
  /**
   * Keystroke to the presentation of its frame, from Chromium's trace (EventLatency,
   * see trace.ts), unrounded: one figure per key, the longest of its events.
   */
  latency: Figures & {
    /** Keys found in the trace (should equal edits). */
    keysTraced: number;
    /** Keys whose longest event reached no presented frame (should be 0). */
    keysWithoutFrame: number;
    /** Medians of the stages of each key's longest event (see KeyLatency in trace.ts). */
    stages: { toMainMs: number; handlingMs: number; toCommitMs: number; toPresentMs: number };
  };
  /**
   * Input to next paint as the page sees it (Event Timing API, as browsers measure
   * INP): the longest event of each interaction, rounded by Chromium to 8 ms, and
   * reported only from 16 ms up; shorter ones count as "< 16". `unrounded`: the same
   * entries as Chromium traces them, exact and all of them. They agree with `latency`
   * key by key, except that Event Timing also waits for a paint after keyup, which
   * changes nothing on screen (on the floor page that paint is often a frame later).
   */
  eventTiming: {
    unrounded: Figures;
    medianMs: number | '< 16';
    p95Ms: number | '< 16';
    maxMs: number | '< 16';
    over16Ms: number;
    /** Medians over the keystrokes of 16 ms or more, of the longest event of each: input delay, event handlers, and from the handlers' end to the paint. */
    split: { inputDelayMs: number; handlersMs: number; toPaintMs: number };
  };
  /** Medians per key of the renderer main thread's tasks, from the key to the next key, and their self time by kind (trace). The parts' medians need not add up to the total's. */
  mainThreadPerKey: { totalMs: number; scriptMs: number; styleLayoutMs: number; paintMs: number; otherMs: number };
  /** Keystrokes the canvas and the preview showed in the very next frame. */
  shownNextFrame: number;
  /** Keystrokes the JSON editor showed within two frames (null: JSON editor closed or hidden). */
  jsonWithinTwoFrames: number | null;
  /** Longest main-thread task while typing (trace). */
  longestTaskMs: number;
}

export interface LoadResult {
  readyMs: number;
  jsBeforeReadyGzipBytes: number;
  jsFiles: string[];
  monacoBeforeReady: boolean;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const figures = (xs: number[]): Figures =>
  xs.length ? { medianMs: pct(xs, 50), p95Ms: pct(xs, 95), maxMs: Math.max(...xs) } : { medianMs: 0, p95Ms: 0, maxMs: 0 };

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * The two ways of typing measured, 'x' and Backspace by turns:
 * - at the limit: the label goes from 20 to 21 characters and back, so every key
 *   adds or removes a limit error (on the canvas, in the inspector, the problems,
 *   the badge and the JSON's markers): the worst case;
 * - within the limit: a 10-character label, as most typing is.
 */
export const EDIT_SCENARIOS = {
  'at the limit': { base: 'Twenty chars label..' },
  'within the limit': { base: 'Ten chars.' },
} as const;
export type EditScenario = keyof typeof EDIT_SCENARIOS;

/**
 * Types into the first card's first button label of the largest legal request,
 * with real (trusted) key presses at a person's pace, the JSON editor open.
 * After each key, checks that the canvas and the preview show the new label after
 * the next frame and the JSON editor after the one after (Monaco may draw its
 * edit a frame later), then waits until all of them show it.
 */
// Profiling knobs: BENCH_NO_JSON=1 keeps the JSON tab closed; BENCH_HIDE=<selector> hides views (display: none); BENCH_CSS=<css> adds a style sheet (to try a CSS change without a build; the frozen page takes it too).
export async function benchEdits(browser: Browser, baseUrl: string, scenario: EditScenario, edits = 150): Promise<EditResult> {
  const withJson = !process.env.BENCH_NO_JSON;
  const { context, page, field } = await openLargest(browser, baseUrl, withJson);
  if (process.env.BENCH_HIDE) await page.addStyleTag({ content: `${process.env.BENCH_HIDE} { display: none !important; }` });
  if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
  await page.evaluate(
    ({ json, hidden, field, chip }) => {
      (window as unknown as BenchWindow).shows = (v, part) => {
        if (hidden) return (document.querySelector(field) as HTMLInputElement).value === v;
        // Exactly this label (the 20-character one is a prefix of the 21): the caption of
        // the canvas chip, an element of its own in the preview, a quoted string in the JSON.
        const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\u00a0/g, ' ');
        if (part === 'json') return !json || text(document.querySelector('.monaco-editor .view-lines')).includes(JSON.stringify(v));
        const caption = text(document.querySelector(`${chip} .chip__caption`));
        return caption === v && [...document.querySelectorAll('.preview *')].some((el) => text(el).trim() === v);
      };
    },
    { json: withJson, hidden: !!process.env.BENCH_HIDE, field, chip: CHIP },
  );
  try {
    return await measureTyping(page, field, EDIT_SCENARIOS[scenario].base, edits, withJson && !process.env.BENCH_HIDE);
  } finally {
    await context.close();
  }
}

/** The first button of the largest request's first card, on the canvas. */
const CHIP = '[data-path$="/carousel/cards/0/suggestions/0"]';

/**
 * The designer with the largest legal request, that button selected (its label field in
 * the inspector) and, with json, the Request JSON tab open.
 */
async function openLargest(browser: Browser, baseUrl: string, json: boolean) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.fulfill({ status: 204 }));
  const saved = {
    version: 2,
    designs: [{ id: 'bench', name: 'Largest', doc: LARGEST_CAROUSEL, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }],
    currentId: 'bench',
    rememberToken: false,
  };
  // tsx keeps function names with a __name helper that the page does not have.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript((s) => localStorage.setItem('messenger-designer', s), JSON.stringify(saved));
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator(CHIP).click();
  if (json) {
    await page.getByRole('tab', { name: 'Request JSON' }).click();
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
  }
  return { context, page, field: '.inspector [data-field="label"]' };
}

/**
 * The designer's page frozen: the same request, views, layers and styles as in the
 * typing within the limit, JSON tab open, but the keys no longer reach the app (a
 * listener on the body stops them before React's root and Monaco) and a one-line
 * handler copies the field's text into the canvas chip's caption and the preview's
 * button, as the empty page's copies it into its paragraph. What the browser alone
 * takes to draw a keystroke on this page: its style, layout, paint, layerization and
 * raster of a page this size, with no app script. With `copy: false` nothing but
 * the field itself changes: the least a keystroke in that field costs on this page.
 */
export async function benchFrozen(browser: Browser, baseUrl: string, edits = 150, { copy = true }: { copy?: boolean } = {}): Promise<EditResult> {
  const { context, page, field } = await openLargest(browser, baseUrl, true);
  if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
  const base = EDIT_SCENARIOS['within the limit'].base;
  await page.locator(field).fill(base);
  await page.waitForTimeout(500);
  await page.evaluate(
    ({ field, chip, base, copy }) => {
      const input = document.querySelector(field) as HTMLInputElement;
      const caption = document.querySelector(`${chip} .chip__caption`)!;
      const button = [...document.querySelectorAll('.preview *')].find((el) => el.children.length === 0 && el.textContent?.trim() === base);
      if (!button) throw new Error('the preview does not show the label');
      for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'change'])
        document.body.addEventListener(
          type,
          (e) => {
            e.stopPropagation();
            if (type === 'input' && copy) caption.textContent = button.textContent = input.value;
          },
          true,
        );
      (window as unknown as BenchWindow).shows = (v) => (copy ? caption.textContent === v && button.textContent === v : input.value === v);
    },
    { field, chip: CHIP, base, copy },
  );
  try {
    return await measureTyping(page, field, base, edits, false);
  } finally {
    await context.close();
  }
}

/**
 * The same measurement on a page with one input whose text is copied into one
 * element: what this machine's browser takes for a keystroke that costs nothing.
 */
export async function benchFloor(browser: Browser, edits = 150): Promise<EditResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.setContent('<input id="field" aria-label="Text"><p id="out"></p><script>field.oninput = () => { out.textContent = field.value; };</script>');
  await page.evaluate(() => {
    (window as unknown as BenchWindow).shows = (v) => document.getElementById('out')!.textContent === v;
  });
  try {
    return await measureTyping(page, '#field', EDIT_SCENARIOS['within the limit'].base, edits, true);
  } finally {
    await context.close();
  }
}

const VIEWPORT = { width: 1600, height: 1000 };

/**
 * Types 'x' and Backspace by turns into the field (its text starting as base),
 * with the page's window.shows(v, part) telling whether the views show the text v,
 * while Chromium traces the keys' latencies (trace.ts).
 */
async function measureTyping(page: Page, field: string, base: string, edits: number, checkJson: boolean): Promise<EditResult> {
  const label = page.locator(field);
  await label.fill(base);
  await page.waitForTimeout(500);
  await page.evaluate((field) => {
    const w = window as unknown as BenchWindow;
    w.events = [];
    w.checks = [];
    // After the first frame that follows each keystroke (a task queued from that
    // frame's animation callbacks runs after it), do the canvas and the preview show
    // it? After the second frame, does the JSON editor?
    document.addEventListener(
      'input',
      () => {
        const v = (document.querySelector(field) as HTMLInputElement).value;
        requestAnimationFrame(() =>
          setTimeout(() => {
            const views = w.shows(v, 'views');
            requestAnimationFrame(() => setTimeout(() => w.checks.push({ views, json: w.shows(v, 'json') })));
          }),
        );
      },
      true,
    );
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        const id = (e as PerformanceEventTiming & { interactionId?: number }).interactionId;
        const t = e as PerformanceEventTiming;
        if (id) w.events.push({ id, duration: e.duration, delay: t.processingStart - t.startTime, processing: t.processingEnd - t.processingStart });
      }),
    ).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  }, field);
  const cdp = await page.context().newCDPSession(page);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  // The caret stays in the field, as it does for a person typing: keys go to the page's focus.
  await label.focus();
  await startTrace(cdp);
  for (let i = 0; i < edits; i++) {
    const expected = i % 2 === 0 ? base + 'x' : base;
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    // Wait for the checks made after the keystroke's second frame, polling from a
    // timer: a predicate polled in animation frames would run inside the frames measured.
    const shown = await page.evaluate(
      (n) =>
        new Promise<{ views: boolean; json: boolean }>((resolve, reject) => {
          const w = window as unknown as BenchWindow;
          const start = performance.now();
          // A check that throws (or a key that never arrives) fails the bench instead of hanging it.
          const poll = () =>
            w.checks.length > n ? resolve(w.checks[n]!) : performance.now() - start > 10_000 ? reject(new Error(`no check after key ${n + 1}`)) : setTimeout(poll, 5);
          poll();
        }),
      i,
    );
    if (!shown.views || !shown.json)
      await page.waitForFunction((v) => (window as unknown as BenchWindow).shows(v, 'views') && (window as unknown as BenchWindow).shows(v, 'json'), expected, {
        polling: 'raf',
        timeout: 10_000,
      });
    await page.waitForTimeout(20 + random() * 60); // a person's pace between keys
  }
  await page.waitForTimeout(300);
  const trace = analyseTrace(await stopTrace(cdp));
  const { events, checks } = await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    return { events: w.events, checks: w.checks };
  });
  // Each interaction (keydown, keypress, input, keyup of one key) counts once, by its longest event.
  const longest = new Map<number, BenchWindow['events'][number]>();
  for (const e of events) if ((longest.get(e.id)?.duration ?? -1) < e.duration) longest.set(e.id, e);
  const reported = [...longest.values()];
  // Interactions not reported were under 16 ms: they sort first.
  const all = [...Array(Math.max(0, edits - reported.length)).fill(0), ...reported.map((e) => e.duration)].sort((a, b) => a - b);
  const at = (p: number) => {
    const v = all[Math.min(all.length - 1, Math.floor((p / 100) * all.length))]!;
    return v === 0 ? ('< 16' as const) : v;
  };
  const median = (xs: number[]) => (xs.length ? pct(xs, 50) : 0);
  const keyMs = trace.keys.map((k) => k.ms);
  const stage = (f: (k: KeyLatency) => number) => median(trace.keys.map(f));
  const perKey = (f: (m: TraceAnalysis['mainThread'][number]) => number) => median(trace.mainThread.map(f));
  if (trace.keys.length !== edits) console.warn(`  warning: the trace holds ${trace.keys.length} keys for ${edits} typed`);
  return {
    edits,
    latency: {
      ...figures(keyMs),
      keysTraced: trace.keys.length,
      keysWithoutFrame: trace.keys.filter((k) => !k.frame).length,
      stages: {
        toMainMs: stage((k) => k.stages.toMainMs),
        handlingMs: stage((k) => k.stages.handlingMs),
        toCommitMs: stage((k) => k.stages.toCommitMs),
        toPresentMs: stage((k) => k.stages.toPresentMs),
      },
    },
    eventTiming: {
      unrounded: figures(trace.interactions),
      medianMs: at(50),
      p95Ms: at(95),
      maxMs: at(100),
      over16Ms: reported.filter((e) => e.duration > 16).length,
      split: {
        inputDelayMs: median(reported.map((e) => e.delay)),
        handlersMs: median(reported.map((e) => e.processing)),
        toPaintMs: median(reported.map((e) => e.duration - e.delay - e.processing)),
      },
    },
    mainThreadPerKey: {
      totalMs: perKey((m) => m.totalMs),
      scriptMs: perKey((m) => m.scriptMs),
      styleLayoutMs: perKey((m) => m.styleLayoutMs),
      paintMs: perKey((m) => m.paintMs),
      otherMs: perKey((m) => m.otherMs),
    },
    shownNextFrame: checks.filter((c) => c.views).length,
    jsonWithinTwoFrames: checkJson ? checks.filter((c) => c.json).length : null,
    longestTaskMs: trace.longestTaskMs,
  };
}

/** First load: navigation to "designer ready" (performance mark), and the JS fetched before it. */
export async function benchLoad(browser: Browser, baseUrl: string, distDir: string, runs = 7): Promise<LoadResult> {
  const readies: number[] = [];
  let files: string[] = [];
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('designer-ready').length > 0, null, { timeout: 30_000 });
    const m = await page.evaluate(() => {
      const ready = performance.getEntriesByName('designer-ready')[0]!.startTime;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.initiatorType === 'script' || e.initiatorType === 'link' || /\.js(\?|$)/.test(e.name))
        .filter((e) => /\.js(\?|$)/.test(e.name) && e.responseEnd <= ready)
        .map((e) => new URL(e.name).pathname);
      return { ready, scripts };
    });
    readies.push(m.ready);
    files = m.scripts;
    await context.close();
  }
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f))).length, 0);
  return {
    readyMs: pct(readies, 50),
    jsBeforeReadyGzipBytes: bytes,
    jsFiles: files,
    monacoBeforeReady: files.some((f) => /monaco|editor\.main|json\.worker|editor\.worker/i.test(f)),
  };
}
