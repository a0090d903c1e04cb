/**
 * Counts which components React renders, through the hook React DevTools uses
 * (installed by test/setup-dom.ts before React DOM loads): after each commit the
 * new fiber tree is walked against the old one, as DevTools does, and a component
 * counts when its function ran (React's PerformedWork flag) or it mounted. Subtrees
 * React bailed out of share their fibers with the old tree and are skipped.
 */

interface Fiber {
  tag: number;
  type: unknown;
  elementType: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  flags: number;
}

const PERFORMED_WORK = 1;
/** FunctionComponent, ClassComponent, ForwardRef, SimpleMemoComponent. */
const COMPONENT_TAGS = new Set([0, 1, 11, 15]);

let counts: Map<string, number> | null = null;

function nameOf(f: Fiber): string {
  const t = (f.type ?? f.elementType) as { displayName?: string; name?: string; render?: { name?: string }; type?: { name?: string } } | null;
  return t?.displayName || t?.name || t?.render?.name || t?.type?.name || 'Anonymous';
}

function visit(next: Fiber, prev: Fiber | null): void {
  if (COMPONENT_TAGS.has(next.tag) && (prev === null || (next.flags & PERFORMED_WORK) !== 0)) {
    const name = nameOf(next);
    counts!.set(name, (counts!.get(name) ?? 0) + 1);
  }
  if (prev !== null && next.child === prev.child) return;
  for (let c = next.child; c; c = c.sibling) visit(c, c.alternate);
}

/** Installs the hook; React DOM must load after it (this module does it as it loads). */
function installRenderHook(): void {
  (globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      if (counts) visit(root.current, root.current.alternate);
    },
  };
}

/** Runs `act` and returns how many times each component rendered meanwhile. */
export async function countRenders(act: () => Promise<void> | void): Promise<Map<string, number>> {
  counts = new Map();
  try {
    await act();
    return counts;
  } finally {
    counts = null;
  }
}

installRenderHook();
