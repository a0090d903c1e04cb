/**
 * Chromium's own input-latency tracing, read for the page benchmark.
 *
 * Why EventLatency: for each input event Chromium's compositor records an
 * `EventLatency` slice from the event's OS timestamp to the presentation of the
 * first frame that contains its effects (or to the end of its handling when it
 * changes nothing on screen), with its stages as child slices. It is the source of
 * the browser's own input-latency metrics, and unlike the Event Timing API it is
 * neither rounded to 8 ms nor cut off under 16 ms.
 *
 * Verified in Debian's headless Chromium 156 with software rendering (--disable-gpu):
 * Playwright's key presses (CDP Input.dispatchKeyEvent) produce one KEY_PRESSED and
 * one KEY_RELEASED EventLatency per key. KEY_PRESSED carries a display trace id and
 * ends at the presentation of the frame; its RendererMainProcessing stage holds the
 * keydown, keypress and input handlers (a page spinning 30 ms in its input handler
 * reads about 30 ms more there); KEY_RELEASED changes nothing on screen and ends when
 * the main thread has handled it. The event's timestamp is taken in the browser when
 * CDP dispatches it (GenerationToBrowserMain is well under 1 ms), so the time
 * Playwright takes to send the key is not counted.
 *
 * The slices' ids are reused from one event to the next (id2.local), and their
 * 64-bit ids in args lose precision in JSON, so begin and end are paired per
 * (process, thread, id, name) in time order; one key's events never overlap the
 * next key's because the bench waits for each key's frames before the next key.
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: Record<string, unknown> & { name?: string; event_latency?: { event_type?: string; display_trace_id?: unknown } };
}

/**
 * What is traced: EventLatency and its stages are in `benchmark` (also in cc and
 * input, which record far more); the main-thread split uses the DevTools
 * Performance panel's categories. Nothing heavier (no cc, no v8, no stacks), to
 * keep the tracing's own cost on the main thread small.
 */
