import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../channels/cli/main.js';
import {
  buildFinanceBenchCollection, filingsByDocId, filingYear, firstSentence, goldFigure, loadFinanceBenchRows, scoreFinanceBenchAnswer, statesFigure,
  summariseFinanceBench, type FinanceBenchAnswerLine,
} from '../evals/index.js';

// Three filings written for this test, in FinanceBench's row shape.
const ROWS = [
  {
    financebench_id: 'fb_1', company: 'Acme Tools', doc_name: 'ACMETOOLS_2019_10K', question_type: 'metrics-generated', question_reasoning: 'Information extraction',
    question: 'What is the FY2019 capital expenditure amount (in USD millions) for Acme Tools?', answer: '$1577.00', justification: '', dataset_subset_label: 'OPEN_SOURCE',
    evidence: [
      { evidence_text: '', doc_name: 'ACMETOOLS_2019_10K', evidence_page_num: 41, evidence_text_full_page: 'Acme Tools Inc. reported purchases of property, plant and equipment of $1,577 million in fiscal 2019.' },
      { evidence_text: '', doc_name: 'ACMETOOLS_2019_10K', evidence_page_num: 7, evidence_text_full_page: 'Acme Tools Inc. makes hand tools and sells them in 40 countries.' },
    ],
  },
  {
    financebench_id: 'fb_2', company: 'Acme Tools', doc_name: 'ACMETOOLS_2019_10K', question_type: 'domain-relevant', question_reasoning: '',
    question: 'What does Acme Tools make?', answer: 'Acme Tools makes hand tools sold in many countries.', justification: '', dataset_subset_label: 'OPEN_SOURCE',
    evidence: [{ evidence_text: '', doc_name: 'ACMETOOLS_2019_10K', evidence_page_num: 7, evidence_text_full_page: 'Acme Tools Inc. makes hand tools and sells them in 40 countries.' }],
  },
  {
    financebench_id: 'fb_3', company: 'Birch Foods', doc_name: 'BIRCHFOODS_2023Q2_10Q', question_type: 'novel-generated', question_reasoning: '',
    question: 'What was Birch Foods\u2019 change in operating cash flow in Q2 FY2023?', answer: '-3.7', justification: '', dataset_subset_label: 'OPEN_SOURCE',
    evidence: [{ evidence_text: '', doc_name: 'BIRCHFOODS_2023Q2_10Q', evidence_page_num: 12, evidence_text_full_page: 'Birch Foods Corporation: net cash from operating activities changed by (3.7) million in the quarter.' }],
  },
];

let dir: string;
let questions: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baogao-fb-answers-'));
  questions = join(dir, 'fb.jsonl');
  await writeFile(questions, `${ROWS.map((row) => JSON.stringify(row)).join('\n')}\n`);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { BAOGAO_DATA_DIR: join(dir, 'seed-index'), REPORTS_DIR: join(dir, 'no-reports') },
    stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; }, interactive: false,
  });
  return { code, stdout, stderr };
}

