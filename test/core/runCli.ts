import { main } from '../../src/cli/check';

/** Runs the check CLI's main() in-process, capturing its exit status and output. */
export function runCli(...argv: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = main(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { status, out, err };
}
