import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaogaoError } from '../core/index.js';
import { heldOutFiles, loadDefaultQuestions, loadGoldQuestions, questionsFromText, readQuestionFile } from '../evals/index.js';

let directory: string;
beforeAll(async () => { directory = await mkdtemp(join(tmpdir(), 'baogao-question-files-')); });
afterAll(() => rm(directory, { recursive: true, force: true }));

/** The error a bad file gives, as text. */
function problemOf(text: string, name: string): string {
  try {
    questionsFromText(text, name);
  } catch (error) {
    expect(BaogaoError.isInstance(error)).toBe(true);
    return (error as BaogaoError).message;
  }
  throw new Error('expected the file to be refused');
}

describe('question files', () => {
  it('reads JSON in the gold shape, deriving id, kind, lang and split', () => {
    const text = JSON.stringify({ about: 'mine', questions: [
      { question: 'How much does Alibaba plan to invest in cloud and AI over three years?', expect: { figures: [{ value: '380000000000' }] } },
      { id: 'zh-1', question: '腾讯2024年第四季度的资本开支是多少?', expect: { figures: ['365.78亿元'] }, kind: 'my own kind', split: 'dev' },
      { messages: [{ role: 'user', content: 'Who founded DeepSeek?' }, { role: 'assistant', content: 'Liang Wenfeng.' }, { role: 'user', content: 'When?' }], expect: { terms: ['2023'] }, batch: 2 },
      { question: 'What is the weather in Hangzhou?', expect: { refusal: true } },
    ] }, null, 2);
    const questions = questionsFromText(text, '/somewhere/mine.json');
    expect(questions.map((question) => [question.id, question.kind, question.lang, question.split])).toEqual([
      ['mine-1', 'figure', 'en', 'heldout'],
      ['zh-1', 'my own kind', 'zh', 'dev'],
      ['mine-3', 'followup', 'en', 'train'],
      ['mine-4', 'refusal', 'en', 'heldout'],
    ]);
    expect(questions[0]!.messages).toEqual([{ role: 'user', content: 'How much does Alibaba plan to invest in cloud and AI over three years?' }]);
    // A figure as written is normalised by the same parser the scorer uses.
    expect(questions[1]!.expect.figures).toEqual([{ value: '36578000000', unit: 'currency', currency: 'CNY' }]);
    expect(questions[2]!.expect.terms).toEqual([['2023']]);
    expect(questions[0]!.source).toEqual({ file: 'mine.json', line: 4 });
  });

  it('reads JSONL, one question a line, with the issue\'s minimal line', () => {
    const text = [
      '{"id":"q1","question":"How much does Alibaba plan to invest in cloud and AI over three years?","expect":{"figures":[{"value":"380000000000"}]},"split":"heldout","group":"plan"}',
      '',
      '{"question":"Alibaba\'s three-year cloud and AI budget?","expect":{"figures":["380 billion yuan"],"lead":true,"answer":"380 billion yuan over 2025–2027."},"group":"plan"}',
    ].join('\n');
    const questions = questionsFromText(`\uFEFF${text}`, 'mine.jsonl');
    expect(questions.map((question) => [question.id, question.group, question.split, question.source?.line])).toEqual([['q1', 'plan', 'heldout', 1], ['mine-2', 'plan', 'heldout', 3]]);
    expect(questions[1]!.expect).toMatchObject({ lead: true, answer: '380 billion yuan over 2025–2027.', figures: [{ value: '380000000000', currency: 'CNY' }] });
  });

  it('reads CSV with quoted fields, figure and term lists and yes/no flags', () => {
    const text = [
      'id,question,expected figures,expected terms,refusal,split,group',
      'c1,"How much does Alibaba plan to invest in cloud and AI over three years?",380000000000 CNY,Alibaba,no,heldout,plan',
      'c2,"Who founded DeepSeek, and when?",,Liang Wenfeng|梁文锋; 2023,,train,',
      'c3,"What is the weather in Hangzhou?",,,yes,,',
      'c4,"A question that spans',
      'two lines",27.7%,,,dev,',
    ].join('\r\n');
    const questions = questionsFromText(text, 'mine.csv');
    expect(questions.map((question) => [question.id, question.kind, question.split, question.source?.line])).toEqual([
      ['c1', 'figure', 'heldout', 2], ['c2', 'open', 'train', 3], ['c3', 'refusal', 'heldout', 4], ['c4', 'figure', 'dev', 5],
    ]);
    expect(questions[0]!.expect.figures).toEqual([{ value: '380000000000', unit: 'currency', currency: 'CNY' }]);
    expect(questions[1]!.messages[0]!.content).toBe('Who founded DeepSeek, and when?');
    expect(questions[1]!.expect.terms).toEqual([['Liang Wenfeng', '梁文锋'], ['2023']]);
    expect(questions[2]!.expect.refusal).toBe(true);
    expect(questions[3]!.messages[0]!.content).toBe('A question that spans\r\ntwo lines');
    expect(questions[3]!.expect.figures).toEqual([{ value: '27.7', unit: 'percent' }]);
  });

  it('names the line and the field of every schema error', () => {
    const json = JSON.stringify({ questions: [
      { question: 'Fine?', expect: { refusal: true } },
      { question: 'Bad figure?', expect: { figures: [{ value: 'lots' }] } },
      { expect: { refusal: true } },
    ] }, null, 2);
    const jsonProblem = problemOf(json, 'bad.json');
    expect(jsonProblem).toMatch(/^bad\.json, line 14: expect\.figures\.0\.value: "lots" is not a figure/);
    expect(jsonProblem).toMatch(/and 1 more: line 19: question: needs "question"/);

    expect(problemOf('{"question":"ok","expect":{}}\n{"question":"x","expect":{"refusal":"maybe"}}\n', 'bad.jsonl')).toMatch(/^bad\.jsonl, line 2: expect\.refusal: /);
    expect(problemOf('{"question":"ok","expect":{}}\n{"question": "x", "expect": \n', 'broken.jsonl')).toMatch(/^broken\.jsonl, line 2: not valid JSON/);
    expect(problemOf('{\n  "questions": [\n    {"question": "x",}\n  ]\n}', 'broken.json')).toMatch(/^broken\.json, line 3: not valid JSON/);
    expect(problemOf('question,refusal\nok,no\nbad,perhaps\n', 'bad.csv')).toMatch(/^bad\.csv, line 3: column "refusal": /);
    expect(problemOf('question,colour\nx,red\n', 'bad.csv')).toMatch(/^bad\.csv, line 1: unknown column "colour"/);
    expect(problemOf('question\n"never closed\n', 'bad.csv')).toMatch(/^bad\.csv, line 2: a quoted field is never closed/);
    expect(problemOf('{"id":"a","question":"x","expect":{}}\n{"id":"a","question":"y","expect":{}}\n', 'dup.jsonl')).toMatch(/line 2: id: "a" is also the id on line 1/);
    expect(problemOf('{"question":"x","expect":{},"split":"test"}\n', 'split.jsonl')).toMatch(/line 1: split: /);
    expect(problemOf('{"question":"x","expect":{"figure":["380 billion yuan"]}}\n', 'typo.jsonl')).toMatch(/line 1: expect: Unrecognized key: "figure"/);
  });

  it('reads a file from disk and says when it cannot', async () => {
    const path = join(directory, 'disk.jsonl');
    await writeFile(path, '{"question":"Who founded DeepSeek?","expect":{"terms":["Liang Wenfeng"]}}\n');
    expect(readQuestionFile(path)[0]).toMatchObject({ id: 'disk-1', kind: 'open', split: 'heldout' });
    expect(() => readQuestionFile(join(directory, 'missing.json'))).toThrow(/Cannot read question file .*ENOENT/);
  });
});

