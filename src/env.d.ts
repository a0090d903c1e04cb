/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The one-file checker's name (src/cli/checkerFile.ts), set by vite.config.ts: the Code tab links to it without importing the CLI. */
  readonly CHECKER_FILE: string;
}
