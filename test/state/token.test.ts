import { describe, expect, it } from 'vitest';
import { TOKEN_PLACEHOLDER, redactToken, tokenOf } from '../../src/state/token';

describe('product token', () => {
  const doc = { messages: { authentication: { producttoken: 'secret-123' }, msg: [] } };
  it('is replaced by the placeholder, keeping everything else', () => {
    const out = redactToken(doc);
    expect(JSON.stringify(out)).not.toContain('secret-123');
    expect(tokenOf(out)).toBe(TOKEN_PLACEHOLDER);
    expect(doc.messages.authentication.producttoken).toBe('secret-123');
  });
  it('is found in any letter case', () => {
    const odd = { Messages: { Authentication: { ProductToken: 'abc' } } };
    expect(JSON.stringify(redactToken(odd))).toBe(`{"Messages":{"Authentication":{"ProductToken":"${TOKEN_PLACEHOLDER}"}}}`);
  });
  it('leaves a request without a token untouched', () => {
    const none = { messages: { msg: [] } };
    expect(redactToken(none)).toBe(none);
    expect(redactToken({ messages: { authentication: { producttoken: '' } } })).toEqual({ messages: { authentication: { producttoken: '' } } });
  });
  it('can be removed entirely', () => {
    expect(tokenOf(redactToken(doc, ''))).toBe('');
  });
});