const CATEGORIES = ['benchmark', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordUntilFull', traceBufferSizeInKb: 256 * 1024 },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string; dataLossOccurred: boolean }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream, dataLossOccurred } = await complete;
  if (dataLossOccurred) throw new Error('the trace buffer filled up: the trace lost events');
  if (!stream) throw new Error('Tracing returned no stream');
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

interface Slice {
  name: string;
  type: string;
  pid: number;
  tid: number;
  id: string;
  start: number;
  end: number;
  frame: boolean;
}

/** Async (b/e) slices, begin and end paired per process, thread, id and name in time order. */
function asyncSlices(events: TraceEvent[]): Slice[] {
  const open = new Map<string, TraceEvent[]>();
  const out: Slice[] = [];
  for (const e of events.filter((e) => e.ph === 'b' || e.ph === 'e').sort((a, b) => a.ts - b.ts)) {
    const id = e.id2?.local ?? e.id2?.global ?? e.id ?? '';
    const key = `${e.pid}|${e.tid}|${id}|${e.name}`;
    if (e.ph === 'b') {
      if (!open.has(key)) open.set(key, []);
      open.get(key)!.push(e);
      continue;
    }
    const b = open.get(key)?.pop();
    if (!b) continue;
    const latency = b.args?.event_latency;
    out.push({ name: e.name, type: latency?.event_type ?? '', pid: b.pid, tid: b.tid, id, start: b.ts, end: e.ts, frame: latency?.display_trace_id !== undefined });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface KeyLatency {
  /** Start of the key's first event, in trace time (µs). */
  start: number;
  /** The longest of the key's events, from the event's timestamp to presentation (ms). */
  ms: number;
  /** Whether that event reached a presented frame. */
  frame: boolean;
  /**
   * Stages of the longest event (ms): from the event to the main thread; the main
   * thread handling it (keydown, keypress, input handlers); from there to the commit
   * of the frame (waiting for the frame, then requestAnimationFrame, style, layout and
   * paint on the main thread); from the commit to presentation (raster, compositing, display).
   */
  stages: { toMainMs: number; handlingMs: number; toCommitMs: number; toPresentMs: number };
}

export interface TraceAnalysis {
  keys: KeyLatency[];
  /**
   * The same keys as the Event Timing API sees them (INP), unrounded: Chromium traces
   * each event's Event Timing entry with its exact duration (devtools.timeline
   * EventTiming); one figure per interaction (keydown, keypress and keyup of one
   * key), the longest, in ms.
   */
  interactions: number[];
  /** Renderer's main thread, per key (from its first event to the next key's): all tasks and their self time by kind (ms). */
  mainThread: { totalMs: number; scriptMs: number; styleLayoutMs: number; paintMs: number; otherMs: number }[];
  longestTaskMs: number;
}

/**
 * One latency per key, as INP counts an interaction: the longest of its events
 * (KEY_PRESSED, whose handling includes the keypress and input events, and
 * KEY_RELEASED). A key starts at each KEY_PRESSED.
 */
export function analyseTrace(events: TraceEvent[]): TraceAnalysis {
  const slices = asyncSlices(events);
  const latencies = slices.filter((s) => s.name === 'EventLatency' && s.type.startsWith('KEY_'));
  const keys: { events: Slice[] }[] = [];
  for (const s of latencies) {
    if (s.type === 'KEY_PRESSED' || !keys.length) keys.push({ events: [] });
    keys[keys.length - 1]!.events.push(s);
  }
  const stagesOf = (el: Slice) => {
    const inside = (name: string) => slices.find((s) => s.name === name && s.pid === el.pid && s.tid === el.tid && s.id === el.id && s.start >= el.start && s.end <= el.end);
    const main = inside('RendererMainProcessing');
    const commit = inside('Commit');
    const ms = (a: number, b: number) => Math.max(0, b - a) / 1000;
    if (!main) return { toMainMs: ms(el.start, el.end), handlingMs: 0, toCommitMs: 0, toPresentMs: 0 };
    const commitAt = commit?.start ?? el.end;
    return { toMainMs: ms(el.start, main.start), handlingMs: ms(main.start, main.end), toCommitMs: ms(main.end, commitAt), toPresentMs: ms(commitAt, el.end) };
  };
  const keyLatencies = keys.map(({ events: es }) => {
    const longest = es.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    return { start: es[0]!.start, ms: (longest.end - longest.start) / 1000, frame: longest.frame, stages: stagesOf(longest) };
  });

  // The renderer's main thread: the one named CrRendererMain in the process of the key events.
  const pid = latencies[0]?.pid;
  const mainTid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === mainTid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const end = events.reduce((m, e) => Math.max(m, e.ts), 0);
  const mainThread = keyLatencies.map((k, i) => {
    const to = keyLatencies[i + 1]?.start ?? end;
    return selfTimeByKind(onMain.filter((e) => e.ts >= k.start && e.ts < to));
  });
  const byInteraction = new Map<number, { at: number; ms: number }>();
  for (const e of events) {
    const data = e.name === 'EventTiming' && e.ph === 'b' ? (e.args?.data as { interactionId?: number; duration?: number; timeStamp?: number } | undefined) : undefined;
    if (!data?.interactionId || data.duration === undefined || data.timeStamp === undefined) continue;
    const seen = byInteraction.get(data.interactionId);
    if (!seen || seen.ms < data.duration) byInteraction.set(data.interactionId, { at: Math.min(seen?.at ?? Infinity, data.timeStamp), ms: data.duration });
  }
  return {
    keys: keyLatencies,
    interactions: [...byInteraction.values()].sort((a, b) => a.at - b.at).map((i) => i.ms),
    mainThread,
    longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.dur!), 0) / 1000,
  };
}

const KIND = new Map<string, 'script' | 'styleLayout' | 'paint'>(Object.entries({
  FunctionCall: 'script',
  EvaluateScript: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  RunMicrotasks: 'script',
  HandlePostMessage: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  MinorGC: 'script',
  MajorGC: 'script',
  UpdateLayoutTree: 'styleLayout',
  RecalculateStyles: 'styleLayout',
  Layout: 'styleLayout',
  ParseAuthorStyleSheet: 'styleLayout',
  'IntersectionObserverController::computeIntersections': 'styleLayout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  PaintImage: 'paint',
} as const));

/**
 * The main thread's tasks (RunTask) in a window, and their time split by the kind
 * of the innermost traced slice each moment falls in (self time): script (event
 * handlers, timers, animation-frame callbacks, microtasks, GC), style and layout,
 * paint (pre-paint, paint, layerize, commit), and the rest (the browser's own work
 * between those, e.g. input dispatch, the frame's other steps, idle tasks).
 */
function selfTimeByKind(slices: TraceEvent[]) {
  const out = { totalMs: 0, scriptMs: 0, styleLayoutMs: 0, paintMs: 0, otherMs: 0 };
  const stack: { end: number; kind: keyof typeof out; childUs: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const s = stack.pop()!;
      out[s.kind] += Math.max(0, s.dur - s.childUs) / 1000;
    }
  };
  for (const e of slices) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (!parent && e.name !== 'RunTask') continue; // only work inside the main thread's tasks
    if (!parent) out.totalMs += e.dur! / 1000;
    const own = KIND.get(e.name);
    const kind = own ? (`${own}Ms` as const) : (parent?.kind ?? 'otherMs');
    if (parent) parent.childUs += e.dur!;
    stack.push({ end: e.ts + e.dur!, kind, childUs: 0, dur: e.dur! });
  }
  close(Infinity);
  return out;
}
