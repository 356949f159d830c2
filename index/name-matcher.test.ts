import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../test/helpers/corpus.js';
import { ALIAS_SEED } from './alias-seed.js';
import { createNameMatcher } from './name-matcher.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rule the matcher keeps, written the obvious way: one alternation, longest name first, look-arounds for Latin names. */
function byRegex(names: readonly string[]) {
  const keys = new Set(names.map((name) => name.toLowerCase()));
  const pattern = new RegExp(
    [...keys].sort((a, b) => b.length - a.length)
      .map((name) => (/^\p{Script=Han}/u.test(name) ? escape(name) : `(?<![A-Za-z0-9])${escape(name)}(?![A-Za-z])`)).join('|'),
    'giu',
  );
  return (text: string) => [...text.matchAll(pattern)].map((match) => ({ value: keys.has(match[0].toLowerCase()) ? match[0].toLowerCase() : undefined, index: match.index, length: match[0].length }));
}

const { snapshot } = await loadCorpus();
const names = [...new Set([...ALIAS_SEED, ...snapshot.aliases].flatMap((entry) => entry.names))];
const matchesOf = createNameMatcher(names.map((name) => [name, name.toLowerCase()] as const));
const regex = byRegex(names);

describe('createNameMatcher', () => {
  it('finds names as whole words in Latin script and anywhere in Han script, longest first', () => {
    const match = createNameMatcher([['AI', 'ai'], ['Alibaba', 'alibaba'], ['Alibaba Cloud', 'cloud'], ['阿里', 'ali'], ['阿里云', 'aliyun'], ['Qwen', 'qwen']]);
    const found = (text: string) => match(text).map((hit) => `${hit.value}@${hit.index}`);
    expect(found('MAINTAIN the AI lead')).toEqual(['ai@13']);
    expect(found('ALIBABA CLOUD and alibaba')).toEqual(['cloud@0', 'alibaba@18']);
    expect(found('Qwen3 and Qwens')).toEqual(['qwen@0']);
    expect(found('2Alibaba x-Alibaba')).toEqual(['alibaba@11']);
    expect(found('阿里云和阿里巴巴')).toEqual(['aliyun@0', 'ali@4']);
    expect(found('')).toEqual([]);
  });

  it('keeps the value registered last for a name given twice, in any case', () => {
    expect(createNameMatcher([['Tencent', 'first'], ['TENCENT', 'second']])('tencent').map((hit) => hit.value)).toEqual(['second']);
  });

  it('finds exactly what the alternation regex finds, over the collection\'s real names, on any mix of names and noise', () => {
    const piece = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom(...names).map((name) => name.toUpperCase()),
      fc.constantFrom(...names).map((name) => name.slice(0, Math.max(1, name.length - 1))),
      fc.constantFrom(' ', 'x', 'S', '3', '-', '的', '和', '(', ')', '\n', "'s", '.', 'é', 'İ', '𠀀'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const text = pieces.join('');
      expect(matchesOf(text), text).toEqual(regex(text));
    }), { numRuns: 2_000 });
  });

  it('finds exactly what the regex finds in every paragraph of the collection', () => {
    for (const paragraph of snapshot.paragraphs) expect(matchesOf(paragraph.text), paragraph.id).toEqual(regex(paragraph.text));
  });
});
