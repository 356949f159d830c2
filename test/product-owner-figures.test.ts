/**
 * A product's or unit's figure that the reports attribute to the company owning it ("Alibaba Cloud …
 * attain over 70,000 models on its ModelScope community") answers a question about the product, in
 * either language; a product no paragraph gives a figure for still gets none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex, type OpenIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

let index: OpenIndex;
beforeAll(async () => {
  index = await openIndex((await loadCorpus()).snapshot);
});

const ask = async (question: string) => (await answer([{ role: 'user', content: question }], { index })).answer;

describe("a product's figure stated for its owner", () => {
  it.each([
    ['How many models are on ModelScope?', '70,000'],
    ['魔搭社区上有多少个模型?', '7万'],
  ])('%s → %s', async (question, figure) => {
    expect(await ask(question)).toContain(figure);
  });

  it.each(['How many users does Quark have?', '夸克有多少用户?'])('%s: no paragraph naming the product gives one, so no figure', async (question) => {
    expect(await ask(question)).not.toMatch(/\d[\d,.]*\s*(?:万|亿|million|billion|thousand)|\d{1,3},\d{3}/);
  });
});

describe('a count of acts done to an item (downloads, not the models downloaded)', () => {
  it.each([
    ['魔搭社区模型下载量有多少?', /1亿/],
    ['魔搭社区的模型下载次数是多少?', /1亿/],
    ['How many times have models on ModelScope been downloaded?', /100 million/],
  ])('%s', async (question, figure) => {
    const text = await ask(question);
    expect(text).toMatch(figure);
    // Not the count of models on the platform.
    expect(text).not.toMatch(/7万|70,000/);
  });
});
