import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../channels/cli/main.js';
import { createFakeOpenAI } from './fakes/fake-openai.js';
import { REPORTS_DIR } from './helpers/corpus.js';

const BASE = 'http://llm.test/v1';
const openai = createFakeOpenAI(BASE);
const server = setupServer(openai.handler);

let data: string;
let questionsFile: string;
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  data = await mkdtemp(join(tmpdir(), 'baogao-eval-cli-'));
  questionsFile = join(data, 'mine.jsonl');
  // One question the offline agent refuses (held out), one it cannot get right (train), two paraphrases of a refusal (dev).
  await writeFile(questionsFile, [
    '{"id":"weather","question":"What is the weather in Hangzhou today?","expect":{"refusal":true,"answer":"The reports do not cover the weather."},"split":"heldout"}',
    '{"id":"impossible","question":"How much did Alibaba invest in cloud and AI infrastructure over three years?","expect":{"figures":["123456789 yuan"]},"split":"train"}',
    '{"id":"weather-2","question":"Will it rain in Hangzhou tomorrow?","expect":{"refusal":true},"split":"dev","group":"weather"}',
    '{"id":"weather-3","question":"Hangzhou weather forecast for tomorrow?","expect":{"refusal":true},"split":"dev","group":"weather"}',
  ].join('\n'));
});
afterAll(async () => { server.close(); await rm(data, { recursive: true, force: true }); });

async function cli(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { REPORTS_DIR, BAOGAO_DATA_DIR: join(data, 'index'), EVAL_REPORTS_DIR: join(data, 'reports'), ...env },
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    interactive: false,
  });
  return { code, stdout, stderr };
}

interface Printed {
  total: number;
  headline: string;
  splits: Record<string, { total: number; correct: number; correctness: number; correctAndCited: number }>;
  outcomes: Record<string, number>;
  paraphraseConsistency: number | null;
  diff: { newlyFailing: string[]; newlyPassing: string[]; baseline: { path: string } } | null;
}

