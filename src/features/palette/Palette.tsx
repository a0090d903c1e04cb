import { useDraggable } from '@dnd-kit/core';
import { ELEMENT_KINDS, PALETTE_GROUPS, type ElementKind } from '../elements/registry';
import { addToSelection } from '../designer/actions';

/** Drag data of a palette entry. */
export interface PaletteDragData {
  type: 'palette';
  kind: ElementKind['id'];
}

function PaletteEntry({ kind }: { kind: ElementKind }) {
  const data: PaletteDragData = { type: 'palette', kind: kind.id };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `palette:${kind.id}`, data });
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={`palette-entry${isDragging ? ' palette-entry--dragging' : ''}`}
        data-kind={kind.id}
        title={kind.description}
        {...attributes}
        {...listeners}
        aria-roledescription="draggable element"
        aria-describedby="palette-help"
        // Click or Enter adds to the selected place; a drag (pointer or Space) drops where it lands.
        onClick={() => addToSelection(kind.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            addToSelection(kind.id);
            return;
          }
          listeners?.onKeyDown?.(e);
        }}
      >
        <span className="palette-entry__icon" aria-hidden="true">
          {kind.icon}
        </span>
        <span className="palette-entry__label">{kind.label}</span>
      </button>
    </li>
  );
}

const HELP = 'Drag onto the canvas, or press Enter to add to the selected item or card. Space picks up for a keyboard drag.';

/** The element palette: one registry feeds it. */
export function Palette() {
  return (
    <nav className="palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading">Elements</h2>
      {/* The help as screen readers hear it with each entry, and as sighted users read it where there is room for it. */}
      <p id="palette-help" className="visually-hidden">
        {HELP}
      </p>
      <p className="palette__help" aria-hidden="true">
        {HELP}
      </p>
      {PALETTE_GROUPS.map((group) => (
        <section key={group} className="palette__group" aria-label={group}>
          <h3>{group}</h3>
          <ul>
            {ELEMENT_KINDS.filter((k) => k.group === group).map((k) => (
              <PaletteEntry key={k.id} kind={k} />
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
