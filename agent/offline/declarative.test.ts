import { describe, expect, it } from 'vitest';
import { dateStatement, pastTense, personStatement } from './declarative.js';

describe('personStatement', () => {
  it('puts the name where the wh-word was', () => {
    expect(personStatement("Who heads Alibaba's e-commerce group?", 'Jiang Fan', 'en')).toBe("Jiang Fan heads Alibaba's e-commerce group");
    expect(personStatement('Who is the CEO of Tencent Cloud?', 'Qiu Yuepeng', 'en')).toBe('Qiu Yuepeng is the CEO of Tencent Cloud');
    expect(personStatement('阿里巴巴电商集团的负责人是谁?', '蒋凡', 'zh')).toBe('阿里巴巴电商集团的负责人是蒋凡');
  });

  it('declines shapes it cannot rewrite safely', () => {
    expect(personStatement('Who did Alibaba appoint as CEO?', 'Jiang Fan', 'en')).toBeUndefined();
    expect(personStatement('Name the founder.', 'Liang Wenfeng', 'en')).toBeUndefined();
  });
});

describe('dateStatement', () => {
  it('inflects the verb and picks the preposition', () => {
    expect(dateStatement('When did Alibaba open-source Qwen?', 'August 2023', 'en')).toBe('Alibaba open-sourced Qwen in August 2023');
    expect(dateStatement('When did the founders meet the premier?', 'February 17, 2025', 'en')).toBe('the founders met the premier on February 17, 2025');
    expect(dateStatement('When was the group founded?', '2019', 'en')).toBe('the group was founded in 2019');
    expect(dateStatement('阿里巴巴什么时候开源了通义千问?', '2023年8月', 'zh')).toBe('阿里巴巴2023年8月开源了通义千问');
  });

  it('knows common irregular verbs', () => {
    expect(['buy', 'lead', 'meet', 'announce', 'supply'].map(pastTense)).toEqual(['bought', 'led', 'met', 'announced', 'supplied']);
  });
});
