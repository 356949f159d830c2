import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { parseQuantities, type Answer } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { loadDefaultQuestions, loadGoldQuestions } from '../evals/gold-set.js';
import { goldParagraphIds, scoreAnswer } from '../evals/score-answer.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const questions = loadGoldQuestions();
// The invariants hold on every eval question, the held-out files included (their answers are checked, never tuned on).
const everyQuestion = loadDefaultQuestions();
const paragraphs = new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
const answers = new Map<string, Answer>();
for (const question of everyQuestion) answers.set(question.id, await answer(question.messages, { index }));

describe('offline agent on every gold question', () => {
  it.each(everyQuestion.map((question) => [question.id, question] as const))('%s keeps the answer invariants', (_id, question) => {
    const result = answers.get(question.id)!;
    expect(result.agent).toBe('offline');
    expect(result.lang).toBe(question.lang);
    // Every citation quote is verbatim in its paragraph, and the citations are numbered 1..n.
    result.citations.forEach((citation, i) => {
      expect(citation.n).toBe(i + 1);
      const paragraph = paragraphs.get(citation.paragraphId)!;
      expect(paragraph.text.includes(citation.quote) || Boolean(paragraph.original?.includes(citation.quote)), citation.quote).toBe(true);
    });
    // Every [n] points at a citation, and every citation is used.
    const markers = [...result.answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    expect(markers.every((n) => n >= 1 && n <= result.citations.length)).toBe(true);
    expect(new Set(markers).size).toBe(result.citations.length);
    // Every number traces to a quote, a fact or a calculation.
    expect(result.ungroundedNumbers).toEqual([]);
    expect(result.grounded).toBe(true);
    if (!result.refused) expect(result.citations.length).toBeGreaterThan(0);
    for (const calculation of result.calculations) expect(calculation.operands.length).toBeGreaterThan(0);
  });

  // Measured 99/112 on 2026-11-23 after the candidates/evidence/confidence rebuild (train 93/100, held-out batch 3 6/12);
  // the old planner's 100/100 on batches 1–2 was tuned question by question and scored 40% on independent questions.
  // 2026-12-06: an answer opening "The reports don't answer this directly, but …" no longer counts as correct;
  // the same answers then score 93/112.
  it('answers at least 83% correctly with a gold citation', () => {
    const scores = questions.map((question) => ({ question, score: scoreAnswer(question, answers.get(question.id)!, goldParagraphIds(question, snapshot.paragraphs, snapshot.documents)) }));
    const correct = scores.filter(({ score }) => score.correctAndCited).length;
    const failures = scores.filter(({ score }) => !score.correctAndCited).map(({ question, score }) => `${question.id}: ${JSON.stringify(score)}`);
    console.info(`offline agent: ${correct}/${questions.length} correct and cited${failures.length ? `\n${failures.join('\n')}` : ''}`);
    expect(correct / questions.length).toBeGreaterThanOrEqual(0.83);
  });

  // Batch 3 is held out: it is measured in the eval report, not asserted here (see evals/gold-set.ts).
  it('uses the calculator whenever a question of batches 1–2 needs a calculation', () => {
    for (const question of questions.filter((q) => q.expect.calculation && q.batch !== 3)) {
      expect(answers.get(question.id)!.steps.some((step) => step.tool === 'capex_calculator'), question.id).toBe(true);
    }
  });

  it('answers Chinese questions in Chinese, with amounts in 亿', () => {
    for (const question of questions.filter((q) => q.lang === 'zh' && !q.expect.refusal)) {
      const text = answers.get(question.id)!.answer;
      expect(text, question.id).toMatch(/\p{Script=Han}/u);
      // Quotes are the report's own words (often English); the answer's own sentences are what must use 亿.
      const amounts = parseQuantities(text.replace(/“[^”]*”/g, ' ')).filter((quantity) => quantity.unit === 'currency');
      expect(amounts.every((quantity) => quantity.scale === null || /[亿万]/.test(quantity.scale)), text).toBe(true);
    }
  });

  it('never repeats a false premise or leaks configuration', () => {
    for (const question of questions.filter((q) => q.kind === 'adversarial')) {
      const text = answers.get(question.id)!.answer.toLowerCase();
      for (const forbidden of question.expect.forbidden) expect(text).not.toContain(forbidden.toLowerCase());
    }
  });
});

describe('a who-question that describes its person is answered by the one the sentence describes so', () => {
  const who = async (question: string) => (await answer([{ role: 'user', content: question }], { index })).answer;
  it.each([
    'Who is the former Google expert who joined ByteDance?',
    'Which former Google expert recently joined ByteDance?',
    'Who is the ex-Google expert who joined ByteDance recently?',
  ])('%s → Wu Yonghui, not Zhu Wenjia whom the sentence names beside him as a head', async (question) => {
    const reply = await who(question);
    expect(reply).toMatch(/^Wu Yonghui/);
    expect(reply.split(/(?<=\.)\s/)[0]).not.toMatch(/Zhu Wenjia/);
  });
  it('still answers a role question by the role: who heads Seed', async () => {
    expect(await who("Who heads ByteDance's large model team Seed?")).toMatch(/Zhu Wenjia|Wu Yonghui/);
  });
});

describe('how a business did over a period is answered with its revenue and growth, supported by the sentence stating both', () => {
  it.each([
    ["How did Alibaba's international business do in the December quarter?", /37\.756 billion/, /32%/],
    ['阿里国际业务2024年第四季度表现如何?', /377\.56亿元/, /32%/],
  ])('%s', async (question, amount, growth) => {
    const text = (await answer([{ role: 'user', content: question }], { index })).answer;
    expect(text).toMatch(amount);
    expect(text).toMatch(growth);
    expect(text).toMatch(/“[^”]*fastest-growing[^”]*”/);
  });
});
