/**
 * How this project starts Chromium: Debian's package, never a downloaded browser,
 * with the flags that keep it from reaching hosts this machine cannot reach.
 * Shared by the browser tests and the benchmarks.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium keeps trying to reach hosts this machine cannot reach.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
