import { ChatOpenAI } from '@langchain/openai';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../core/index.js';
import { isHedged, JUDGE_RUBRIC, judgeAnswers, outcomeOf, questionsFromText, readGrade, ruleGradable, scoreAnswer, type QuestionResult } from '../evals/index.js';
import { createFakeOpenAI } from './fakes/fake-openai.js';

const BASE = 'http://judge.test/v1';
const openai = createFakeOpenAI(BASE);
const server = setupServer(openai.handler);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const model = new ChatOpenAI({ model: 'judge-model', apiKey: 'sk-test', configuration: { baseURL: BASE }, temperature: 0, maxRetries: 0 });

const questions = questionsFromText([
  '{"id":"plan","question":"How much will Alibaba invest in cloud and AI over three years?","expect":{"figures":["380 billion yuan"],"answer":"Over 380 billion yuan across 2025–2027."},"split":"heldout"}',
  '{"id":"why","question":"Why did Tencent stockpile GPUs?","expect":{"terms":["export"],"answer":"Ahead of stricter US chip export rules."},"split":"heldout"}',
  '{"id":"open","question":"What is Alibaba\'s AI strategy?","expect":{"answer":"Infrastructure, foundation models and AI across its businesses."},"split":"dev"}',
  '{"id":"nojudge","question":"Tencent Q4 2024 capex?","expect":{"figures":["36.578 billion yuan"]},"split":"train"}',
].join('\n'), 'judge.jsonl');

const citation = { n: 1, paragraphId: 'caixin#p59', docId: 'caixin', paragraph: 59, title: 'Two Giants', publisher: 'Caixin', date: '2025-06-23', quote: 'Tencent hurried to acquire GPUs ahead of stricter US chip export rules.' };
function resultFor(index: number, text: string): QuestionResult {
  const question = questions[index]!;
  const answer: Answer = { answer: text, citations: [citation], steps: [], calculations: [], grounded: true, ungroundedNumbers: [], refused: false, lang: 'en', agent: 'offline', timings: { totalMs: 1, toolsMs: 0 } };
  const score = scoreAnswer(question, answer, new Set());
  return { question, answer, score, outcome: outcomeOf(question, answer, score), hedged: isHedged(answer), ruleGradable: ruleGradable(question), goldIds: new Set(), ranking: [], verbatimQuotes: 1, ms: 1 };
}

describe('LLM judge', () => {
  it('grades answers with a reference answer by the rubric, sends what it should, and reports agreement with the rules', async () => {
    openai.run([
      { content: '```json\n{"answers_question": true, "supported": true, "verdict": "correct", "reason": "States the 380 billion yuan plan."}\n```' },
      { content: '{"answers_question": true, "supported": false, "verdict": "wrong", "reason": "The citation does not back the claim."}' },
      { content: 'Looks fine to me.' },
    ]);
    const results = [
      resultFor(0, 'Alibaba plans to invest 380 billion yuan [1].'),
      resultFor(1, 'Tencent stockpiled GPUs ahead of export rules [1].'),
      resultFor(2, 'Alibaba focuses on infrastructure [1].'),
      resultFor(3, 'Tencent spent 36.578 billion yuan [1].'),
    ];
    const summary = await judgeAnswers(model, results);

    // One call per answer with a reference answer; the question without one is not sent.
    expect(openai.requests).toHaveLength(3);
    const [first] = openai.requests;
    expect(first).toMatchObject({ model: 'judge-model', temperature: 0 });
    expect(first!.messages).toHaveLength(2);
    expect(first!.messages[0]).toEqual({ role: 'system', content: JUDGE_RUBRIC });
    expect(first!.messages[1]).toEqual({
      role: 'user',
      content: 'Question:\nUser: How much will Alibaba invest in cloud and AI over three years?\n\n'
        + 'Reference answer:\nOver 380 billion yuan across 2025–2027.\n\n'
        + 'System answer:\nAlibaba plans to invest 380 billion yuan [1].\n\n'
        + 'Cited passages:\n[1] Caixin, 2025-06-23: "Tencent hurried to acquire GPUs ahead of stricter US chip export rules."',
    });
    expect(first!.tools).toBeUndefined();

    expect(summary.grades).toEqual([
      { id: 'plan', split: 'heldout', verdict: 'correct', answersQuestion: true, supported: true, reason: 'States the 380 billion yuan plan.', ruleCorrect: true },
      { id: 'why', split: 'heldout', verdict: 'wrong', answersQuestion: true, supported: false, reason: 'The citation does not back the claim.', ruleCorrect: true },
    ]);
    expect(summary.errors).toEqual([{ id: 'open', message: expect.stringMatching(/unreadable grade/) }]);
    // The rules call both correct, the judge one: agreement 0.5, no better than chance (kappa 0).
    expect(summary).toMatchObject({ judged: 2, correct: 1, correctness: 0.5, agreement: 0.5, kappa: 0, compared: 2 });
    expect(summary.splits.heldout).toMatchObject({ judged: 2, agreement: 0.5 });
  });

  it('counts a failed call as an error, not a grade', async () => {
    openai.run([{ status: 500, error: { message: 'boom', type: 'server_error', code: 'x' } }]);
    const summary = await judgeAnswers(model, [resultFor(2, 'Alibaba focuses on infrastructure [1].')]);
    expect(summary).toMatchObject({ judged: 0, agreement: null, errors: [{ id: 'open' }] });
  });

  it('reads only a well-formed grade', () => {
    expect(readGrade('{"answers_question":false,"supported":true,"verdict":"partial"}')).toMatchObject({ verdict: 'partial' });
    expect(() => readGrade('{"verdict":"great"}')).toThrow(/unreadable/);
  });
});
