import { describe, expect, it } from 'vitest';
import { publisherNames, sourceLabel } from './source-label.js';

const caixin = { publisher: 'Caixin', date: '2025-06-23', title: 'Two Giants Compete for Position in AI' };
const mastheadless = { publisher: null, date: null, title: "China's tech giants are investing billions in nurturing the country's competitors" };

describe('sourceLabel', () => {
  it('names a report by publisher and date, then its title', () => {
    expect(sourceLabel(caixin)).toBe('Caixin, 2025-06-23 — Two Giants Compete for Position in AI');
    expect(sourceLabel(caixin, 'zh')).toBe('财新 2025-06-23 — Two Giants Compete for Position in AI');
    expect(sourceLabel(caixin, 'en', { brief: true })).toBe('Caixin, 2025-06-23');
  });

  it('names a report without a masthead by its title, never "Unknown publisher"', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const brief of [false, true]) expect(sourceLabel(mastheadless, lang, { brief })).toContain("China's tech giants are investing billions");
    }
    expect(sourceLabel(mastheadless)).toMatch(/\(undated\)$/);
    expect(sourceLabel(mastheadless, 'zh')).toMatch(/\(未注明日期\)$/);
    expect(sourceLabel({ ...mastheadless, date: '2024-05-01' })).toMatch(/\(2024-05-01\)$/);
  });

  it('says an undated report with a publisher is undated in the reader\'s language', () => {
    expect(sourceLabel({ ...caixin, date: null }, 'en', { brief: true })).toBe('Caixin, undated');
    expect(sourceLabel({ ...caixin, date: null }, 'zh', { brief: true })).toBe('财新 未注明日期');
  });
});

describe('publisherNames', () => {
  it('lists a publisher with its Chinese name, or alone when it has none', () => {
    expect(publisherNames('Caixin')).toEqual(['Caixin', '财新']);
    expect(publisherNames('Business Show')).toEqual(['Business Show']);
  });
});
