import { describe, expect, it } from 'vitest';
import { orderedEvents } from './sequence-premise.js';
import { restates } from './premise-answer.js';

describe('orderedEvents: the event an order word governs and the event it is said of', () => {
  it.each([
    ['Unitree only became profitable after Alibaba invested in it in 2025', 'after', 'Alibaba invested in it in 2025', 'Unitree only became profitable'],
    ['In fact, before Alibaba invested in Unitree in 2025, Unitree had been profitable', 'before', 'Alibaba invested in Unitree in 2025', 'Unitree had been profitable'],
    ['宇树科技拿了阿里2025年的投资之后才开始盈利的', 'after', '宇树科技拿了阿里2025年的投资', '才开始盈利的'],
    ['据报道,宇树在阿里投资之前就已经盈利', 'before', '宇树在阿里投资', '就已经盈利'],
  ])('%s', (text, side, governed, said) => {
    const events = orderedEvents(text, side as 'after' | 'before')!;
    expect(events.governed.trim()).toBe(governed);
    expect(events.said).toContain(said);
  });

  it('finds none without an order word, or with nothing on one side of it', () => {
    expect(orderedEvents('Unitree has been profitable since 2020', 'after')).toBeUndefined();
    expect(orderedEvents('after', 'after')).toBeUndefined();
    expect(orderedEvents('投资之后', 'after')).toBeUndefined();
  });
});

describe('restates: a sentence after a correction that only says it again', () => {
  const correction = "The figure in the question is not the reports': they give 194,320 for Alibaba's headcount [1].";
  it.each([
    "The reports don't support the figure in the question.",
    '报道并不支持问题中的数字。',
    'Yes.',
    'Alibaba had 194,320 employees [1].',
    // A year dates the figure; it adds none.
    'Alibaba had 194,320 employees in 2024 [1].',
    '阿里巴巴2024年共有员工194,320人 [1]。',
  ])('%s', (sentence) => expect(restates(sentence, correction)).toBe(true));

  it.each([
    'Business Show (2025-02-25): “As of December 31, 2024, Alibaba had a total of 194,320 employees, down from 219,260.” [1]',
    'Alibaba remains focused on cost reduction, efficiency enhancement, and staff reduction [2].',
    'Alibaba had 219,260 employees a year earlier [1].',
  ])('%s adds to it', (sentence) => expect(restates(sentence, correction)).toBe(false));

  it('drops the same quote given again', () => {
    const quoted = '不是,报道中的先后顺序正相反:据定焦One(2025-10-09):“In fact, before Alibaba invested in Unitree in 2025, Unitree had been profitable for five consecutive years since 2020.”[1]';
    expect(restates('定焦One(2025-10-09)写道:“In fact, before Alibaba invested in Unitree in 2025, Unitree had been profitable for five consecutive years since 2020.”[1]', quoted)).toBe(true);
  });
});
