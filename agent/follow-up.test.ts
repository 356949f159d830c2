import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../index/index.js';
import { asksItsOwnQuestion, earlierFromGrowth, mergeWithPrevious } from './follow-up.js';
import { understandQuestion } from './question-frame.js';

const deps = { aliases: createAliasTable(), documents: [] };
const frame = (text: string) => understandQuestion(text, deps);

describe('asksItsOwnQuestion', () => {
  it('is true for a follow-up with a question word of its own, English or Chinese', () => {
    for (const text of ['What did he say?', 'Whom do they report to?', '他们分别负责什么?', '该公司何时上市?', '为什么?']) expect(asksItsOwnQuestion(text)).toBe(true);
  });

  it('is false for a bare ellipsis, "what about" included', () => {
    for (const text of ['And Tencent?', 'What about Tencent?', 'And what about in dollars?', '那腾讯呢?', 'And a year earlier?']) expect(asksItsOwnQuestion(text)).toBe(false);
  });
});

describe('earlierFromGrowth', () => {
  const shiftedFrom = (previousText: string, text: string) => {
    const previous = frame(previousText);
    return { previous, merged: mergeWithPrevious({ ...frame(text), leansOnHistory: true }, previous) };
  };

  it('asks for the later figure and its year-on-year growth, for the later period', () => {
    for (const [previousText, text] of [["What was Tencent's capital expenditure in Q4 2024?", 'And a year earlier?'], ['美团2025年第二季度研发支出是多少?', '前一年呢?']] as const) {
      const { previous, merged } = shiftedFrom(previousText, text);
      const derived = earlierFromGrowth(merged, previous);
      expect(derived?.calculation?.operation).toBe('prior');
      expect(derived?.calculation?.slots.map((slot) => slot.role)).toEqual(['current', 'growth']);
      expect(derived?.periods[0]?.from).toBe(previous.periods.find((period) => period.from)?.from);
      expect(derived?.shift).toBeUndefined();
    }
  });

  it('gives nothing for the quarter before, a turn with no shift, or a previous turn with no dated period', () => {
    const quarter = shiftedFrom("What was Tencent's capital expenditure in Q4 2024?", 'And the quarter before?');
    expect(earlierFromGrowth(quarter.merged, quarter.previous)).toBeUndefined();
    const none = frame('How much did Meituan spend on R&D?');
    expect(earlierFromGrowth(frame('Who founded Tencent?'), none)).toBeUndefined();
    const undated = shiftedFrom('How much did Meituan spend on R&D?', 'And a year earlier?');
    expect(earlierFromGrowth(undated.merged, undated.previous)).toBeUndefined();
    expect(earlierFromGrowth(undated.merged, undefined)).toBeUndefined();
  });
});

describe('a direction asked against an earlier period keeps the last measure', () => {
  const merged = (previousText: string, text: string) => mergeWithPrevious({ ...frame(text), leansOnHistory: true }, frame(previousText));

  it('asks the last measure in the earlier period, English and Chinese', () => {
    const cases = [
      ['How many employees did Alibaba have at the end of 2024?', 'Is that up or down from a year earlier?', 'headcount'],
      ["What was Tencent's capital expenditure in Q4 2024?", 'Did it rise or fall compared with a year earlier?', 'capex'],
      ['阿里巴巴2024年底有多少员工?', '比上一年多了还是少了?', 'headcount'],
      ['腾讯2024年第四季度的资本开支是多少?', '比去年同期增加还是减少了?', 'capex'],
    ] as const;
    for (const [previousText, text, metric] of cases) {
      const result = merged(previousText, text);
      expect(result.shift, text).toBeDefined();
      expect(result.metrics, text).toEqual([metric]);
    }
  });

  it('leaves a growth asked of its own alone (near miss)', () => {
    const result = merged("What was Tencent's capital expenditure in Q4 2024?", 'By what percentage did it grow from a year earlier?');
    expect(result.metrics).toContain('growth_rate');
  });
});
