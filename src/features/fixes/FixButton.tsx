import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isFixable, type Diagnostic } from '../../core';
import { derived } from '../../state/hooks';
import { applyOffered, fixAll } from './applyFix';
import { useFixes } from './loadFixes';
import './fixes.css';

/**
 * The Fix button beside a problem: one click applies its fix (one undo step); with
 * several fixes, or others of its kind to fix at once (`sameKind`), it opens a menu.
 * Nothing shows for a problem without a fix.
 */
export default function FixButton({ diagnostic, sameKind = 1 }: { diagnostic: Diagnostic; sameKind?: number }) {
  const fixable = isFixable(diagnostic.code);
  const fixes = useFixes(fixable);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const menu = useRef<HTMLUListElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // An opened menu stands in the top layer, under its button (above it when there is no room below), whatever
  // scrolls or clips around the button (a carousel card, the canvas, a panel), and follows it as things scroll.
  useLayoutEffect(() => {
    const list = menu.current;
    const anchor = button.current;
    if (!open || !list || !anchor) return;
    if (TOP_LAYER && !list.matches(':popover-open')) list.showPopover();
    const place = () => placeMenu(list, anchor);
    place();
    addEventListener('scroll', place, true);
    addEventListener('resize', place);
    return () => {
      removeEventListener('scroll', place, true);
      removeEventListener('resize', place);
    };
  }, [open]);
  // An opened menu takes the focus on its first entry.
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  if (!fixable || !fixes) return null;
  const d = derived();
  const offered = fixes.fixesOf(diagnostic, d.doc, d.report);
  if (offered.length === 0) return null;
  const all = sameKind > 1;

  if (offered.length === 1 && !all) {
    const fix = offered[0]!;
    return (
      <button type="button" className="fix-button" aria-label={`Fix: ${fix.title}`} title={fix.title} onClick={() => applyOffered(fixes, diagnostic, fix.title)}>
        Fix
      </button>
    );
  }

  const onMenuKey = (e: KeyboardEvent) => {
    const items = menu.current ? Array.from(menu.current.querySelectorAll<HTMLElement>('[role="menuitem"]')) : [];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : null;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (next !== null) {
      e.preventDefault();
      items[(next + items.length) % items.length]?.focus();
    }
  };
  const choose = (run: () => void) => {
    setOpen(false);
    run();
  };
  return (
    <span className="fix-menu">
      <button
        ref={button}
        type="button"
        className="fix-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Fix: ${offered.length} way${offered.length === 1 ? '' : 's'}${all ? `, or all ${sameKind} of this kind` : ''}`}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Fix <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={`Fixes for ${diagnostic.code}`}
          className="fix-menu__list"
          popover={TOP_LAYER ? 'manual' : undefined}
          onKeyDown={onMenuKey}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== button.current) setOpen(false);
          }}
        >
          {offered.map((fix) => (
            <li key={fix.title} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(() => applyOffered(fixes, diagnostic, fix.title))}>
                {fix.title}
                {fix.safe && <span className="fix-menu__safe"> · keeps the meaning</span>}
              </button>
            </li>
          ))}
          {all && (
            <li role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(() => fixAll(fixes, diagnostic.code))}>
                Fix all {sameKind} of this kind
              </button>
            </li>
          )}
        </ul>
      )}
    </span>
  );
}

/** Whether this browser has the top layer for popovers (where it has not, the menu is fixed to the window, over what is near it). */
const TOP_LAYER = typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

/** Puts the menu under its button, right edges aligned, kept within the window (above the button when it does not fit below). */
function placeMenu(list: HTMLElement, anchor: HTMLElement) {
  const margin = 8;
  const b = anchor.getBoundingClientRect();
  const { width, height } = list.getBoundingClientRect();
  const left = Math.max(margin, Math.min(b.right - width, innerWidth - width - margin));
  const below = b.bottom + 4;
  const top = below + height <= innerHeight - margin || b.top - 4 - height < margin ? below : b.top - 4 - height;
  list.style.left = `${Math.round(left)}px`;
  list.style.top = `${Math.round(top)}px`;
}
