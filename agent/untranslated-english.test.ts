import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../index/index.js';
import { untranslatedEnglish } from './untranslated-english.js';

const aliases = createAliasTable();

describe('untranslatedEnglish', () => {
  it('finds lower-case English phrases inside Chinese sentences', () => {
    expect(untranslatedEnglish('阿里巴巴(in the past four quarters)投资超过1000亿元[1]。', aliases)).toEqual(['in the past four quarters']);
    expect(untranslatedEnglish('腾讯的资本开支为over 365.78亿元[1]。', aliases)).toEqual(['over']);
    expect(untranslatedEnglish('报道没有提到Alibaba\'s figures。', aliases)).toEqual(['figures']);
  });

  it('allows quotes, names, acronyms, models, units and markers', () => {
    expect(untranslatedEnglish('据财新(2025-06-23):“Alibaba reported Q1 2025 results; capex totaled 24.6 billion yuan.”[1]', aliases)).toEqual([]);
    expect(untranslatedEnglish('宇树科技的创始人是Wang Xingxing[1]。阿里巴巴采购约5万台H20服务器,用于AI和GPU集群,DeepSeek与MiniMax、iFLYTEK均有提及。', aliases)).toEqual([]);
    expect(untranslatedEnglish('报告《China\'s tech giants are investing billions》写道:', aliases)).toEqual([]);
    expect(untranslatedEnglish('据Business Show(2025-02-25)报道', aliases, ['Business Show'])).toEqual([]);
    // The asker's own English word, said back as asked, is theirs; the same word unasked is not.
    expect(untranslatedEnglish('报告没有说明通义千问API每百万token收费多少。', aliases, [], '通义千问API每百万token收费多少?')).toEqual([]);
    expect(untranslatedEnglish('报告没有说明通义千问API每百万token收费多少。', aliases)).toEqual(['token']);
  });

  it('reads a quote that quotes in turn as one quote', () => {
    expect(untranslatedEnglish('据报道:“Beijing clamped down on the “disorderly capital expansion” of tech companies.”[2]', aliases)).toEqual([]);
    expect(untranslatedEnglish('据报道:“Alibaba said “yes” to it.”[1] and then more', aliases)).toEqual(['and then more']);
  });
});

describe('chineseDate', () => {
  it('writes the date spans the reports use in Chinese', async () => {
    const { chineseDate } = await import('./phrases.js');
    expect(chineseDate('in 2019')).toBe('2019年');
    expect(chineseDate('since 2023')).toBe('2023年以来');
    expect(chineseDate('February 24')).toBe('2月24日');
    expect(chineseDate('February 24, 2025')).toBe('2025年2月24日');
    expect(chineseDate('Jun. 23, 2025')).toBe('2025年6月23日');
    expect(chineseDate('September 2019')).toBe('2019年9月');
    expect(chineseDate('late October 2024')).toBe('2024年10月底');
    // A month the sentence leaves to its report's year.
    expect(chineseDate('in late October')).toBe('10月底');
    expect(chineseDate('early November')).toBe('11月初');
    expect(chineseDate('in June')).toBe('6月');
    expect(chineseDate('fourth quarter of 2024')).toBe('2024年第四季度');
    expect(chineseDate('Q1 2025')).toBe('2025年第一季度');
    expect(chineseDate('2024-07-06')).toBe('2024年7月6日');
    expect(chineseDate('2025年2月24日')).toBe('2025年2月24日');
  });

  it('writes an undated report\'s relative dates against the report\'s year, with no English left', async () => {
    const { chineseDate } = await import('./phrases.js');
    expect(chineseDate('August in the year of the report')).toBe('报告当年8月');
    expect(chineseDate('August 20 in the year of the report')).toBe('报告当年8月20日');
    expect(chineseDate('late October in the year of the report')).toBe('报告当年10月底');
    expect(chineseDate('in the year of the report')).toBe('报告当年');
    expect(chineseDate('in the year before the report')).toBe('报告上一年');
    expect(chineseDate('March of the year before the report')).toBe('报告上一年3月');
    expect(chineseDate('since March in the year of the report')).toBe('报告当年3月以来');
  });
});
