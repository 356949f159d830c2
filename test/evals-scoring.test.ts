import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../core/index.js';
import {
  comparisonRows, createAnswersWriter, diffRuns, renderComparisonHtml, findPreviousRun, isHedged, outcomeOf, paraphraseConsistency, questionsFromText, renderHtml, renderMarkdown,
  ruleGradable, scoreAnswer, summariseRun, writeReport, type GoldQuestion, type QuestionResult,
} from '../evals/index.js';

let directory: string;
beforeAll(async () => { directory = await mkdtemp(join(tmpdir(), 'baogao-eval-scoring-')); });
afterAll(() => rm(directory, { recursive: true, force: true }));

const question = (fields: Record<string, unknown>): GoldQuestion => questionsFromText(JSON.stringify([{ question: 'Q?', expect: {}, ...fields }]), 'q.json')[0]!;

function reply(text: string, extra: Partial<Answer> & { confidence?: 'low' | 'medium' | 'high' } = {}): Answer {
  return { answer: text, citations: [], steps: [], calculations: [], grounded: true, ungroundedNumbers: [], refused: false, lang: 'en', agent: 'offline', timings: { totalMs: 1, toolsMs: 0 }, ...extra };
}

function result(gold: GoldQuestion, answer: Answer, ms = 1): QuestionResult {
  const score = scoreAnswer(gold, answer, new Set());
  return { question: gold, answer, score, outcome: outcomeOf(gold, answer, score), hedged: isHedged(answer), ruleGradable: ruleGradable(gold), goldIds: new Set(), ranking: [], verbatimQuotes: 0, ms };
}

const twoFigures = question({ id: 'two', expect: { figures: ['380 billion yuan', '24.6 billion yuan'] } });

