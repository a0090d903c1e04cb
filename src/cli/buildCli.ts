/**
 * npm run build:cli [-- OUT_DIR]: the checker as one file, dist-cli/cm-check.mjs,
 * for other projects' CI: `node cm-check.mjs requests/*.json` with Node 18 or later,
 * no npm install, no other file. It is the same code as `npm run check` (the core
 * and src/cli/check.ts, bundled by Vite with everything they import).
 */
import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { CHECKER_FILE } from './checkerFile.ts';

/** Builds the one-file checker into outDir (emptied first); root is this project's folder. */
export async function buildCli(outDir: string, root = resolve(import.meta.dirname, '../..')): Promise<string> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { CM_CHECK_PROGRAM: JSON.stringify(`node ${CHECKER_FILE}`) },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(root, 'src/cli/check.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node18',
      minify: false,
      rollupOptions: { output: { entryFileNames: CHECKER_FILE, banner: '#!/usr/bin/env node' } },
    },
  });
  const file = join(outDir, CHECKER_FILE);
  chmodSync(file, 0o755);
  return file;
}

if (process.argv[1] && /buildCli\.[cm]?[jt]s$/.test(process.argv[1])) {
  const out = resolve(process.argv[2] ?? 'dist-cli');
  buildCli(out).then(
    (file) => console.log(`wrote ${file}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
