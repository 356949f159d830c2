import { describe, expect, it } from 'vitest';
import { fingerprint } from '../core/index.js';
import { ALIAS_SEED } from '../index/index.js';
import { INGEST_VERSION } from './index.js';

describe('the ingest version follows the alias table', () => {
  it('fingerprints text as 8 hex digits, the same text alike and different text apart', () => {
    expect(fingerprint('腾讯 Tencent')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('腾讯 Tencent')).toBe(fingerprint('腾讯 Tencent'));
    expect(fingerprint('腾讯 Tencent')).not.toBe(fingerprint('腾讯 Tencent.'));
    expect(fingerprint('')).toBe('811c9dc5');
  });

  it('changes when the alias seed changes, so an index built with the old seed is rebuilt', () => {
    const current = fingerprint(JSON.stringify(ALIAS_SEED));
    expect(INGEST_VERSION.endsWith(`+aliases.${current}`)).toBe(true);
    const edited = ALIAS_SEED.map((entry, i) => (i === 0 ? { ...entry, names: [...entry.names, '考拉'] } : entry));
    expect(fingerprint(JSON.stringify(edited))).not.toBe(current);
  });
});