describe('outcome classes', () => {
  it('tells correct, partial, wrong and refused apart', () => {
    expect(result(twoFigures, reply('Alibaba plans 380 billion yuan; Q1 capex was 24.6 billion yuan [1].')).outcome).toBe('correct');
    expect(result(twoFigures, reply('Alibaba plans 380 billion yuan [1].')).outcome).toBe('partial');
    expect(result(twoFigures, reply('Alibaba plans 100 billion yuan [1].')).outcome).toBe('wrong');
    expect(result(twoFigures, reply("The reports don't say.", { refused: true })).outcome).toBe('refused');
    const unanswerable = question({ id: 'none', kind: 'unanswerable', expect: { refusal: true } });
    expect(result(unanswerable, reply("The reports don't say.", { refused: true })).outcome).toBe('correct');
    expect(result(unanswerable, reply('It was 5 billion yuan [1].')).outcome).toBe('wrong');
    // Something forbidden makes an answer wrong even when the expected figures are there.
    const premise = question({ id: 'premise', kind: 'false_premise', expect: { figures: ['380 billion yuan'], forbidden: ['Tencent paid'] } });
    expect(result(premise, reply('Tencent paid 380 billion yuan [1].')).outcome).toBe('wrong');
  });

  it('reads a range as stating both its ends ("65%至75%", "65%-75%"), and no figure between them', () => {
    const range = question({ id: 'range', expect: { figures: ['65%', '75%'] } });
    expect(result(range, reply('通义千问的部署成本降低了65%至75% [1]。')).outcome).toBe('correct');
    expect(result(range, reply('Costs fell by 65%-75% [1].')).outcome).toBe('correct');
    expect(result(question({ id: 'mid', expect: { figures: ['70%'] } }), reply('Costs fell by 65%-75% [1].')).outcome).not.toBe('correct');
  });

  it('counts as hedged: a refusal, low or medium confidence, or an opening that says the reports do not quite answer', () => {
    expect(isHedged(reply('It was 5 billion yuan [1].'))).toBe(false);
    expect(isHedged(reply('It was 5 billion yuan [1].', { confidence: 'high' }))).toBe(false);
    expect(isHedged(reply('It was 5 billion yuan [1].', { confidence: 'medium' }))).toBe(true);
    expect(isHedged(reply('It was 5 billion yuan [1].', { confidence: 'low' }))).toBe(true);
    expect(isHedged(reply('The closest the reports come is 5 billion yuan [1].'))).toBe(true);
    expect(isHedged(reply("The reports don't say; they give 5 billion yuan for 2024 [1]."))).toBe(true);
    expect(isHedged(reply('报告没有给出这一数字;最接近的是50亿元 [1]。'))).toBe(true);
    expect(isHedged(reply("The reports don't answer this directly; the closest they come is this. It was 5 billion yuan [1]."))).toBe(true);
    expect(isHedged(reply('报道没有提到这家公司。'))).toBe(true);
    expect(isHedged(reply('x', { refused: true }))).toBe(true);
  });

  it('reports confidently wrong as wrong answers that are neither hedged nor refused', () => {
    const results = [
      result(twoFigures, reply('Alibaba plans 380 billion yuan; Q1 capex was 24.6 billion yuan [1].')),
      result(twoFigures, reply('Alibaba plans 100 billion yuan [1].')),
      result(twoFigures, reply('The closest the reports come is 100 billion yuan [1].')),
      result(twoFigures, reply('Alibaba plans 380 billion yuan [1].')),
      result(twoFigures, reply("The reports don't say.", { refused: true })),
    ];
    expect(summariseRun(results, {}).outcomes).toEqual({ correct: 0.2, partial: 0.2, wrong: 0.4, refused: 0.2, confidentlyWrong: 0.2 });
  });

  it('with expect.lead, needs the expected figure or name in the first sentence', () => {
    const lead = question({ id: 'lead', expect: { figures: ['380 billion yuan'], lead: true } });
    expect(result(lead, reply('Alibaba plans to invest 380 billion yuan [1]. It said so in February.')).score.correct).toBe(true);
    const buried = result(lead, reply('Alibaba announced a plan in February [1]. The plan is 380 billion yuan [2].'));
    expect(buried.score).toMatchObject({ correct: false, leadOk: false, missingFigures: [] });
    expect(buried.outcome).toBe('partial');
    const name = question({ id: 'who', expect: { terms: [['Liang Wenfeng', '梁文锋']], lead: true } });
    expect(result(name, reply('梁文锋创立了DeepSeek [1]。')).score.correct).toBe(true);
    expect(result(name, reply('DeepSeek was founded in 2023 [1]. Its founder is Liang Wenfeng.')).score.correct).toBe(false);
  });

  it('counts an answer that opens by saying the reports do not answer directly as partial, whatever follows', () => {
    const plan = question({ id: 'plan', expect: { figures: ['380 billion yuan'] } });
    const direct = result(plan, reply('Alibaba plans to invest 380 billion yuan [1].'));
    expect(direct.score).toMatchObject({ correct: true, directOk: true });
    for (const opening of [
      "The reports don't answer this directly, but they say that Alibaba plans 380 billion yuan [1].",
      "The reports don't state this directly; the closest they come: Alibaba plans 380 billion yuan [1].",
      'The closest the reports come is 380 billion yuan [1].',
      '报告没有直接回答这个问题;最接近的说法是:阿里巴巴计划投入3800亿元[1]。',
    ]) {
      const hedged = result(plan, reply(opening));
      expect(hedged.score, opening).toMatchObject({ correct: false, directOk: false, missingFigures: [] });
      expect(hedged.outcome, opening).toBe('partial');
    }
    // A correction or a refusal that is itself the answer is not an evasive opening.
    const unanswerable = question({ id: 'none', expect: { refusal: true } });
    expect(result(unanswerable, reply("The reports don't answer this directly.", { refused: true })).score.correct).toBe(true);
    expect(result(plan, reply("The reports don't say 100 billion yuan; Alibaba plans 380 billion yuan [1].")).score.correct).toBe(true);
  });

  it('leaves a question with only a reference answer to the judge', () => {
    const open = question({ id: 'open', kind: 'open', expect: { answer: 'Because of export controls.' } });
    expect(ruleGradable(open)).toBe(false);
    const summary = summariseRun([result(open, reply('Export controls [1].')), result(twoFigures, reply('Alibaba plans 100 billion yuan [1].'))], {});
    expect(summary).toMatchObject({ total: 1, correct: 0, ungraded: 1 });
  });
});

describe('paraphrase consistency', () => {
  it('is the share of groups whose questions are all correct; single questions are not groups', () => {
    expect(paraphraseConsistency([
      { group: 'a', correct: true }, { group: 'a', correct: true }, { group: 'a', correct: true },
      { group: 'b', correct: true }, { group: 'b', correct: false },
      { group: 'c', correct: false }, { group: 'c', correct: false },
      { group: 'lonely', correct: true }, { correct: true },
    ])).toEqual({ groups: 3, consistent: 1, consistency: 0.3333, inconsistentGroups: ['b'] });
    expect(paraphraseConsistency([{ correct: true }]).consistency).toBeNull();
  });
});

