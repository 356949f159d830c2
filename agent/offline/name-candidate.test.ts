import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../index.js';
import { openIndex, type OpenIndex } from '../../index/index.js';
import { loadCorpus } from '../../test/helpers/corpus.js';
import { understandQuestion } from '../question-frame.js';
import { nameKindAsked, namesNotAsked } from './name-candidate.js';

let index: OpenIndex;
beforeAll(async () => {
  index = await openIndex((await loadCorpus()).snapshot);
});

const frameOf = (question: string) => understandQuestion(question, { aliases: index.aliases, documents: index.snapshot.documents });

describe('nameKindAsked: the kind of single name a which-question asks for', () => {
  it.each([
    ['Which Chinese company leads in domestic chips?', 'company'],
    ['Whose chips did Baidu order?', 'company'],
    ['阿里和哪家公司共建了算力枢纽?', 'company'],
    ['Which app topped the iOS chart?', 'product'],
    ['百度推出的是什么平台?', 'product'],
  ])('%s → %s', (question, kind) => {
    expect(nameKindAsked(question)).toBe(kind);
  });

  it.each([
    'Which companies has Alibaba invested in?',
    '腾讯把哪些产品划到了CSIG?',
    'Which executive runs Alibaba Cloud?',
    'What slogan does Volcano Engine use?',
    'In which year did Alibaba invest in YMTC?',
    '他2月17日参加了什么会议?',
  ])('asks no single organisation or product: %s', (question) => {
    expect(nameKindAsked(question)).toBeUndefined();
  });
});

describe('namesNotAsked: names of the asked kind the question does not already give', () => {
  it('leaves out the asked company, its parent and its units named after it, but keeps a unit with a name of its own', async () => {
    const frame = frameOf('Which chip company did Alibaba acquire?');
    const names = (sentence: string) => namesNotAsked(sentence, frame, 'company', index.aliases).map((named) => named.name);
    expect(names("The best example that reflects Alibaba's integration thinking is C-Sky Microsystems.")).toEqual(['C-Sky Microsystems']);
    expect(names('Alibaba Cloud and Alibaba announced the deal.')).toEqual([]);
  });

  it('reads names the alias table lacks, but not a source that only reports', () => {
    const frame = frameOf('Which company did Baidu order chips from?');
    const names = namesNotAsked('British news agency Reuters reported that Baidu ordered chips from Huawei and from Hainan Huatie.', frame, 'company', index.aliases).map((named) => named.name);
    expect(names).toContain('Huawei');
    expect(names).toContain('Hainan Huatie');
    expect(names).not.toContain('Reuters');
  });

  it('reads a name after title words from where it starts, and leaves out analysts\' firms and quoted sources', () => {
    const frame = frameOf('Which company is Alibaba\'s biggest rival?');
    const names = (sentence: string) => namesNotAsked(sentence, frame, 'company', index.aliases).map((named) => named.name);
    expect(names('The Financial Times said the deal closed.')).toEqual([]);
    expect(names('Charlie Dai, an analyst at market research firm Forrester, noted that rivals matter.')).not.toContain('Forrester');
    expect(names('according to Beijing-based deal data provider ITJuzi, rivals grew.')).not.toContain('ITJuzi');
  });
});

describe('which-questions answered with the name their passage gives', () => {
  const reply = async (question: string) => (await answer([{ role: 'user', content: question }], { index })).answer.split('\n')[0]!;

  it('names the company a passage refers back to ("this chip company"), never the description alone', async () => {
    for (const question of ['Which firm did Alibaba buy in 2018 before forming T-Head?', '阿里在2018年收购了哪家公司来组建平头哥?']) {
      const said = await reply(question);
      expect(said, question).toMatch(/C-Sky Microsystems/);
      expect(said.split('[')[0], question).not.toMatch(/this chip company/);
    }
  });

  it('names the maker of a product the question names (the product\'s own parent is no part of what was asked)', async () => {
    expect(await reply('含光800芯片是阿里旗下哪家公司研发的?')).toMatch(/平头哥|T-Head/);
  });

  it('gives the name the closest passage holds rather than declining', async () => {
    for (const question of ['Which firm in China is seen as the front-runner for domestic chips?', 'Which company is viewed as the top player in domestic chip technology?']) {
      const said = await reply(question);
      expect(said.split('[')[0], question).toMatch(/Huawei/);
      expect(said, question).not.toMatch(/^The reports don't say which/);
    }
  });
});

describe('namesNotAsked: a product named after its maker answers "which <maker> app/product" (class: Tencent Yuanbao, Baidu ERNIE Bot)', () => {
  it('offers Yuanbao for "Which Tencent app …", and still not the unit "Tencent Cloud" for a company asked', () => {
    const frame = frameOf("Which Tencent app overtook ByteDance's Doubao on the free app chart?");
    const names = namesNotAsked('Last week, Tencent Yuanbao surpassed ByteDance Doubao to rank second on the iOS free app chart, trailing only DeepSeek.', frame, 'product', index.aliases).map((named) => named.name);
    expect(names).toContain('Yuanbao');
    const company = frameOf('Which company did Tencent partner with?');
    expect(namesNotAsked('Tencent Cloud partnered with MiniMax.', company, 'company', index.aliases).map((named) => named.name)).not.toContain('Tencent Cloud');
  });

  it.each([
    "Which Tencent app overtook ByteDance's Doubao to become No. 2 on the iOS free app chart?",
    "Which of Tencent's apps passed Doubao on the iOS free chart last week?",
  ])('answers "%s" with that product', async (question) => {
    const result = await answer([{ role: 'user', content: question }], { index });
    expect(result.answer.split(/(?<=\.)\s/)[0]).toMatch(/Yuanbao/);
    expect(result.answer.split(/(?<=\.)\s/)[0]).not.toMatch(/WeChat/);
  });
});

describe('namesNotAsked: in a sentence of several companies\' acts, the asked company\'s product is the one in its clause (class: "A did X; B did Y")', () => {
  const sentence = 'Alibaba introduced Qwen3 as open source; ByteDance rebranded its agent platform Coze and launched Coze Space.';
  it('picks the product named in the asked company\'s clause', () => {
    const names = namesNotAsked(sentence, frameOf('Which agent platform did ByteDance rebrand?'), 'product', index.aliases).map((named) => named.name);
    expect(names[0]).toBe('Coze');
    expect(names).not.toContain('Qwen');
  });

  it('keeps every product when the question names no company in one clause only', () => {
    const names = namesNotAsked(sentence, frameOf('Which agent platform was rebranded?'), 'product', index.aliases).map((named) => named.name);
    expect(names).toContain('Qwen');
  });
});
