import { describe, expect, it } from 'vitest';
import { asksDirection, directionWord, withDirection } from './direction-answer.js';

describe('asksDirection', () => {
  it('finds a question about which way a figure moved, English and Chinese', () => {
    for (const text of ['Is that up or down from a year earlier?', 'Did it rise or fall?', 'Was that higher or lower than in 2023?', 'Were there more or fewer staff a year before?', '比上一年多了还是少了?', '比去年同期增加还是减少了?', '是涨了还是跌了?']) {
      expect(asksDirection(text), text).toBe(true);
    }
  });

  it('is false for a growth asked as a figure, or "up" that is no direction (near misses)', () => {
    for (const text of ['How much did it grow from a year earlier?', "What's up with Alibaba's cloud unit?", 'And a year earlier?', '同比增长了多少?']) expect(asksDirection(text), text).toBe(false);
  });
});

describe('directionWord', () => {
  it('says which way the later figure moved from the earlier one', () => {
    expect(directionWord({ value: '194320', unit: 'count' }, { value: '219260', unit: 'count' }, 'en')).toBe('down');
    expect(directionWord({ value: '36578000000', unit: 'currency' }, { value: '7526000000', unit: 'currency' }, 'en')).toBe('up');
    expect(directionWord({ value: '194320', unit: 'count' }, { value: '219260', unit: 'count' }, 'zh')).toBe('减少了');
  });

  it('says nothing for figures of different kinds, or the same figure twice', () => {
    expect(directionWord({ value: '36', unit: 'percent' }, { value: '800000000', unit: 'currency' }, 'en')).toBeUndefined();
    expect(directionWord({ value: '100', unit: 'count' }, { value: '100', unit: 'count' }, 'en')).toBeUndefined();
  });

  it('puts the direction before the answer', () => {
    expect(withDirection('Alibaba had 219,260 employees in 2023 [1].', 'down', 'en', 'year')).toBe('That is down from a year earlier; Alibaba had 219,260 employees in 2023 [1].');
    expect(withDirection("Tencent's capex was 10 billion yuan [1].", 'up', 'en', 'quarter')).toBe("That is up from a quarter earlier; Tencent's capex was 10 billion yuan [1].");
    expect(withDirection('阿里巴巴2023年共有员工21.926万人 [1]。', '减少了', 'zh', 'year')).toBe('与一年前相比减少了;阿里巴巴2023年共有员工21.926万人 [1]。');
  });
});
