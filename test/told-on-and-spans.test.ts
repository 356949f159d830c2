/**
 * Dates and spans a question mentions that are not what its figure is dated by or made of (issue 13): the day something was
 * released ("the results it released on May 15, 2025") and the span a sum is spread over ("evenly over 12 quarters").
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { detectCalculation, statedFigures } from '../agent/calculation-intent.js';
import { understandQuestion } from '../agent/question-frame.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const frameOf = (question: string) => understandQuestion(question, { aliases: index.aliases, documents: snapshot.documents });
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

describe('the day something was told dates the telling, not the figure (class: released/reported/announced on, …日发布的)', () => {
  it.each([
    'What capex did Alibaba report in the results it released on May 15, 2025?',
    '阿里2025年5月15日发布的财报里资本开支是多少?',
    'What did Alibaba say its capex was in the results published on May 15, 2025?',
  ])('%s asks no period, and is answered with the quarter the results cover', async (question) => {
    expect(frameOf(question).periods).toEqual([]);
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/24\.6 billion yuan|246亿元/);
  });

  it('keeps a period the figure itself is asked for', () => {
    expect(frameOf("What was Alibaba's capex in Q1 2025?").periods.map((period) => period.text)).toEqual(['Q1 2025']);
  });
});

describe('a span of time is how long, not a figure (class: "over 12 quarters", "分三年")', () => {
  it.each([
    ['If Alibaba spread its 380 billion yuan plan evenly over 12 quarters, how much is that?', ['380000000000']],
    ['阿里3800亿元的计划分3年投入,每年多少?', ['380000000000']],
  ])('%s states only %j', (question, values) => {
    expect(statedFigures(question).map((quantity) => quantity.value)).toEqual(values);
  });

  it('keeps a count of things ("50,000 servers")', () => {
    expect(statedFigures('Alibaba added demand for 50,000 servers').map((quantity) => quantity.value)).toContain('50000');
  });
});

describe('an average set against the same company\'s other measure (class: "spread … over N quarters, how far short was its capex?")', () => {
  it('averages the plan per quarter, then compares it with the capex, each operand cited', async () => {
    const question = 'If Alibaba spread its 380 billion yuan plan evenly over 12 quarters, how far short was the capex it reported on May 15, 2025?';
    const intent = detectCalculation({ ...frameOf(question), aliases: index.aliases });
    expect(intent).toMatchObject({ operation: 'per_period', per: 'quarter', thenCompare: { entity: 'alibaba', metrics: ['capex'] } });
    const result = await ask(question);
    expect(result.answer).toMatch(/31\.67 billion yuan/);
    expect(result.answer).toMatch(/7\.07 billion yuan/);
    expect(result.grounded).toBe(true);
  });

  it('takes "more than 100 billion yuan" for a qualifier, not something to compare with', () => {
    const question = 'Alibaba says it invested more than 100 billion yuan in AI infrastructure and product R&D over the past four quarters. What is that per month?';
    expect(detectCalculation({ ...frameOf(question), aliases: index.aliases })?.thenCompare).toBeUndefined();
  });
});

describe('a deal\'s one-off sum fills a year asked though its sentence names none (class: sums of commitments "in 2023")', () => {
  it.each(['Add up what Amazon and Google committed to Anthropic in 2023.', 'How much did Amazon and Google commit to Anthropic in 2023 combined?'])('%s', async (question) => {
    const result = await ask(question);
    expect(result.answer).toMatch(/\$6 billion/);
    expect(result.calculations.length).toBeGreaterThan(0);
  });
});
