/**
 * How much of a very large request the lists of the page draw: every item and every
 * problem is checked, and the JSON shows them all, but a list of thousands of rows
 * would freeze the page for what nobody reads. Each list says what it left out.
 */
export const LIST_ROWS_MAX = 300;
export const REPORT_ITEMS_MAX = 100;

/** "… and 9,700 more" for a list cut at `shown` of `total`, or null when nothing was cut. */
export function moreNote(total: number, shown: number, what: string): string | null {
  return total > shown ? `… and ${(total - shown).toLocaleString('en')} more ${what} (the first ${shown.toLocaleString('en')} are listed).` : null;
}
