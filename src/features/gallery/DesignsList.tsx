import { useState } from 'react';
import { createDesign, deleteDesign, duplicateDesign, openDesign, renameDesign, useDesigns } from '../../state/designs';
import { EMPTY_REQUEST } from '../../state/document';
// The dialog's and the list's styles: this chunk may open before the gallery's has ever loaded.
import './gallery.css';

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/** The saved designs: open, rename, duplicate, delete, and start a new one. */
export function DesignsList({ onOpen }: { onOpen: () => void }) {
  const designs = useDesigns((s) => s.designs);
  const currentId = useDesigns((s) => s.currentId);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  return (
    <div>
      <p className="muted">Designs are saved in this browser as you work. The product token is saved only if you ask.</p>
      <ul className="designs" aria-label="Saved designs">
        {[...designs]
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
          .map((d) => (
            <li key={d.id} className={`design-row${d.id === currentId ? ' is-current' : ''}`}>
              {renaming === d.id ? (
                <form
                  className="design-row__rename"
                  style={{ display: 'flex', flex: 1, gap: 6 }}
                  onSubmit={(e) => {
                    e.preventDefault();
                    renameDesign(d.id, draft);
                    setRenaming(null);
                  }}
                >
                  <input aria-label={`New name for ${d.name}`} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} />
                  <button type="submit" className="tool">
                    Save
                  </button>
                  <button type="button" className="tool" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <span className="design-row__name">
                    {d.name}
                    {d.id === currentId && <span className="muted"> (open)</span>}
                  </span>
                  <span className="design-row__date">{when(d.updatedAt)}</span>
                  {d.id !== currentId && (
                    <button
                      type="button"
                      className="tool"
                      onClick={() => {
                        openDesign(d.id);
                        onOpen();
                      }}
                      aria-label={`Open ${d.name}`}
                    >
                      Open
                    </button>
                  )}
                  <button
                    type="button"
                    className="tool"
                    aria-label={`Rename ${d.name}`}
                    onClick={() => {
                      setRenaming(d.id);
                      setDraft(d.name);
                    }}
                  >
                    Rename
                  </button>
                  <button type="button" className="tool" aria-label={`Duplicate ${d.name}`} onClick={() => duplicateDesign(d.id)}>
                    Duplicate
                  </button>
                  {confirmDelete === d.id ? (
                    <>
                      <button
                        type="button"
                        className="tool text-button--danger"
                        autoFocus
                        onClick={() => {
                          deleteDesign(d.id);
                          setConfirmDelete(null);
                        }}
                      >
                        Delete “{d.name}”
                      </button>
                      <button type="button" className="tool" onClick={() => setConfirmDelete(null)}>
                        Keep
                      </button>
                    </>
                  ) : (
                    <button type="button" className="tool" aria-label={`Delete ${d.name}`} onClick={() => setConfirmDelete(d.id)}>
                      Delete
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
      </ul>
      <p>
        <button
          type="button"
          className="tool tool--primary"
          onClick={() => {
            createDesign('New design', structuredClone(EMPTY_REQUEST));
            onOpen();
          }}
        >
          + New empty design
        </button>
      </p>
    </div>
  );
}
