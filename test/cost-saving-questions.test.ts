import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { detectCalculation } from '../agent/calculation-intent.js';
import { wantedTypes } from '../agent/offline/answer-type.js';
import { understandQuestion } from '../agent/question-frame.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

/**
 * Class: a saving against something else asked in everyday words ("How much cheaper …?", "和…比成本低多少?", "便宜多少?") is the
 * rate the reports state ("cutting costs by 65%-75% compared to DeepSeek R1"), never two unrelated figures subtracted.
 */
describe('a saving asked as "cheaper" or 成本低多少 is the stated rate', () => {
  const questions = [
    'How much cheaper is Qwen3 to deploy than DeepSeek R1?',
    '和DeepSeek R1比,Qwen3的部署成本低多少?',
    'How much cheaper did Tencent Cloud\'s HCC cluster make MiniMax\'s cloud costs?',
    '用了腾讯云HCC之后,MiniMax的云成本低了多少?',
  ];

  it.each(questions)('%s asks a rate, names a cost reduction and asks for no subtraction', (question) => {
    const frame = understandQuestion(question, { aliases: index.aliases, documents: snapshot.documents });
    expect(frame.metrics).toContain('cost_reduction');
    expect(frame.kind).not.toBe('comparison');
    expect(detectCalculation({ text: frame.text, entities: frame.entities, metrics: frame.metrics, periods: frame.periods, aliases: index.aliases })).toBeUndefined();
    const wanted = wantedTypes(question);
    expect(wanted.percent).toBeGreaterThan(wanted.amount);
  });

  it.each(questions)('%s is answered with the stated percentage, nothing worked out', async (question) => {
    const result = await ask(question);
    expect(result.answer.split(/(?<=[.。])\s/)[0]).toMatch(/\d+%/);
    expect(result.calculations).toHaveLength(0);
    expect(result.refused).toBe(false);
  });

  it('keeps an explicit comparison of two savings a comparison, and "how much lower" a level', () => {
    expect(understandQuestion("Compare MiniMax's and Moonshot AI's cost savings.", { aliases: index.aliases, documents: snapshot.documents }).kind).toBe('comparison');
    const lower = wantedTypes("How much lower was Tencent's capex than Alibaba's?");
    expect(lower.amount).toBeGreaterThanOrEqual(lower.percent);
  });

  it('still works out "how much more" between two figures of one measure', () => {
    const question = 'How much more did Alibaba plan to invest than Tencent?';
    const frame = understandQuestion(question, { aliases: index.aliases, documents: snapshot.documents });
    expect(detectCalculation({ text: frame.text, entities: frame.entities, metrics: frame.metrics, periods: frame.periods, aliases: index.aliases })?.operation).toBe('difference');
  });
});

describe('a cost set against another\'s ("成本比DeepSeek R1低多少", "How much lower is the cost …") is the saving stated, not a difference worked out', () => {
  it.each([
    ['Qwen3的部署成本比DeepSeek R1低多少?', /65%至75%/],
    ['部署一个Qwen3要几张H20?成本比DeepSeek R1低多少?', /65%至75%/],
    ['How much lower is the deployment cost of Qwen3 than DeepSeek R1?', /65%-75%/],
  ])('%s', async (question, saving) => {
    const text = (await answer([{ role: 'user', content: question }], { index })).answer;
    expect(text).toMatch(saving);
    expect(text).not.toMatch(/相差|−/);
  });
});

/**
 * Class: a count and a saving asked in one question, the saving of "that" (the first part's act): "How many H20s does it
 * take to run Qwen3, and how much cheaper is that than DeepSeek R1?". Both figures are given, each from the sentence
 * that states it; nothing is worked out; and a baseline is never written as a deal's party ("Qwen's chips in DeepSeek").
 */
describe('a count and the saving of the act it counts, asked in one question', () => {
  it.each([
    'How many H20 GPUs must you deploy for Qwen3, and how much cheaper is that than DeepSeek R1?',
    'How many H20s would it take to run Qwen3, and what does that save compared with DeepSeek R1?',
  ])('%s', async (question) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/\b4\b[^.]*H20/);
    expect(result.answer).toMatch(/65%-75%/);
    expect(result.calculations).toHaveLength(0);
    expect(result.answer).not.toMatch(/in DeepSeek\b/);
  });

  it('says a saving against a baseline as the stated rate when asked with "save … versus"', async () => {
    const result = await ask('How much does Qwen3 save versus DeepSeek R1?');
    expect(result.refused).toBe(false);
    expect(result.answer.split(/(?<=[.。])\s/)[0]).toMatch(/65%-75%/);
  });
});

describe('a model\'s code counted ("How many A800s …") is answered from the count that names the model', () => {
  it('answers the A800 delivery count', async () => {
    const result = await ask('How many A800s will be delivered this year?');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/100,000/);
  });

  it('never gives another model\'s count for it', async () => {
    const result = await ask('How many A100s did Baidu replace with Ascend chips?');
    expect(result.answer).not.toMatch(/^For Baidu, the reports give 1,600/);
  });
});
