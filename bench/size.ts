/**
 * The JavaScript a visitor downloads before the designer can start: the entry
 * script and the chunks it preloads, gzip-compressed, from the production build.
 * Build sizes are deterministic, so CI fails the build when this passes its budget.
 *   npx tsx bench/size.ts [distDir]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 150 kB of gzip, with Monaco not part of it (issue 7). */
export const INITIAL_JS_BUDGET = 150_000;

export interface SizeReport {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
  budget: number;
  withinBudget: boolean;
  monacoInInitial: boolean;
}

/** The initial JS of a build, read from its index.html. */
export function initialJs(distDir: string): SizeReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(srcs)].map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(join(distDir, file.replace(/^\//, '')))).length,
  }));
  const totalGzipBytes = files.reduce((s, f) => s + f.gzipBytes, 0);
  const monacoInInitial = files.some((f) => {
    const text = readFileSync(join(distDir, f.file.replace(/^\//, '')), 'utf8');
    return /monaco-editor|MonacoEnvironment/.test(text) && /editor\.main|registerLanguage\(/.test(text);
  });
  return { files, totalGzipBytes, budget: INITIAL_JS_BUDGET, withinBudget: totalGzipBytes <= INITIAL_JS_BUDGET && !monacoInInitial, monacoInInitial };
}

if (process.argv[1] && /size\.[cm]?[jt]s$/.test(process.argv[1])) {
  const dist = process.argv[2] ?? 'dist';
  const r = initialJs(dist);
  for (const f of r.files) console.log(`${String(f.gzipBytes).padStart(8)} B gzip  ${f.file}`);
  console.log(`${String(r.totalGzipBytes).padStart(8)} B gzip  initial JS (budget ${r.budget} B${r.monacoInInitial ? '; MONACO IS IN IT' : ''})`);
  if (!r.withinBudget) {
    console.error('size check failed: the initial JavaScript is over its budget or includes Monaco.');
    process.exit(1);
  }
  console.log('size check passed');
}
