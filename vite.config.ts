/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// One config for Vite and Vitest (a separate vitest.config.ts importing this one warns under Vite 8).
export default defineConfig({
  plugins: [react()],
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
