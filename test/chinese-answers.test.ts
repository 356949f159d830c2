/**
 * Every Chinese question in the eval files (gold, held-out, dev) is answered wholly in Chinese: no
 * English phrase in the answer's own sentences outside names, units and quotes. Failures name the
 * question id and the English run only (held-out questions are run, never printed).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, untranslatedEnglish } from '../agent/index.js';
import { detectLang } from '../core/index.js';
import { readQuestionFile } from '../evals/read-question-file.js';
import { openIndex, type OpenIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const files = [
  root('evals/gold-questions.json'),
  ...readdirSync(root('evals/heldout')).filter((name) => name.endsWith('.json')).map((name) => root(`evals/heldout/${name}`)),
  ...readdirSync(root('evals/dev')).filter((name) => name.endsWith('.json')).map((name) => root(`evals/dev/${name}`)),
];
const chinese = files.flatMap((file) => readQuestionFile(file).filter((question) => detectLang(question.messages.filter((turn) => turn.role === 'user').at(-1)!.content) === 'zh'));

let index: OpenIndex;
beforeAll(async () => {
  index = await openIndex((await loadCorpus()).snapshot);
});

describe('Chinese answers', () => {
  it('covers the Chinese questions of every eval file', () => {
    expect(chinese.length).toBeGreaterThan(30);
  });

  it('say nothing in untranslated English outside names, units and quotes, and never run a figure into a date', async () => {
    const failures: string[] = [];
    for (const question of chinese) {
      const reply = await answer(question.messages, { index });
      const publishers = index.snapshot.documents.flatMap((document) => (document.publisher ? [document.publisher] : []));
      const runs = untranslatedEnglish(reply.answer, index.aliases, publishers, question.messages.filter((turn) => turn.role === 'user').at(-1)!.content);
      if (runs.length) failures.push(`${question.id}: ${runs.join(' | ')}`);
      // A figure never runs into a date outside quotes ("21.926万2023年"): the period is said first, "2023年的21.926万".
      const own = reply.answer.replace(/“[^”]*”/g, '“”');
      const runOn = own.match(/\d(?:[万亿](?:元|美元|港元)?)?(?:19|20)\d{2}年/);
      if (runOn) failures.push(`${question.id}: figure runs into a date (${runOn[0]})`);
    }
    expect(failures).toEqual([]);
    // Every Chinese question of every eval file is answered here: the set grows with each dev file.
  }, 90_000);
});

describe('leads in the asker’s language', () => {
  const ask = async (question: string) => (await answer([{ role: 'user', content: question }], { index })).answer;

  it('a Chinese figure question answered from an English sentence leads with the asked metric’s figure in 亿/万', async () => {
    for (const [question, figure, notFigure] of [
      ['百度智能云千帆平台服务了多少客户?', '1.7万', '给出的数字是42'],
      ['斑马网络2025年第一季度的亏损是多少?', '15.82亿元', '给出的数字是7倍'],
      ['阿里巴巴持有月之暗面多少股份?', '36%', '给出的数字是约8亿美元'],
    ] as const) {
      const reply = await ask(question);
      expect(reply.split('“')[0]).toContain(figure);
      expect(reply).not.toContain(notFigure);
    }
  });

  it('leads with the one figure of the asked kind an English sentence gives for the asked company, also when the sentence names it', async () => {
    const reply = async (...turns: string[]) => (await answer(turns.map((content, i) => ({ role: i % 2 ? 'assistant' as const : 'user' as const, content })), { index })).answer;
    for (const [turns, figure] of [
      [['阿里巴巴为月之暗面36%的股份投资了多少?', '约8亿美元[1]。', '其中多少是以云计算额度提供的?'], '超过3亿美元'],
      [['截至2025年1月,有多少企业和开发者在百炼平台上调用了通义API?'], '超过29万'],
      // "多少块" asks a count: the GPUs, not the order's dollars beside them.
      [['英伟达50亿美元芯片订单中今年交付的部分大约相当于多少块A800 GPU?'], '约10万'],
    ] as const) {
      const text = await reply(...turns);
      expect(text.split('“')[0], turns.at(-1)).toContain(figure);
    }
  });

  it('gives no figure lead from a number that ranks or names ("top 10", "HPN 7.0") or when several figures could be meant', async () => {
    for (const [turns, notLead] of [
      [['豆包大模型服务了多少家全球前十大手机厂商?'], /给出的数字是10\[/],
      [['阿里云PAI平台在大规模训练中的线性扩展效率最高能达到多少?'], /给出的数字是7\[/],
    ] as const) {
      const text = (await answer([{ role: 'user', content: turns[0] }], { index })).answer;
      expect(text, turns[0]).not.toMatch(notLead);
    }
  });

  it('a Chinese figure answer from one report is supported by that report\'s sentence, quoted under the Chinese lead', async () => {
    for (const question of ['腾讯今年计划投资多少?', '斑马网络2025年第一季度的亏损是多少?', '阿里巴巴2025年第一季度的资本开支是多少?']) {
      const reply = await ask(question);
      const [lead, rest] = [reply.split('“')[0]!, reply.slice(reply.indexOf('“'))];
      expect(lead, question).toMatch(/^\p{Script=Han}/u);
      expect(rest, question).toMatch(/^“[^”]+”\[1\]/);
    }
  });

  it('an English question about a Chinese-only passage gets an English lead over the Chinese quote', async () => {
    const reply = await ask("At which event was Alibaba's booth shown in Shanghai on July 6, 2024?");
    expect(reply).toMatch(/^[A-Z][^“]*in the Chinese original: “[^”]*世界人工智能大会/);
  });
});

describe('Chinese list answers', () => {
  const ask = async (question: string) => answer([{ role: 'user', content: question }], { index });
  const publishers = () => index.snapshot.documents.flatMap((document) => (document.publisher ? [document.publisher] : []));
  /** The list sentence: the lead, up to its full stop, before any supporting quote. */
  const lead = (text: string) => text.split('。')[0]!;

  it.each([
    ['阿里巴巴在芯片领域对外投资了哪些公司?', ['寒武纪', '长江存储']],
    ['列出阿里巴巴投资的机器人公司。', ['宇树科技']],
    ['哪些大模型初创公司同时获得了阿里巴巴和腾讯的投资?', ['智谱', '月之暗面', '百川智能']],
  ])('%s: a Chinese lead built by the list machinery, names in Chinese, markers after the list', async (question, names) => {
    const reply = await ask(question);
    expect(reply.refused).toBe(false);
    const first = lead(reply.answer);
    expect(first).toMatch(/^(?:报道提到的[^:]*有:|报告未必给出完整名单,但提到了:)/);
    for (const name of names) expect(first).toContain(name);
    expect(first).toMatch(/(?:\[\d+\])+$/);
    expect(first).toMatch(/和[^、]+(?:\[\d+\])+$/);
    expect(untranslatedEnglish(first, index.aliases, publishers())).toEqual([]);
  });

  it('the same questions in English keep the English lead', async () => {
    const reply = await ask('Which chip companies has Alibaba invested in?');
    expect(reply.answer).toMatch(/^(?:The chip companies the reports name are|The reports may not give the full list, but they name) Cambricon and Yangtze Memory/);
  });

  it('names one company once, however the reports spell it', async () => {
    const reply = await ask('哪些银行使用了阿里云?');
    const first = lead(reply.answer);
    const tongyi = first.match(/通义千问/g) ?? [];
    expect(tongyi.length).toBeLessThanOrEqual(1);
  });
});

