import { describe, expect, it } from 'vitest';
import { answer } from '../index.js';
import { openIndex } from '../../index/index.js';
import { loadCorpus } from '../../test/helpers/corpus.js';
import { partAsked } from './part-asked.js';

describe('partAsked: the part a share or "how much of" question asks about', () => {
  it.each([
    ['How much of its investment was provided as cloud credits?', 'cloud credits'],
    ["What percentage of Alibaba's Q4 2024 revenue came from AI products?", 'AI products'],
    // The period dates the whole question; it is no word of the part.
    ["What share of Alibaba's revenue came from international commerce in Q4 2024?", 'international commerce'],
    ['阿里2024年四季度收入中AI产品占多少?', 'AI产品'],
    // A part's generic head ("business", 业务) names no part: its distinctive word does.
    ['阿里收入里云业务占比多少?', '云'],
    ["What percentage of Alibaba's Q4 2024 revenue came from its cloud business?", 'its cloud'],
    // A relative period and an infinitive's "be" are no words of the part either.
    ['How much of that was to be delivered this year?', 'delivered'],
  ])('%s → %s', (question, part) => {
    expect(partAsked(question)).toBe(part);
  });

  it('finds none in a share asked of a company as a whole', () => {
    expect(partAsked("What share of Moonshot AI does Alibaba hold?")).toBeUndefined();
    expect(partAsked('阿里持有月之暗面多少股份?')).toBeUndefined();
    // The 中 of 中国 is no locative: a market share of a whole market names no part.
    expect(partAsked('阿里云在中国云市场占多少份额?')).toBeUndefined();
    expect(partAsked('考拉在中国跨境电商市场占多少份额?')).toBeUndefined();
  });
});

describe('a share of a whole from a part the reports give no share for (class: another part\'s share is no answer)', () => {
  const index = loadCorpus().then(({ snapshot }) => openIndex(snapshot));
  const ask = async (question: string) => (await answer([{ role: 'user', content: question }], { index: await index })).answer;

  it.each([
    ["What percentage of Alibaba's Q4 2024 revenue came from AI products?", /13%/],
    ['阿里2024年四季度收入中AI产品占多少?', /1360\.91亿元|48\.7%/],
  ])('%s is not answered with another part\'s share', async (question, other) => {
    const said = await ask(question);
    const lead = said.split(/(?<=[.。])\s/)[0] ?? '';
    expect(lead).not.toMatch(other);
    expect(said).toMatch(/don't say|没有说明/);
  });

  it('still answers the share of a part the reports give', async () => {
    expect(await ask("What share of Alibaba's Q4 2024 revenue came from the Cloud Intelligence Group?")).toMatch(/^[^.]*13%/);
  });
});