describe('the FinanceBench collection', () => {
  it('writes one Markdown report per filing: title, filing year, then each evidence page once, in page order', async () => {
    const rows = await loadFinanceBenchRows(questions);
    const files = await buildFinanceBenchCollection(rows, join(dir, 'collection'));
    expect(files.map((file) => [file.docName, file.pages])).toEqual([['ACMETOOLS_2019_10K', 2], ['BIRCHFOODS_2023Q2_10Q', 1]]);
    const acme = await readFile(join(dir, 'collection', 'ACMETOOLS_2019_10K.md'), 'utf8');
    expect(acme.split('\n').slice(0, 3)).toEqual(['# Acme Tools ACMETOOLS_2019_10K', '', 'Filing year: 2019']);
    expect(acme.indexOf('## Page 7')).toBeLessThan(acme.indexOf('## Page 41'));
    expect(acme.match(/## Page 7/g)).toHaveLength(1);
    expect(await readFile(join(dir, 'collection', 'BIRCHFOODS_2023Q2_10Q.md'), 'utf8')).toContain('Filing year: 2023');
  });

  it('reads the filing year from the name, quarter or dated 8-K alike', () => {
    expect(filingYear('3M_2023Q2_10Q')).toBe(2023);
    expect(filingYear('AMCOR_2022_8K_dated-2022-07-01')).toBe(2022);
    expect(filingYear('JOHNSON_JOHNSON_2022Q4_EARNINGS')).toBe(2022);
    expect(filingYear('NOYEAR_10K')).toBeUndefined();
  });
});

describe('scoring a figure answer', () => {
  const gold = (text: string) => goldFigure(text)!;

  it('reads the gold figure only when the gold answer is one', () => {
    expect(goldFigure('$1577.00')).toEqual({ value: 1577, decimals: 2, percent: false });
    expect(goldFigure('1.9%')).toEqual({ value: 1.9, decimals: 1, percent: true });
    expect(goldFigure('36%. The answer here assumes FY2023 refers to the 12 months ended on January 28, 2023.')?.value).toBe(36);
    expect(goldFigure('$400,000,000 increase.')?.value).toBe(400_000_000);
    expect(statesFigure('The credit line grew by $400 million.', gold('$400,000,000 increase.'))).toBe(true);
    expect(goldFigure('No, the company is managing its CAPEX and Fixed Assets pretty efficiently: 5.1%')).toBeUndefined();
    expect(goldFigure('Data Center')).toBeUndefined();
  });

  it('accepts $, commas, scale words and parentheses negatives within 1% or at the gold rounding', () => {
    expect(statesFigure('Capital expenditure was $1,577 million in FY2018.', gold('$1577.00'))).toBe(true);
    expect(statesFigure('Capital expenditure was $1.58 billion.', gold('$1577.00'))).toBe(true);
    expect(statesFigure('Capital expenditure was about $1.6 billion.', gold('$1577.00'))).toBe(false);
    expect(statesFigure('Operating cash flow changed by (3.7) million.', gold('-3.7'))).toBe(true);
    expect(statesFigure('The change was −3.7%.', gold('-3.7'))).toBe(true);
    expect(statesFigure('Operating cash flow fell by 3.7 million.', gold('-3.7'))).toBe(true);
    expect(statesFigure('Operating cash flow rose by 3.7 million.', gold('-3.7'))).toBe(false);
    expect(statesFigure('The ratio was 24.257.', gold('24.26'))).toBe(true);
    expect(statesFigure('The margin was 0.76.', gold('0.8'))).toBe(true);
    expect(statesFigure('The margin was 0.74.', gold('0.8'))).toBe(false);
    expect(statesFigure('In FY2018 [1] the ratio was 3.', gold('2018'))).toBe(false);
  });

  it('looks only at the first sentence; "Inc." and "U.S." do not end it', () => {
    expect(firstSentence('Acme Tools Inc. spent $1,577 million [1]. It spent $1,400 million before [2].')).toBe('Acme Tools Inc. spent $1,577 million.');
    expect(firstSentence('U.S. sales grew 3.0%. Abroad they fell.')).toBe('U.S. sales grew 3.0%.');
    const filingOf = filingsByDocId([{ docId: 'acme-2019', source: 'ACMETOOLS_2019_10K.md' }]);
    const cite = { paragraphId: 'acme-2019#p1', docId: 'acme-2019', paragraph: 1, title: '', publisher: null, date: null, n: 1, quote: '' };
    const row = { answer: '$1577.00', doc_name: 'ACMETOOLS_2019_10K' };
    expect(scoreFinanceBenchAnswer(row, { answer: 'It was $1,400 million. Later $1,577 million.', refused: false, citations: [cite] }, filingOf)).toEqual({ figure: true, outcome: 'wrong', filingCited: true });
    expect(scoreFinanceBenchAnswer(row, { answer: 'The reports don\u2019t say.', refused: true, citations: [] }, filingOf)).toEqual({ figure: true, outcome: 'refused', filingCited: false });
    const pasted = `The report says that ${'Cash and equivalents 742.6 601.6 Trade receivables 1,615.9 1,864.3 '.repeat(6)}capital expenditure 1,577.`;
    expect(scoreFinanceBenchAnswer(row, { answer: pasted, refused: false, citations: [cite] }, filingOf).outcome).toBe('wrong');
    expect(scoreFinanceBenchAnswer({ ...row, answer: 'Hand tools.' }, { answer: 'Acme makes hand tools.', refused: false, citations: [{ ...cite, docId: 'other' }] }, filingOf))
      .toEqual({ figure: false, outcome: 'needs_judge', filingCited: false });
  });

  it('tallies by question type, with the right filing counted among answered questions only', () => {
    const line = (type: string, outcome: FinanceBenchAnswerLine['score']['outcome'], filingCited: boolean) => ({ question_type: type, refused: outcome === 'refused', score: { figure: outcome !== 'needs_judge', outcome, filingCited } }) as FinanceBenchAnswerLine;
    const summary = summariseFinanceBench([line('metrics-generated', 'correct', true), line('metrics-generated', 'wrong', false), line('metrics-generated', 'refused', true), line('novel-generated', 'needs_judge', true)]);
    expect(summary.rows.map((row) => [row.type, row.n, row.correct, row.wrong, row.refused, row.needsJudge, row.filingCited, row.answered])).toEqual([
      ['metrics-generated', 3, 1, 1, 1, 0, 1, 2], ['novel-generated', 1, 0, 0, 0, 1, 1, 1],
    ]);
    expect(summary.metricsCorrectShare).toBeCloseTo(1 / 3);
    expect(summary.wrongShare).toBe(0.25);
    expect(summary.filingCitedShare).toBeCloseTo(2 / 3);
  });
});

describe('npm run eval:financebench', () => {
  it('ingests the collection with the real pipeline, answers every question with progress and writes answers and a summary', async () => {
    const answers = join(dir, 'out', 'answers.jsonl');
    const summary = join(dir, 'out', 'summary.md');
    const run = await cli(['eval-financebench', '--questions', questions, '--dir', join(dir, 'run'), '--answers-out', answers, '--summary-out', summary]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/wrote 2 filings \(3 pages\)/);
    expect(run.stderr).toMatch(/ingested 2 documents/);
    expect(run.stderr).toMatch(/\[ {2}3\/3\] \w+ +(filing|other) +fb_3/);
    expect(run.stdout).toMatch(/\| metrics-generated \| 1 \| 1 \|/);
    expect(await readFile(summary, 'utf8')).toBe(run.stdout);
    const lines = (await readFile(answers, 'utf8')).trim().split('\n').map((text) => JSON.parse(text) as FinanceBenchAnswerLine);
    expect(lines.map((line) => [line.id, line.question_type, line.gold])).toEqual(ROWS.map((row) => [row.financebench_id, row.question_type, row.answer]));
    for (const line of lines) {
      expect(typeof line.answer).toBe('string');
      expect(typeof line.refused).toBe('boolean');
      for (const citation of line.citations) expect(['ACMETOOLS_2019_10K', 'BIRCHFOODS_2023Q2_10Q']).toContain(citation.filing);
    }
    expect((await readdir(join(dir, 'run', 'reports'))).sort()).toEqual(['ACMETOOLS_2019_10K.md', 'BIRCHFOODS_2023Q2_10Q.md']);
  }, 60_000);

  it('fails with a clear message and a non-zero exit on a bad file, a bad row or a missing file', async () => {
    const notJson = join(dir, 'bad.jsonl');
    await writeFile(notJson, `${JSON.stringify(ROWS[0])}\n{not json\n`);
    const badRow = join(dir, 'bad-row.jsonl');
    await writeFile(badRow, `${JSON.stringify({ ...ROWS[0], evidence: [] })}\n`);
    const empty = join(dir, 'empty.jsonl');
    await writeFile(empty, '\n');
    for (const [file, message] of [[notJson, /line 2: not JSON/], [badRow, /line 1: evidence: /], [empty, /has no questions/], [join(dir, 'missing.jsonl'), /not found/]] as const) {
      const run = await cli(['eval-financebench', '--questions', file]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(message);
    }
    const limit = await cli(['eval-financebench', '--questions', questions, '--limit', '0']);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toMatch(/--limit 0 is under the limit/);
  });
});
