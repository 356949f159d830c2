import { describe, expect, it } from 'vitest';
import { askedOnlyAsObject, isHeading, withoutPublishers } from './sentence-pool.js';
import type { ReportDocument } from '../../core/index.js';

describe('isHeading', () => {
  it('takes captions, statement titles and section names for headings', () => {
    for (const line of [
      'Table of Contents 3M Company and Subsidiaries Consolidated Statement of Cash Flows Years ended December 31',
      'CONSOLIDATED STATEMENTS OF CASH FLOWS (In thousands)',
      'Acme Tools Annual Report on Form 10-K',
      'Total Stores at End of Second Quarter Acme',
      'Notes to the Consolidated Financial Statements',
    ]) expect(isHeading(line), line).toBe(true);
  });

  it('keeps sentences, headline-like claims with a full stop, short labels and Chinese', () => {
    for (const line of [
      'Capital expenditures were $310 million in fiscal 2019.',
      'Alibaba plans to invest 380 billion yuan in AI over three years',
      'Alibaba Cloud Revenue Grew 26%.',
      'Net Sales',
      '阿里巴巴 Qwen 模型发布',
    ]) expect(isHeading(line), line).toBe(false);
  });
});

describe('askedOnlyAsObject: the asked company as what another company acts on', async () => {
  const { openIndex } = await import('../../index/index.js');
  const { loadCorpus } = await import('../../test/helpers/corpus.js');
  const { aliases } = await openIndex((await loadCorpus()).snapshot);
  it.each([
    ['However, Alibaba faces rising competition from ByteDance’s low-cost Volcano Engine and from Baidu Cloud.', ['baidu'], true],
    ['Tencent Cloud now competes against Alibaba Cloud for model startups.', ['alibaba'], true],
    // The asked company acting, even after another is named, is its own news.
    ["Following Alibaba's footsteps, Tencent has also signaled that its AI investment has entered a substantive stage.", ['tencent'], false],
    ['Tencent attributes better click-through rates to AI, and Alibaba leverages generative AI for B2B commerce.', ['alibaba'], false],
    ['Baidu faces rising competition from Alibaba Cloud.', ['baidu'], false],
    ['Alibaba and Tencent are both investors.', ['tencent'], false],
    // What another company's is compared with is not the asked one's own news …
    ["For a long time, Alibaba's investment style has been compared with Tencent's.", ['tencent'], true],
  ])('%s', (text, asked, expected) => {
    expect(askedOnlyAsObject(text, asked, aliases)).toBe(expected);
  });

  it('… unless the question itself sets the two side by side ("跟DeepSeek R1比能省多少成本?")', () => {
    const text = 'Its Qwen3 model requires only 4 Nvidia H20 chips for deployment, cutting costs by 65%-75% compared to DeepSeek R1.';
    expect(askedOnlyAsObject(`Alibaba's ${text}`, ['deepseek'], aliases, '跟DeepSeek R1比能省多少成本?')).toBe(false);
    expect(askedOnlyAsObject(`Alibaba's ${text}`, ['deepseek'], aliases, 'What did DeepSeek do?')).toBe(true);
  });
});

describe('withoutPublishers: a source the question names is where to look, not a word to find', () => {
  const documents = new Map<string, ReportDocument>([
    ['a', { publisher: 'Business Show' } as ReportDocument],
    ['b', { publisher: 'Caixin' } as ReportDocument],
    ['c', { publisher: '定焦One' } as ReportDocument],
    ['d', {} as ReportDocument],
  ]);
  it.each([
    ["What's the main risk in Alibaba's AI spending, according to Business Show?", /^What's the main risk in Alibaba's AI spending, according to\s+\?$/],
    ["What did Caixin's cover story say about Tencent?", /^What did\s+cover story say about Tencent\?$/],
    ['据定焦One,阿里投了哪些公司?', /^据\s+,阿里投了哪些公司\?$/],
  ])('%s', (question, left) => {
    expect(withoutPublishers(question, { documents })).toMatch(left);
  });

  it('leaves words that only contain a publisher\'s name, and questions naming none', () => {
    expect(withoutPublishers('How did the Caixinian economy do?', { documents })).toBe('How did the Caixinian economy do?');
    expect(withoutPublishers('What does Alibaba plan to spend?', { documents })).toBe('What does Alibaba plan to spend?');
  });
});

describe('searchQuery: a word no report uses is searched by the synonym the reports do use', () => {
  it('adds "investors" for "backer", and nothing for words the reports use', async () => {
    const { loadCorpus } = await import('../../test/helpers/corpus.js');
    const { openIndex } = await import('../../index/index.js');
    const { searchQuery } = await import('./sentence-pool.js');
    const index = await openIndex((await loadCorpus()).snapshot);
    expect(searchQuery('Why sign up with just one backer?', index)).toMatch(/\binvestors?\b/);
    // Only the translations are added to a question whose words the reports use.
    expect(searchQuery('How much did Alibaba invest?', index)).toBe(searchQuery('How much did Alibaba invest?'));
    // Without the index (the reports' words unknown), the question is searched as asked.
    expect(searchQuery('Why sign up with just one backer?')).not.toMatch(/\binvestors?\b/);
  });
});

describe('aspectSearchQuery: the asked aspect\'s words, not those of an aspect the question names as its object', () => {
  it('searches a risk to a strategy by risk words only', async () => {
    const { aspectSearchQuery } = await import('./sentence-pool.js');
    const { askedAspects } = await import('./aspect-terms.js');
    const question = "What are the main risks to Alibaba's big AI bet?";
    const query = aspectSearchQuery(askedAspects(question), question) ?? '';
    expect(query).toMatch(/\buncertainty\b/);
    expect(query).not.toMatch(/\bstrategic\b|\blayout\b|布局/);
  });

  it('keeps a strategy\'s words when the strategy is what is asked', async () => {
    const { aspectSearchQuery } = await import('./sentence-pool.js');
    const { askedAspects } = await import('./aspect-terms.js');
    const question = "What is Alibaba's AI strategy?";
    expect(aspectSearchQuery(askedAspects(question), question)).toMatch(/\bstrategic\b/);
  });
});