/** A small run over three splits, with paraphrase groups. */
function sampleRun(correctIds: string[]): QuestionResult[] {
  const questions = [
    question({ id: 'h1', split: 'heldout', group: 'plan', batch: 4, kind: 'figure', expect: { figures: ['380 billion yuan'] } }),
    question({ id: 'h2', split: 'heldout', group: 'plan', batch: 4, kind: 'figure', expect: { figures: ['380 billion yuan'] } }),
    question({ id: 'h3', split: 'heldout', batch: 5, kind: 'who_when_which', expect: { terms: ['Liang Wenfeng'] } }),
    question({ id: 'd1', split: 'dev', kind: 'figure', expect: { figures: ['380 billion yuan'] } }),
    question({ id: 't1', batch: 1, kind: 'figure', expect: { figures: ['380 billion yuan'] } }),
    question({ id: 't2', batch: 2, kind: 'figure', expect: { figures: ['380 billion yuan'] } }),
  ];
  return questions.map((gold) => result(gold, correctIds.includes(gold.id) ? reply('Liang Wenfeng; 380 billion yuan [1].') : reply('Nothing like it: 7 billion yuan [1].')));
}

describe('per-split reporting', () => {
  it('reports every measure per split, held-out as the headline, and batches ≥ 3 as held out', () => {
    const summary = summariseRun(sampleRun(['h1', 'h3', 'd1', 't1', 't2']), { questionSet: 'sample' });
    expect(summary.headline).toBe('heldout');
    expect(Object.keys(summary.splits)).toEqual(['heldout', 'dev', 'train']);
    expect(summary.splits.heldout).toMatchObject({ total: 3, correct: 2, correctness: 0.6667, paraphraseConsistency: 0, paraphraseGroups: 1, outcomes: { correct: 0.6667, wrong: 0.3333, confidentlyWrong: 0.3333 } });
    expect(summary.splits.train).toMatchObject({ total: 2, correct: 2, correctness: 1, byBatch: { 'batch 1': { total: 1 }, 'batch 2': { total: 1 } } });
    expect(summary.splits.dev).toMatchObject({ total: 1, correctness: 1 });
    expect(summary.splits.heldout!.byKind).toEqual({ figure: expect.objectContaining({ total: 2 }), who_when_which: expect.objectContaining({ total: 1 }) });
    expect(summary).toMatchObject({ total: 6, correct: 5, paraphraseConsistency: 0 });
    for (const split of Object.values(summary.splits)) expect(split).toEqual(expect.objectContaining({ citations: expect.any(Object), retrieval: expect.any(Object), latency: expect.any(Object), correctAndCited: expect.any(Number) }));

    const markdown = renderMarkdown(summary);
    expect(markdown).toContain('| Correct, heldout (headline) | 2/3 = 66.7% |');
    expect(markdown.indexOf('| heldout (headline) |')).toBeLessThan(markdown.indexOf('| dev |'));
    expect(markdown.indexOf('| dev |')).toBeLessThan(markdown.indexOf('| train |'));
    expect(markdown.indexOf('| batch 4 | heldout')).toBeLessThan(markdown.indexOf('| batch 1 | train'));
    expect(markdown.indexOf('### heldout')).toBeLessThan(markdown.indexOf('### train') < 0 ? Infinity : markdown.indexOf('### train'));
    const html = renderHtml(summary);
    expect(html).toContain('<h2>By split</h2>');
    expect(html).toContain('heldout (headline)');
  });

  it('can put another split in the headline', () => {
    const summary = summariseRun(sampleRun(['t1']), { headline: 'train' });
    expect(renderMarkdown(summary)).toContain('| Correct, train (headline) | 1/2 = 50.0% |');
  });
});

