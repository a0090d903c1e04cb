/**
 * The committed validator (src/core/generated/validateRequest.js) is generated from
 * src/core/schema.ts by src/cli/genValidator.ts; it must be up to date
 * (else: `npm run gen:validator`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateValidator } from '../../src/cli/genValidator';

describe('generated validator', () => {
  it('src/core/generated/validateRequest.js is what genValidator makes of the current schema', () => {
    const committed = readFileSync(new URL('../../src/core/generated/validateRequest.js', import.meta.url), 'utf8');
    expect(committed === generateValidator(), 'validateRequest.js is stale: run `npm run gen:validator`').toBe(true);
  });
});
