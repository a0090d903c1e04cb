/**
 * The one-file checker's name: npm run build:cli writes it, the app's build puts it
 * beside index.html, and the Code tab links to it.
 */
export const CHECKER_FILE = 'cm-check.mjs';
