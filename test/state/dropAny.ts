import { planDrop, type DropPlan, type DropTarget } from '../../src/features/elements/drop';
import { ELEMENT_KINDS } from '../../src/features/elements/registry';
import type { DocModel } from '../../src/state/model';

/**
 * What the fuzz tests drop: element kind number `kindIndex` on the place `pick`
 * chooses among every message's conversation, item and card of the model; the
 * plan of that drop, or null when the place does not take it.
 */
export function planAnyDrop(doc: unknown, model: DocModel, kindIndex: number, pick: <T>(list: T[]) => T | undefined): DropPlan | null {
  const kind = ELEMENT_KINDS[kindIndex % ELEMENT_KINDS.length]!.id;
  const entries = [...model.elements.values()];
  const targets: DropTarget[] = [
    ...model.messages.map((m) => ({ slot: 'conversation' as const, msgPath: m.path })),
    ...entries.filter((e) => e.type === 'item').map((e) => ({ slot: 'item' as const, path: e.path })),
    ...entries.filter((e) => e.type === 'card').map((e) => ({ slot: 'card' as const, path: e.path })),
  ];
  const target = pick(targets);
  return (target && planDrop(doc, kind, target)) || null;
}
