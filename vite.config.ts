/// <reference types="vitest/config" />
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { buildCli } from './src/cli/buildCli.ts';
import { CHECKER_FILE } from './src/cli/checkerFile.ts';

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

/** The one-file checker (npm run build:cli), built now, in a scratch folder. */
async function checkerSource(): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-check-'));
  try {
    return readFileSync(await buildCli(dir, fileURLToPath(new URL('.', import.meta.url))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The app offers the checker for download from its own origin (the Code tab), so
 * that developers can run the same checks in their CI: the build writes it beside
 * index.html, and the dev server builds it when asked. No page loads it.
 */
function checkerFile(): Plugin {
  return {
    name: 'cm-check-file',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: CHECKER_FILE, source: await checkerSource() });
    },
    configureServer(server) {
      server.middlewares.use(`/${CHECKER_FILE}`, (_req, res, next) => {
        checkerSource().then((source) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(source);
        }, next);
      });
    },
  };
}

// One config for Vite and Vitest (a separate vitest.config.ts importing this one warns under Vite 8).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), checkerFile()],
  // What the views need to know of the build, without importing the CLI.
  define: { 'import.meta.env.CHECKER_FILE': JSON.stringify(CHECKER_FILE) },
  // Monaco's lazy chunk is about 4 MB (1 MB gzip) and loads only with the JSON tab; the size check guards the first load.
  build: {
    chunkSizeWarningLimit: 4500,
    rollupOptions: {
      output: {
        // The core's modules that the first load uses stay one chunk: the lazily loaded fixes (and the importer's
        // decoding) share some of them, and left alone the bundler would cut those into a chunk of their own,
        // which compresses worse and costs the first load a request. The batch modules load only with the batch view,
        // the webhook payloads' (refusals, mimeTypes) with the Webhooks panel, after the preview shows.
        codeSplitting: {
          groups: [
            { name: 'core', test: /[\\/]src[\\/]core[\\/](?!fixes\.ts|fixText\.ts|exactIntegers\.ts|encoding\.ts|batch\.ts|batchTable\.ts|writeJson\.ts|refusals\.ts|mimeTypes\.ts)/ },
            // Likewise the libraries the first load runs (lazy chunks share some of them: zustand, React).
            { name: 'vendor', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|zustand|zundo|@dnd-kit)[\\/]/ },
          ],
        },
      },
    },
  },
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