describe('npm run eval -- --gold FILE', () => {
  it('runs your own questions with progress per question, per-split measures and every answer written out', async () => {
    const answers = join(data, 'answers.jsonl');
    const run = await cli(['eval', '--gold', questionsFile, '--no-financebench', '--json', '--answers-out', answers]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/\[ {2}1\/4\] ok {3}weather \d/);
    expect(run.stderr).toMatch(/\[ {2}2\/4\] FAIL impossible/);
    const printed = JSON.parse(run.stdout) as Printed;
    expect(printed.headline).toBe('heldout');
    expect(printed.splits).toEqual({
      heldout: expect.objectContaining({ total: 1, correct: 1, correctness: 1, correctAndCited: 1 }),
      dev: expect.objectContaining({ total: 2, correct: 2 }),
      train: expect.objectContaining({ total: 1, correct: 0, correctness: 0 }),
    });
    expect(printed.outcomes).toEqual({ correct: 0.75, partial: 0, wrong: 0.25, refused: 0, confidentlyWrong: expect.any(Number) });
    expect(printed.paraphraseConsistency).toBe(1);
    expect(printed.diff).toBeNull();
    const lines = (await readFile(answers, 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; messages: unknown[]; answer: { answer: string; citations: unknown[] }; score: { correct: boolean } });
    expect(lines.map((line) => [line.id, line.score.correct])).toEqual([['weather', true], ['impossible', false], ['weather-2', true], ['weather-3', true]]);
    expect(lines[1]!.messages).toEqual([{ role: 'user', content: 'How much did Alibaba invest in cloud and AI infrastructure over three years?' }]);
    expect(lines[1]!.answer.citations.length).toBeGreaterThan(0);
    // Runs of your own questions do not replace the built-in set's latest summary.
    expect(await readdir(join(data, 'reports'))).not.toContain('latest-summary.json');
  });

  it('compares with the previous run of the same file by default, or with --baseline', async () => {
    const again = await cli(['eval', '--gold', questionsFile, '--no-financebench', '--json']);
    const printed = JSON.parse(again.stdout) as Printed;
    expect(printed.diff).toMatchObject({ newlyFailing: [], newlyPassing: [] });
    const saved = (await readdir(join(data, 'reports'))).filter((name) => name.startsWith('run-')).sort();
    expect(saved).toHaveLength(2);
    // A doctored baseline in which "impossible" passed and "weather" failed.
    const baseline = JSON.parse(await readFile(join(data, 'reports', saved[0]!), 'utf8')) as { at: string; questions: { id: string; correctAndCited: boolean }[] };
    for (const record of baseline.questions) record.correctAndCited = record.id === 'impossible' ? true : record.id === 'weather' ? false : record.correctAndCited;
    const doctored = join(data, 'baseline.json');
    await writeFile(doctored, JSON.stringify(baseline));
    const compared = await cli(['eval', '--gold', questionsFile, '--no-financebench', '--baseline', doctored]);
    expect(compared.code).toBe(0);
    expect(compared.stdout).toMatch(/newly failing \(impossible\), 1 newly passing \(weather\)/);
    const markdown = (await readdir(join(data, 'reports'))).filter((name) => name.endsWith('.md')).sort().at(-1)!;
    expect(await readFile(join(data, 'reports', markdown), 'utf8')).toContain('Newly failing (1): **impossible** (train, wrong)');
  });

  it('reads relative paths from the folder npm was run in, and --only takes any kind in the file', async () => {
    const run = await cli(['eval', '--gold', 'mine.jsonl', '--only', 'refusal', '--no-financebench', '--json', '--answers-out', 'relative-answers.jsonl'], { INIT_CWD: data });
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Printed).total).toBe(3);
    expect((await readFile(join(data, 'relative-answers.jsonl'), 'utf8')).trimEnd().split('\n')).toHaveLength(3);
    const unknown = await cli(['eval', '--gold', 'mine.jsonl', '--only', 'vibes'], { INIT_CWD: data });
    expect(unknown.stderr).toMatch(/--only: no question of kind "vibes" \(kinds: refusal, figure\)/);
  });

  it('gates --min-correctness on the held-out split unless --split says otherwise', async () => {
    expect((await cli(['eval', '--gold', questionsFile, '--no-financebench', '--min-correctness', '1'])).code).toBe(0);
    const train = await cli(['eval', '--gold', questionsFile, '--no-financebench', '--split', 'train', '--min-correctness', '0.5']);
    expect(train.code).toBe(1);
    expect(train.stderr).toMatch(/offline: train correctness 0 is below the required 0\.5/);
    expect(train.stdout).toMatch(/^train \(headline\): correct 0\/1/m);
  });

  it('refuses a malformed file in one line naming the line and the field', async () => {
    const bad = join(data, 'bad.csv');
    await writeFile(bad, 'question,expected figures,refusal\nFine?,,yes\nBroken?,a lot of money,\n');
    const run = await cli(['eval', '--gold', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^error: bad\.csv, line 3: column "expected figures" \(expect\.figures\.0\): "a lot of money" is not a figure/);
    for (const [argv, message] of [
      [['eval', '--gold', join(data, 'nowhere.json')], /Cannot read question file/],
      [['eval', '--split', 'test'], /--split/],
      [['eval', '--agent', 'offline,gpt'], /--agent: use offline, llm or offline,llm/],
      [['eval', '--judge', 'llm'], /--judge llm needs OPENAI_API_KEY/],
      [['eval', '--baseline', join(data, 'nowhere.json')], /Cannot read --baseline/],
    ] as const) {
      const result = await cli([...argv]);
      expect(result.code, argv.join(' ')).toBeGreaterThan(0);
      expect(result.stderr).toMatch(message);
    }
  });

  it('runs both agents side by side and the judge when a model is configured', async () => {
    const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: BASE, OPENAI_MODEL: 'mock-model' };
    const refusal = { content: "The reports don't say what the weather will be." };
    const grade = { content: '{"answers_question": true, "supported": true, "verdict": "correct", "reason": "Says the reports do not cover it."}' };
    // Agent by agent: the offline answers and their grade ("weather" has a reference answer), then the LLM agent's four answers in one step each and their grade.
    openai.run([grade, refusal, refusal, refusal, refusal, grade]);
    const run = await cli(['eval', '--gold', questionsFile, '--no-financebench', '--agent', 'offline,llm', '--judge', 'llm', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as { agents: Record<string, Printed & { judge: { judged: number; agreement: number } }> };
    expect(Object.keys(printed.agents)).toEqual(['offline', 'llm']);
    expect(printed.agents.offline!.judge).toMatchObject({ judged: 1, agreement: 1 });
    expect(printed.agents.llm!.judge).toMatchObject({ judged: 1 });
    const judged = openai.requests.filter((request) => request.messages[0]!.content!.startsWith('You grade answers'));
    expect(judged).toHaveLength(2);
    expect(judged[0]!.messages[1]!.content).toContain('Reference answer:\nThe reports do not cover the weather.');
    expect((await readdir(join(data, 'reports'))).some((name) => /^compare-.*\.html$/.test(name))).toBe(true);
  });
});
