import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIndex } from '../index/index.js';
import { FINANCEBENCH_BM25_BASELINE, loadGoldQuestions, renderHtml, runEvals, writeReport, type EvalSummary } from '../evals/index.js';
import { loadCorpus } from './helpers/corpus.js';

const FINANCEBENCH = new URL('../../shared/benchmarks/financebench/financebench_open_source.jsonl', import.meta.url).pathname;
let directory: string;
let summary: EvalSummary;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'baogao-evals-'));
  const { snapshot } = await loadCorpus();
  const questions = loadGoldQuestions();
  summary = await runEvals({ index: await openIndex(snapshot), questions, financeBenchPath: FINANCEBENCH });
  // It answers the whole gold set: on a shared, loaded machine that takes longer than the default 10 s.
}, 60_000);
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('the gold set', () => {
  it('has at least 100 questions, at least eight of every kind, with unique ids', () => {
    const questions = loadGoldQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    const kinds = new Map<string, number>();
    for (const question of questions) kinds.set(question.kind, (kinds.get(question.kind) ?? 0) + 1);
    expect(kinds.size).toBe(11);
    for (const [kind, count] of kinds) expect(count, kind).toBeGreaterThanOrEqual(8);
  });
});

describe('runEvals', () => {
  it('reports the summary shape the issue asks for, with rates as fractions', () => {
    expect(summary).toMatchObject({
      total: loadGoldQuestions().length, correct: expect.any(Number), correctness: expect.any(Number), correctAndCited: expect.any(Number),
      retrieval: { gold: { hitAt1: expect.any(Number), hitAt5: expect.any(Number), mrr: expect.any(Number) }, financebench: { hitAt1: expect.any(Number), hitAt5: expect.any(Number), hitAt10: expect.any(Number), mrr: expect.any(Number) } },
      latency: { p50: expect.any(Number), p95: expect.any(Number) },
    });
    for (const rate of [summary.correctness, summary.correctAndCited, summary.citations.precision, summary.citations.recall, summary.retrieval.gold.mrr]) {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
    expect(Object.values(summary.byKind).reduce((sum, kind) => sum + kind.total, 0)).toBe(summary.total);
    expect(Object.values(summary.byBatch).reduce((sum, batch) => sum + batch.total, 0)).toBe(summary.total);
    // Batches 1–2 are the train split, batch 3 held out; the split totals add up.
    expect(summary.splits.train?.total).toBe(100);
    expect(summary.splits.heldout?.total).toBe(12);
    expect(summary.headline).toBe('heldout');
    expect(summary.failures.length).toBe(summary.total - Math.round(summary.correctAndCited * summary.total));
  });

  it('keeps the invariants on every question, held-out ones included: quotes verbatim, answers grounded', () => {
    expect(summary.citations.verbatim).toBe(1);
    expect(summary.citations.grounded).toBe(1);
    expect(summary.calculatorUsedWhenNeeded).toBeGreaterThan(0.9);
  });

  it('beats plain BM25 on the FinanceBench page collection', () => {
    const fb = summary.retrieval.financebench!;
    console.info(`FinanceBench pages hit@1/5/10 ${fb.pageText.hitAt1}/${fb.pageText.hitAt5}/${fb.pageText.hitAt10}, with titles ${fb.withTitle.hitAt1}/${fb.withTitle.hitAt5}/${fb.withTitle.hitAt10}`);
    expect(fb.pages).toBe(168);
    expect(fb.pageText.queries).toBe(150);
    expect(fb.pageText.hitAt5).toBeGreaterThan(FINANCEBENCH_BM25_BASELINE.hitAt5);
    expect(fb.pageText.hitAt10).toBeGreaterThan(FINANCEBENCH_BM25_BASELINE.hitAt10);
  });

  it('writes Markdown and a self-contained HTML report, and compares with the previous run', async () => {
    const first = await writeReport(summary, directory);
    expect(first.previous).toBeUndefined();
    const markdown = await readFile(first.markdown, 'utf8');
    expect(markdown).toContain('| calculation |');
    expect(markdown).toContain('## Failures');
    const html = await readFile(first.html, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg role="img"');
    expect(html).not.toMatch(/<script|<link|src="http/);
    const later = new Date(Date.parse(summary.at) + 1000).toISOString();
    const second = await writeReport({ ...summary, at: later, correctness: summary.correctness - 0.1 }, directory);
    expect(second.previous?.at).toBe(summary.at);
    expect(await readFile(second.markdown, 'utf8')).toMatch(/\(-10\.0 pts\)/);
  });

  it('escapes what the answers contain', () => {
    const hostile = { ...summary, failures: [{ id: 'x', kind: 'list', split: 'heldout' as const, outcome: 'wrong' as const, question: '<script>alert(1)</script>', expected: 'a & b', got: '"q"', citations: [], problems: [] }] };
    const html = renderHtml(hostile);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
  });
});
