/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The built app runs under a strict Content-Security-Policy: no eval (the
 * schema validator is compiled ahead of time), scripts and workers only from
 * the app itself, no network but the app's own origin. Styles may be inline
 * because Monaco injects <style> elements. Previews load http(s) media only.
 * Only the build gets it: the dev server injects inline scripts of its own.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // data: for Monaco's own CSS images (error squiggles); user URLs never reach an <img> unless http(s).
  "img-src 'self' https: http: data: blob:",
  "media-src 'self' https: http: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// One config for Vite and Vitest (a separate vitest.config.ts importing this one warns under Vite 8).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // Monaco's lazy chunk is about 4 MB (1 MB gzip) and loads only with the JSON tab; the size check guards the first load.
  build: { chunkSizeWarningLimit: 4500 },
  test: {
    // Two projects: the core (and anything else written as *.test.ts) runs in plain Node,
    // as it does in the CLI; components (*.test.tsx) run in jsdom with jest-dom matchers.
    // A single .ts file that needs a DOM can say `// @vitest-environment jsdom`.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          exclude: ['test/e2e/**'],
          setupFiles: ['./test/setup-dom.ts'],
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/main.tsx', 'src/cli/**'],
    },
  },
});
