import { describe, expect, it } from 'vitest';
import { capParagraphLength, splitLongText } from './cap-paragraph-length.js';
import type { PairedBlock } from './pair-bilingual.js';

const block = (text: string, extra: Partial<PairedBlock> = {}): PairedBlock => ({ text, section: null, sectionKind: 'body', lang: 'en', ...extra });

describe('splitLongText', () => {
  it('cuts after the last sentence end that fits, never inside a sentence', () => {
    expect(splitLongText('One two three. Four five six. Seven eight nine.', 32)).toEqual(['One two three. Four five six.', 'Seven eight nine.']);
  });

  it('does not take an abbreviation for a sentence end', () => {
    expect(splitLongText('Revenue rose in Jun. 2025 sharply. Then it fell back.', 40)).toEqual(['Revenue rose in Jun. 2025 sharply.', 'Then it fell back.']);
  });

  it('never splits a surrogate pair when it has to cut at the limit', () => {
    const pieces = splitLongText('😀'.repeat(30), 11);
    expect(pieces.join('')).toBe('😀'.repeat(30));
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(11);
    expect(pieces.every((piece) => !/[\ud800-\udbff]$/.test(piece) && !/^[\udc00-\udfff]/.test(piece))).toBe(true);
  });

  it('cuts at clause ends when asked to', () => {
    expect(splitLongText('腾讯资本开支增长，阿里巴巴投入三千八百亿元，百度也在追赶', 14, 'clause')).toEqual(['腾讯资本开支增长，', '阿里巴巴投入三千八百亿元，', '百度也在追赶']);
  });
});

describe('capParagraphLength', () => {
  it('unpairs a bilingual paragraph that is too long, Chinese pieces first, and keeps back-references on the last piece', () => {
    const long = 'Tencent spent more. '.repeat(10).trim();
    const { blocks, unpaired } = capParagraphLength([block(long, { original: '腾讯投入更多。', backRefs: [3] })], 80);
    expect(unpaired).toBe(1);
    expect(blocks[0]).toMatchObject({ text: '腾讯投入更多。', lang: 'zh' });
    expect(blocks.slice(1).map((piece) => piece.text).join(' ')).toBe(long);
    expect(blocks.filter((piece) => piece.backRefs)).toEqual([blocks.at(-1)]);
    expect(blocks.every((piece) => piece.original === undefined)).toBe(true);
  });
});
