import { describe, expect, it } from 'vitest';
import { BaogaoError } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from '../test/helpers/corpus.js';
import { createSearchReportsTool } from './create-report-tools.js';
import { searchReports } from './index.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);

describe('search_reports', () => {
  it('returns paragraphs with their report, date, section and score', async () => {
    const { results } = await searchReports(index, { query: '阿里巴巴 3800亿', k: 3 });
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ docId: expect.any(String), paragraph: expect.any(Number), publisher: expect.any(String), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(results.some((result) => /380 billion/.test(result.text))).toBe(true);
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[2]!.score);
  });

  it('filters by entity (any language), report, date and language, and adds neighbours', async () => {
    const moonshot = await searchReports(index, { query: 'investment', entity: '月之暗面', k: 5 });
    expect(moonshot.results.length).toBeGreaterThan(0);
    expect(moonshot.results.every((result) => /Moonshot|Yuezhi Anmian|月之暗面/.test(result.text))).toBe(true);
    const dated = await searchReports(index, { query: 'Alibaba', dateFrom: '2025-06-01', k: 10 });
    expect(dated.results.every((result) => result.date! >= '2025-06-01')).toBe(true);
    const chinese = await searchReports(index, { query: '腾讯', lang: 'zh', k: 5 });
    expect(chinese.results.every((result) => result.original || /\p{Script=Han}/u.test(result.text))).toBe(true);
    const withContext = await searchReports(index, { query: 'Tencent fourth quarter capital expenditure', k: 1, neighbours: 1 });
    const hit = withContext.results[0]!;
    expect(hit.neighbours!.map((neighbour) => neighbour.paragraph)).toEqual([hit.paragraph - 1, hit.paragraph + 1].filter((n) => n >= 1));
  });

  it('refuses bad input by field', async () => {
    const cases: [Parameters<typeof searchReports>[1], string][] = [
      [{ query: '   ' }, 'query'], [{ query: 'x', k: 0 }, 'k'], [{ query: 'x', dateFrom: '2025/01/01' }, 'dateFrom'],
      [{ query: 'x', entity: 'Acme Widgets' }, 'entity'], [{ query: 'x', docId: 'nope' }, 'docId'], [{ query: 'x', neighbours: 9 }, 'neighbours'],
    ];
    for (const [input, field] of cases) {
      const error = await searchReports(index, input).catch((e: unknown) => e);
      expect(BaogaoError.isInstance(error) && error.field, JSON.stringify(input)).toBe(field);
    }
  });

  it('the LangChain tool has a model-readable schema and returns JSON', async () => {
    const search = createSearchReportsTool(index);
    expect(search.name).toBe('search_reports');
    expect(search.description).toMatch(/English and Chinese/);
    const ok = JSON.parse(await search.invoke({ query: 'Doubao API calls', k: 2 }));
    expect(ok.results).toHaveLength(2);
    expect(JSON.parse(await search.invoke({ query: 'x', docId: 'nope' })).error.code).toBe('not_found');
  });
});
