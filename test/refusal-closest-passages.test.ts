/**
 * A refusal of a question about a company or person the reports know shows the passages that come closest
 * (DESIGN: low confidence → "the reports don't say" + closest passages), even when none shares the question's
 * everyday wording; each passage names the asked subject in its own sentence. A question about no one the
 * reports know is still declined bare.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

describe('a refusal about a known subject shows its closest passages', () => {
  it.each([
    ["What's the biggest thing holding Baidu back in the cloud market?", /Baidu/],
    ['智谱现在最大的难处是什么?', /Zhipu/],
    ["Who is Pony Ma's favourite chef?", /Pony Ma/],
    ["What was Huawei Cloud's revenue in 2023?", /Huawei Cloud/],
  ])('%s', async (question, subject) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
    expect(result.answer).toMatch(/The closest passages:|最接近的段落:/);
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations.length).toBeLessThanOrEqual(2);
    for (const citation of result.citations) expect(citation.quote).toMatch(subject);
  });

  it.each(["What is Xiaohongshu's AI budget for 2025?", 'What will the weather be in Hangzhou tomorrow?', '明天杭州天气怎么样?'])('%s: no subject the reports know, so no passages', async (question) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
    expect(result.citations).toHaveLength(0);
  });
});
