import { describe, expect, it } from 'vitest';
import { countedFigures } from './counted-figures.js';

const WENXIN = 'As of August 31, the Wenxin large model has reached 4,500 users, 54,000 developers, 4,300 scenarios, 825 applications, and 500 plugins.';
const CHIPS = 'Alibaba expects to have over 53,000 Nvidia chips and 90,000 domestic AI chips by 2025, serving 290,000 corporate and developer users.';

const said = (question: string, sentence: string) => countedFigures(question, sentence).map((figure) => [figure.noun, figure.quantity.text]);

describe('countedFigures (class: the figure a list sentence gives right before each counted noun asked)', () => {
  it('gives every noun a question asks of ("各有多少"), in the question’s order', () => {
    expect(said('应用和插件各有多少?', WENXIN)).toEqual([['应用', '825'], ['插件', '500']]);
    expect(said('插件和开发者分别有多少?', WENXIN)).toEqual([['插件', '500'], ['开发者', '54,000']]);
  });

  it('gives the one noun asked, not the first figure of the sentence', () => {
    expect(said('文心大模型有多少开发者?', WENXIN)).toEqual([['开发者', '54,000']]);
    expect(said('那应用呢?', WENXIN)).toEqual([['应用', '825']]);
    // Nouns written together are one counted thing: the domestic chips, not also Nvidia's.
    expect(said('国产芯片有多少?', CHIPS)).toEqual([['国产芯片', '90,000']]);
    expect(said('阿里有多少芯片?', CHIPS)).toEqual([['芯片', 'over 53,000']]);
  });

  it('gives nothing when the sentence does not count the asked noun, or the question names none', () => {
    expect(said('员工有多少?', WENXIN)).toEqual([]);
    // "top 10" ranks the makers; it is no count of them.
    expect(said('它服务了全球前十大手机厂商中的几家?', 'Doubao serves nine of the world’s top 10 smartphone makers.')).toEqual([]);
    expect(said('How many applications?', WENXIN)).toEqual([]);
    // A number far from the noun ("4 Nvidia H20 chips for deployment, cutting costs") does not count costs.
    expect(said('成本有多少?', 'Qwen3 requires only 4 Nvidia H20 chips for deployment, cutting costs by 65%-75%.')).toEqual([]);
  });
});