describe('the default question set', () => {
  it('maps the built-in batches to splits: 1–2 train, 3 held out', () => {
    const questions = loadGoldQuestions();
    expect(questions.filter((question) => question.split === 'train').every((question) => question.batch === 1 || question.batch === 2)).toBe(true);
    expect(questions.filter((question) => question.batch === 3).every((question) => question.split === 'heldout')).toBe(true);
  });

  it('adds every held-out file after the built-in set, held out unless a question says otherwise', async () => {
    const held = join(directory, 'heldout');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(held, { recursive: true });
    await writeFile(join(held, 'batch-9.jsonl'), '{"id":"x9-1","question":"Who founded DeepSeek?","expect":{"terms":["Liang Wenfeng"]},"batch":9}\n');
    await writeFile(join(held, 'batch-10.json'), JSON.stringify({ questions: [{ id: 'x10-1', question: 'Fine?', expect: { refusal: true }, subkind: 'unanswerable', kind: 'unanswerable' }] }));
    await writeFile(join(held, 'notes.txt'), 'not questions');
    expect(heldOutFiles(held).map((file) => file.slice(held.length + 1))).toEqual(['batch-10.json', 'batch-9.jsonl']);
    const questions = loadDefaultQuestions({ heldOutDir: held });
    expect(questions.length).toBe(loadGoldQuestions().length + 2);
    expect(questions.slice(-2).map((question) => [question.id, question.split, question.batch, question.source?.file])).toEqual([
      ['x10-1', 'heldout', undefined, 'heldout/batch-10.json'], ['x9-1', 'heldout', 9, 'heldout/batch-9.jsonl'],
    ]);
    await writeFile(join(held, 'batch-11.jsonl'), '{"id":"fig-01","question":"Clash?","expect":{"refusal":true}}\n');
    expect(() => loadDefaultQuestions({ heldOutDir: held })).toThrow(/heldout\/batch-11\.jsonl line 1: id: "fig-01" is also used in gold-questions\.json line \d+/);
  });

  it('accepts the held-out files in evals/heldout as they are', () => {
    expect(() => loadDefaultQuestions()).not.toThrow();
  });

  it('ships the README\'s example files, and the README shows the JSONL one as it is', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = new URL('../evals/examples/my-questions.jsonl', import.meta.url);
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const shown = /```jsonl\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(await readFile(example, 'utf8'));
    expect(readQuestionFile(example.pathname)).toHaveLength(5);
    expect(readQuestionFile(new URL('../evals/examples/my-questions.csv', import.meta.url).pathname).map((question) => question.id)).toEqual(['plan', 'plan-zh', 'weather']);
  });
});