describe('comparing with a baseline run', () => {
  it('lists newly failing and newly passing questions in JSON, Markdown and HTML', async () => {
    const before = summariseRun(sampleRun(['h1', 'h2', 't1']), { questionSet: 'sample' });
    const later = new Date(Date.parse(before.at) + 5000).toISOString();
    await writeReport(before, directory, { latest: false });
    const now = { ...summariseRun(sampleRun(['h1', 'h3', 't1', 't2']), { questionSet: 'sample' }), at: later };
    const found = await findPreviousRun(directory, now);
    expect(found?.run.at).toBe(before.at);
    expect(await findPreviousRun(directory, { ...now, questionSet: 'other' })).toBeUndefined();
    expect(await findPreviousRun(directory, { ...now, agent: 'llm' })).toBeUndefined();
    now.diff = diffRuns(found!, now);
    expect(now.diff).toMatchObject({ compared: 6, newlyFailing: ['h2'], newlyPassing: ['h3', 't2'], added: 0, removed: 0 });
    const written = await writeReport(now, directory, { previous: found!.run, latest: false });
    const markdown = await readFile(written.markdown, 'utf8');
    expect(markdown).toContain('Newly failing (1): **h2** (heldout, wrong)');
    expect(markdown).toContain('Newly passing (2): **h3** (heldout), **t2** (train)');
    const html = await readFile(written.html, 'utf8');
    expect(html).toMatch(/<h3>Newly failing \(1\)<\/h3><ul class="failing"><li><b>h2<\/b>/);
    const saved = JSON.parse(await readFile(written.json, 'utf8')) as typeof now;
    expect(saved.diff).toMatchObject({ newlyFailing: ['h2'], newlyPassing: ['h3', 't2'] });
    expect(saved.questions).toHaveLength(6);
  });
});

describe('agents side by side', () => {
  it('shows each split\'s measures per agent and the questions where they differ', () => {
    const offline = summariseRun(sampleRun(['h1', 't1']), { questionSet: 'sample' });
    const llmResults = sampleRun(['h1', 'h2', 't1']);
    llmResults[2]!.answer.fallback = { from: 'llm', reason: 'timeout' };
    const llm = { ...summariseRun(llmResults, { questionSet: 'sample' }), agent: 'llm' as const };
    const { header, rows, differing } = comparisonRows([offline, llm]);
    expect(header).toEqual(['split', 'measure', 'offline', 'llm']);
    expect(rows[0]).toEqual(['heldout', 'correct', '1/3 = 33.3%', '2/3 = 66.7%']);
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['heldout', 'dev', 'train']));
    expect(rows.at(-1)).toEqual(['all', 'LLM failures answered by the offline planner', '0', '1']);
    expect(differing).toEqual([['h2', 'heldout', 'wrong', 'correct']]);
    expect(renderComparisonHtml([offline, llm])).toContain('<h2>Questions where the agents differ (1)</h2>');
  });
});

describe('the summary kept in git', () => {
  it('lists held-out failures by id only; the run\'s own report has them in full', async () => {
    const kept = join(directory, 'kept');
    const summary = summariseRun(sampleRun(['h1', 't1']), { questionSet: 'sample' });
    const written = await writeReport(summary, kept);
    const latest = await readFile(join(kept, 'latest-summary.md'), 'utf8');
    expect(latest).toContain('### heldout (2)\n\nh2 (wrong), h3 (wrong)');
    expect(latest).not.toContain('**h2**');
    expect(latest).toContain('- **t2** (figure, wrong)');
    expect(await readFile(written.markdown, 'utf8')).toContain('- **h2** (figure, wrong)');
    const json = JSON.parse(await readFile(join(kept, 'latest-summary.json'), 'utf8')) as { failures: { id: string }[]; questions: { id: string }[] };
    expect(json.failures.map((failure) => failure.id)).toEqual(['d1', 't2']);
    expect(json.questions).toHaveLength(6);
  });
});

describe('--answers-out', () => {
  it('writes one JSON line per answer: id, messages, the full Answer and the rule score', async () => {
    const path = join(directory, 'out', 'answers.jsonl');
    const write = await createAnswersWriter(path);
    for (const each of sampleRun(['h1']).slice(0, 2)) await write(each, 'offline');
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      id: 'h1', run: 'offline', split: 'heldout', kind: 'figure', batch: 4, group: 'plan', messages: [{ role: 'user', content: 'Q?' }],
      answer: { answer: 'Liang Wenfeng; 380 billion yuan [1].', agent: 'offline', citations: [], refused: false },
      score: { correct: true, outcome: 'correct', hedged: false, ruleGradable: true, missingFigures: [] },
    });
    expect(lines[1]).toMatchObject({ id: 'h2', score: { correct: false, outcome: 'wrong', missingFigures: ['380000000000 CNY'] } });
    // A new run starts the file afresh.
    await createAnswersWriter(path);
    expect(await readFile(path, 'utf8')).toBe('');
  });
});