describe('hedges and refusals in the asker’s language', () => {
  const ask = async (question: string) => (await answer([{ role: 'user', content: question }], { index })).answer;
  const own = (text: string) => text.replace(/“[^”]*”/g, ' ');

  it.each([
    ['苹果公司2024年的AI资本开支是多少?', /^报道没有提到苹果。$/],
    ['字节跳动2024年的资本开支是多少?', /^报道没有提到字节跳动2024年的资本开支。/],
    ['中国科技巨头近年来为什么转向注重盈利?', /^报告/],
    ['大型科技公司为什么投资AI初创公司?', /^报告/],
    ['阿里巴巴过去四个季度投资了多少?', /^阿里巴巴过去四个季度投资了?超过1000亿元/],
  ])('%s: a Chinese opening, no English frame words', async (question, opening) => {
    const text = await ask(question);
    expect(text).toMatch(opening);
    expect(own(text)).not.toMatch(/The reports|don't|According to|closest|in the past/);
  });

  it.each([
    ["What is Tesla's AI capex?", /^The reports don't mention Tesla\.$/],
    ["What was ByteDance's capital expenditure in 2024?", /^The reports don't say ByteDance's capital expenditure in 2024\./],
  ])('%s: an English refusal for an English question', async (question, opening) => {
    const text = await ask(question);
    expect(text).toMatch(opening);
    expect(own(text)).not.toMatch(/报告|报道|最接近/);
  });
});

describe('the colloquial 投了 ("invested") asks the investment, as 投资 does', () => {
  it.each([
    ['阿里投了月之暗面多少钱?', /8亿美元/],
    ['阿里巴巴投了月之暗面多少钱?', /8亿美元/],
    ['阿里投了月之暗面多少钱,拿到多少股份?', /8亿美元[\s\S]*36%/],
  ])('%s', async (question, figure) => {
    const result = await answer([{ role: 'user', content: question }], { index });
    expect(result.answer).toMatch(figure);
    expect(result.refused).toBe(false);
  });
});
