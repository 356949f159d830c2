import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../channels/cli/main.js';
import { loadDefaultQuestions } from '../evals/index.js';
import { REPORTS_DIR } from './helpers/corpus.js';

let data: string;
beforeAll(async () => { data = await mkdtemp(join(tmpdir(), 'baogao-cli-')); });
afterAll(() => rm(data, { recursive: true, force: true }));

async function cli(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { REPORTS_DIR, BAOGAO_DATA_DIR: data, EVAL_REPORTS_DIR: join(data, 'eval-reports'), ...env },
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    interactive: false,
  });
  return { code, stdout, stderr };
}

describe('cli', () => {
  it('ingest prints progress on stderr and a summary; --json prints the same as JSON', async () => {
    const plain = await cli(['ingest', '--rebuild']);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('[5/5] built');
    expect(plain.stdout).toMatch(/Indexed 5 documents, \d+ paragraphs \(2 bilingual pairs\)/);
    const json = await cli(['ingest', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ documents: 5, unchanged: expect.any(Array), store: 'memory' });
    expect(json.stderr).toBe('');
  });

  it('search prints ranked paragraphs, or JSON with publisher and date', async () => {
    const plain = await cli(['search', 'Tencent fourth quarter capital expenditure', '--k', '2']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/#p\d+ {2}score \d+\.\d{3}/);
    const json = JSON.parse((await cli(['search', '月之暗面', '--json', '--k', '3'])).stdout) as { id: string; score: number; publisher: string | null }[];
    expect(json).toHaveLength(3);
    expect(json[0]!.score).toBeGreaterThanOrEqual(json[1]!.score);
  });

  it('facts prints the table with conflicts; calc prints the result, steps and cited operands', async () => {
    const facts = await cli(['facts', '--entity', '腾讯', '--metric', 'capex']);
    expect(facts.code).toBe(0);
    expect(facts.stdout).toMatch(/tencent +capex +36\.578 billion yuan/);
    expect(facts.stdout).toMatch(/conflict: tencent capex/);
    const json = JSON.parse((await cli(['facts', '--entity', 'Alibaba', '--metric', 'investment_plan', '--json'])).stdout) as { facts: { metric: string }[] };
    expect(json.facts.length).toBeGreaterThan(0);
    expect(json.facts.every((fact) => fact.metric === 'investment_plan')).toBe(true);
    const factId = (JSON.parse((await cli(['facts', '--entity', 'Tencent', '--metric', 'capex', '--json'])).stdout) as { facts: { id: string }[] }).facts[0]!.id;
    const calc = await cli(['calc', 'prior_from_growth(q4, 386%)', '--operand', `q4=${factId}`]);
    expect(calc.code).toBe(0);
    expect(calc.stdout).toMatch(/^7\.53 billion yuan {2}\(75\.26亿元\)/);
    expect(calc.stdout).toContain(`q4: 36.578 billion yuan — ${factId.split('/')[0]}`);
  });

  it('ask prints the answer with numbered sources, or the Answer JSON, and takes earlier turns', async () => {
    const plain = await cli(['ask', "What was Tencent's capital expenditure in Q4 2024?"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/36\.578 billion yuan/);
    expect(plain.stdout).toMatch(/^\[1\] 定焦One, 2025-10-09 — .* ¶5$/m);
    const followUp = JSON.parse((await cli(['ask', '--user', 'How many employees did Alibaba have at the end of 2024?', '--assistant', '194,320.', 'And a year earlier?', '--json'])).stdout) as { answer: string; agent: string; grounded: boolean };
    expect(followUp).toMatchObject({ agent: 'offline', grounded: true });
    expect(followUp.answer).toContain('219,260');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(data, 'history.json'), JSON.stringify([{ role: 'user', content: 'How much did Alibaba invest in Moonshot AI?' }, { role: 'assistant', content: 'About $800 million.' }]));
    expect((await cli(['ask', '--history', join(data, 'history.json'), 'What stake did that buy?'])).stdout).toContain('36%');
  });

  it('eval shows progress, prints the summary, writes the report, and enforces --min-correctness', async () => {
    // The default set the command runs: the gold set and the held-out batches (batch 11 also names a kind "refusal").
    const refusals = loadDefaultQuestions().filter((question) => question.kind === 'refusal').length;
    const run = await cli(['eval', '--only', 'refusal', '--no-financebench', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`\\[ {1,2}1/${refusals}\\] (ok {2}|FAIL) ref-01`));
    const summary = JSON.parse(run.stdout) as { total: number; byKind: Record<string, unknown>; correctness: number; splits: Record<string, { total: number; correctness: number } | undefined> };
    expect(summary.total).toBe(refusals);
    expect(Object.keys(summary.byKind)).toEqual(['refusal']);
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(join(data, 'eval-reports'))).filter((name) => name.endsWith('.html'))).toHaveLength(1);
    const strict = await cli(['eval', '--only', 'refusal', '--no-financebench', '--min-correctness', '1']);
    // The gate is the held-out split's correctness (every question when the run has none held out).
    const gated = summary.splits.heldout?.total ? summary.splits.heldout.correctness : summary.correctness;
    expect(strict.code).toBe(gated < 1 ? 1 : 0);
    expect(strict.stdout).toMatch(new RegExp(`correct \\d+/${refusals}`));
  });

  it('says what is wrong in one line with a non-zero exit', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['search'], {}, /needs a query/],
      [['search', 'x', '--k', 'lots'], {}, /--k/],
      [['search', 'x', '--bogus'], {}, /bogus/],
      [['ingest'], { REPORTS_DIR: join(data, 'nowhere') }, /does not exist/],
      [['ask', 'hi'], { REPORTS_DIR: join(data, 'nowhere') }, /does not exist/],
      [['ingest'], { QDRANT_URL: 'not-a-url' }, /QDRANT_URL/],
      [['frobnicate'], {}, /Unknown command/],
      [['facts', '--metric', 'vibes'], {}, /--metric/],
      [['facts', '--entity', 'Acme Widgets'], {}, /Unknown entity/],
      [['calc'], {}, /needs an expression/],
      [['calc', '1 / 0'], {}, /Division by zero/],
      [['calc', 'a + 1', '--operand', 'a'], {}, /name=value/],
      [['calc', '1', '--rate', 'USD/CNY=-3'], {}, /positive/],
      [['ask'], {}, /needs a question/],
      [['eval', '--agent', 'llm'], {}, /needs OPENAI_API_KEY/],
      [['eval', '--min-correctness', '2'], {}, /--min-correctness/],
      [['eval', '--only', 'vibes'], {}, /--only/],
      [['ask', 'x'.repeat(2100)], {}, /messages\.0\.content/],
      [['ask', 'hi', '--history', join(data, 'missing.json')], {}, /Cannot read --history/],
    ];
    for (const [argv, env, message] of cases) {
      const result = await cli(argv, env);
      expect(result.code, argv.join(' ')).toBeGreaterThan(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });
});
