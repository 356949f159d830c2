import { describe, expect, it } from 'vitest';
import { deniesAsked, statesAffirmatively, withNo, withYes } from './yes-no.js';

describe('statesAffirmatively: a passage that settles a yes/no question as "yes"', () => {
  it('holds for what the passage states as having happened or holding', () => {
    for (const sentence of ['WeChat integrated Yuanbao, debuting its AI chat function.', 'It develops the Hanguang 800 AI inference chip, used in data centers.', 'Most of these unicorns have received funding from Alibaba and Tencent.', '阿里巴巴于2022年投资了长江存储。']) {
      expect(statesAffirmatively(sentence)).toBe(true);
    }
  });

  it('holds for "not only … but also", which affirms', () => {
    expect(statesAffirmatively('Tencent Yuanbao is not only advertising on WeChat but is also buying ad space.')).toBe(true);
  });

  it('does not hold for a negation, a denial, a plan or a rumour (those are left hedged, never a guessed "no")', () => {
    for (const sentence of ['Alibaba did not take part in the round.', 'Tencent has never disclosed the figure.', 'The news that Alibaba plans to invest $1 billion in DeepSeek spread in the market.', 'Alibaba denied the report.', 'The unit may be spun off.', '阿里巴巴否认了这一传闻。', '腾讯计划今年投资1000亿元。', '该公司尚未盈利。']) {
      expect(statesAffirmatively(sentence)).toBe(false);
    }
  });
});

describe('withYes', () => {
  it('opens an English answer with "Yes —", lowering a plain first word but not a name', () => {
    expect(withYes('According to Caixin, WeChat integrated Yuanbao [1].', 'en')).toBe('Yes — according to Caixin, WeChat integrated Yuanbao [1].');
    expect(withYes('WeChat integrated Yuanbao on April 16, 2025 [1].', 'en')).toBe('Yes — WeChat integrated Yuanbao on April 16, 2025 [1].');
  });

  it('opens a Chinese answer with "是的"', () => {
    expect(withYes('据财新,微信接入了元宝[1]。', 'zh')).toBe('是的,据财新,微信接入了元宝[1]。');
  });
});

describe('deniesAsked: a passage that settles a yes/no question as "no"', () => {
  const asked = (...words: string[]) => (word: string) => words.includes(word.toLowerCase().replace(/s$/, ''));

  it('holds when a negation governs an asked word in the same clause', () => {
    expect(deniesAsked('Smart Voice is restarting its IPO, but it has not yet achieved profitability.', asked('profitability'))).toBe(true);
    expect(deniesAsked('Tencent only seeks symbiosis in investment and does not seek ownership.', asked('ownership'))).toBe(true);
    expect(deniesAsked("Alibaba didn't respond to requests for comment.", asked('respond'))).toBe(true);
  });

  it('does not hold for "not only", a negation of another word, or a possibility', () => {
    expect(deniesAsked('Yuanbao is not only advertising on WeChat but also buying ad space.', asked('advertising'))).toBe(false);
    expect(deniesAsked('The route is not yet clear, but Alibaba invested in Unitree.', asked('invested'))).toBe(false);
    expect(deniesAsked('The unit may not reach profitability.', asked('profitability'))).toBe(false);
  });
});

describe('withNo', () => {
  it('opens an English answer with "No —" and leaves a Chinese one as it is', () => {
    expect(withNo('According to 定焦One, Smart Voice has not yet achieved profitability [1].', 'en')).toBe('No — according to 定焦One, Smart Voice has not yet achieved profitability [1].');
    expect(withNo('据定焦One,思必驰尚未盈利[1]。', 'zh')).toBe('据定焦One,思必驰尚未盈利[1]。');
  });
});

describe('deniesAsked: a negation that only delays or hedges settles no "no"', () => {
  it('does not hold for "not … until" or "whether or not"', () => {
    const asked = (word: string) => /^profit/i.test(word);
    expect(deniesAsked('Unitree did not become profitable until 2024.', asked)).toBe(false);
    expect(deniesAsked('Whether or not profitable, Unitree kept hiring.', asked)).toBe(false);
  });
});
