import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAliasTable, harvestAliases } from './alias-table.js';
import { createTokenizer } from './tokenizer.js';

const tokenizer = createTokenizer(createAliasTable());
const shared = (a: string, b: string) => tokenizer.terms(a).filter((term) => tokenizer.terms(b).includes(term));

describe('tokenizer', () => {
  it('meets English and Chinese on entity and amount terms', () => {
    expect(shared('Alibaba will invest 380 billion yuan', '阿里巴巴将投入3800亿元')).toEqual(expect.arrayContaining(['@alibaba', '#380000000000']));
    expect(shared('RMB 380bn', '380 billion yuan')).toContain('#380000000000');
    expect(shared('Tencent capital expenditure', '腾讯的资本开支')).toEqual(['@tencent', '@capex']);
    expect(shared('Tencent Q4 capex', 'Tencent fourth quarter capital spending')).toEqual(expect.arrayContaining(['@tencent', '@q4', '@capex']));
  });

  it('stems English, drops stop words, and makes Han bigrams', () => {
    expect(tokenizer.terms('The investments of the companies')).toEqual(['@investment', 'invest', 'compani']);
    expect(tokenizer.terms('算力需求')).toEqual(['算力', '力需', '需求']);
  });

  it('drops contractions as the function words they are, with either apostrophe', () => {
    expect(tokenizer.terms("How do they're going after it, and why don't they?")).toEqual(['go']);
    expect(tokenizer.terms('What’s Tencent doing, and isn’t it costly?').filter((term) => !term.includes('tencent'))).toEqual(['costli']);
    // A contraction that spells another word stays: "we'd" is "wed", "she'll" is "shell".
    expect(tokenizer.terms('shell')).toEqual(['shell']);
  });

  it('meets British and American spellings on one term (class: capitalisation, centre, labour, organised)', () => {
    for (const [british, american] of [['market capitalisation', 'market capitalization'], ['data centres', 'data centers'], ['reorganised', 'reorganized'], ['labour costs', 'labor costs'], ['prioritising AI', 'prioritizing AI']]) {
      expect(tokenizer.terms(british!)).toEqual(tokenizer.terms(american!));
    }
    // Only listed roots: a rule would part "advertising" from "advertisement".
    expect(shared('advertising', 'advertisement')).toEqual(tokenizer.terms('advertising'));
    expect(tokenizer.terms('precise')).not.toEqual(tokenizer.terms('precize'));
  });

  it('gives a Han name one entity term instead of its bigrams', () => {
    expect(tokenizer.terms('月之暗面')).toEqual(['@moonshot-ai']);
  });

  it('never throws and always returns the same terms for the same text (fuzzed)', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('阿里巴巴3800亿元', 'RMB 380bn (~$53bn)')), (text) => {
      const terms = tokenizer.terms(text);
      expect(terms).toEqual(tokenizer.terms(text));
      for (const term of terms) expect(typeof term === 'string' && term.length > 0).toBe(true);
    }), { numRuns: 400 });
  });

  it('is deterministic and total on any input', () => {
    for (const text of ['', '   ', '🙂🙂', '\u0000', 'a'.repeat(10_000)]) expect(Array.isArray(tokenizer.terms(text))).toBe(true);
    expect(tokenizer.terms('Baidu 百度 2,000 GPUs')).toEqual(tokenizer.terms('Baidu 百度 2,000 GPUs'));
  });
});

describe('alias table', () => {
  it('finds parents of narrower entities and respects word boundaries', () => {
    const aliases = createAliasTable();
    expect(aliases.ids('阿里云 and Volcano Engine')).toEqual(['alibaba-cloud', 'alibaba', 'volcano-engine', 'bytedance']);
    expect(aliases.ids('Moonshots and metadata')).toEqual([]);
  });

  it('harvests the pairs the reports state', () => {
    const harvested = createAliasTable(harvestAliases([
      'Iluvatar CoreX (燧原科技) is an AI chip company.',
      'Jingzhunxue, or 精准学 in Chinese, is an AI-powered education company.',
      '"Deep Lang Technology" is the English translation for "深言科技" (Shenyan Keji).',
      '大模型公司深度求索(DeepSeek),其创始人',
    ]));
    expect(harvested.ids('燧原科技')).toEqual(['iluvatar-corex']);
    expect(harvested.ids('精准学')).toEqual(['jingzhunxue']);
    expect(harvested.ids('Deep Lang Technology 深言科技')).toEqual(['deep-lang-technology']);
    expect(harvested.get('deepseek')!.names).toContain('深度求索');
  });
});
