/**
 * Paraphrase robustness on the real reports (issue 11): one fact asked several ways, in English and
 * Chinese, gets the same figure in the first sentence. Each block is a class of signal that made
 * phrasings diverge, with members from evals/dev/paraphrase.json and failure paths.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { parseQuantities, splitSentences, type Answer } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });
const first = (result: Answer) => splitSentences(result.answer.replace(/\[\d+\]/g, ''))[0]?.text ?? '';
const leads = (result: Answer, value: number, unit: string) => parseQuantities(first(result)).some((quantity) => quantity.unit === unit && Math.abs(Number(quantity.value) - value) / value < 0.01);

describe('a growth asked in any words leads with the rate, not the level it grew from', () => {
  it.each([
    "By what percentage did Tencent's capital expenditure rise year on year in Q4 2024?",
    "How much did Tencent's capex grow compared with a year earlier in the final quarter of 2024?",
    '腾讯2024年第四季度的资本开支同比增长了多少？',
  ])('%s → 386%%', async (question) => {
    expect(leads(await ask(question), 386, 'percent')).toBe(true);
  });

  it('leads with the international segment\'s 32% however the period is named', async () => {
    for (const question of ["How fast did Alibaba's international segment revenue grow year on year in Q4 2024?", "What was the year-over-year revenue growth of Alibaba's international business in the fourth quarter of 2024?", '2024年第四季度阿里巴巴国际业务收入同比增长多少？']) {
      expect(leads(await ask(question), 32, 'percent'), question).toBe(true);
    }
  });

  it('still leads with the amount when the level is asked', async () => {
    expect(leads(await ask("What was Tencent's capital expenditure in Q4 2024?"), 386, 'percent')).toBe(false);
  });
});

describe('a stake asked as a stake, a share of the company or 股份 is a percentage', () => {
  it.each([
    'What stake did Alibaba acquire in Moonshot AI?',
    'For its roughly $800 million investment, how large a share of Moonshot AI did Alibaba get?',
    '阿里巴巴持有月之暗面多少股份？',
  ])('%s → 36%%', async (question) => {
    const result = await ask(question);
    expect(leads(result, 36, 'percent')).toBe(true);
    // The question's own $800 million is context, never called a wrong premise.
    expect(result.answer).not.toMatch(/don't support the figure|并不支持/);
  });
});

describe('a count question counts its head noun, and says it in a sentence', () => {
  it.each([
    ["How many H20 servers does Alibaba's recent 30 billion yuan tender call for?", 50000],
    ["Roughly how many H20 servers did Alibaba's tender add demand for?", 50000],
    ['阿里巴巴最近的招标新增了大约多少台H20服务器的需求？', 50000],
    ['How many Nvidia H20 chips does Qwen3 need for deployment?', 4],
    ["Deploying Alibaba's Qwen3 model takes how many H20 chips?", 4],
  ])('%s → %d', async (question, value) => {
    const result = await ask(question);
    const lead = first(result);
    expect(parseQuantities(lead).some((quantity) => Number(quantity.value) === value), lead).toBe(true);
    // One item, not every item a modifier names ("Qwen: 4 Nvidia H20 chips. Alibaba: 50,000 H20 servers").
    expect(lead).not.toMatch(/^[\w\s.-]{1,40}:\s/);
    expect(result.answer).not.toMatch(/don't support the figure|并不支持/);
  });
});
