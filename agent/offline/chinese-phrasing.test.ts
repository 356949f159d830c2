import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { periodPhrase, publisherName, sourceName } from '../phrases.js';
import { understandQuestion } from '../question-frame.js';
import { dontSaySentence } from './plan-refusal.js';
import type { PlannerContext } from './planner-context.js';
import { searchQuery } from './sentence-pool.js';

const aliases = createAliasTable();
const context = (lang: 'en' | 'zh') => ({ aliases, lang }) as unknown as PlannerContext;
const frame = (text: string) => understandQuestion(text, { aliases, documents: [] });

describe('Chinese phrasing', () => {
  it('names publishers in Chinese where the data gives a Chinese name, and keeps other names', () => {
    expect(publisherName('Caixin', 'zh')).toBe('财新');
    expect(publisherName('Caixin', 'en')).toBe('Caixin');
    expect(publisherName('Business Show', 'zh')).toBe('Business Show');
    expect(sourceName({ publisher: 'Caixin', date: '2025-06-23' } as never, 'zh')).toBe('财新(2025-06-23)');
    expect(sourceName({ publisher: 'Zhidongxi', date: null } as never, 'zh')).toBe('智东西');
  });

  it('says what the reports lack in a whole Chinese sentence, with or without a subject', () => {
    expect(dontSaySentence(frame('为什么提供算力比现金更有价值?'), context('zh'))).toBe('报告没有说明为什么提供算力比现金更有价值。');
    expect(dontSaySentence(frame('阿里巴巴2026年的资本开支是多少?'), context('zh'))).toBe('报道没有提到阿里巴巴2026年的资本开支。');
    expect(dontSaySentence(frame('2026年的市场规模是多少?'), context('zh'))).toBe('报告没有说明2026年的市场规模是多少。');
    expect(dontSaySentence(frame("What was Apple's capital expenditure in 2024?"), context('en'))).toBe("The reports don't say Apple's capital expenditure in 2024.");
  });

  it('says a period the reports give in English in Chinese, or leaves it out, never pasting the English', () => {
    const zh = (text: string) => periodPhrase({ text, from: null, to: null }, 'zh');
    expect(zh('in the past four quarters')).toBe('过去四个季度');
    expect(zh('over the next three years')).toBe('未来三年');
    expect(zh('since 2023')).toBe('2023年以来');
    expect(zh('from 2022 to 2024')).toBe('2022—2024年');
    expect(zh('in the first half of 2019')).toBe('2019年上半年');
    expect(zh('in early 2024')).toBe('2024年初');
    expect(zh('over the years')).toBe('');
    expect(zh('未来三年')).toBe('(未来三年)');
    // In English a span that opens with its preposition reads on in the sentence; a bare label is set apart.
    expect(periodPhrase({ text: 'in the past four quarters', from: null, to: null }, 'en')).toBe(' in the past four quarters');
    expect(periodPhrase({ text: 'over the next three years', from: null, to: null }, 'en')).toBe(' over the next three years');
    expect(periodPhrase({ text: 'FY2024', from: null, to: null }, 'en')).toBe(' (FY2024)');
  });

  it('searches with the other language’s words for the question’s relations', () => {
    expect(searchQuery('阿里巴巴是哪一年收购考拉的?')).toMatch(/^阿里巴巴是哪一年收购考拉的\?\n.*acquired/);
    expect(searchQuery('Which booth was shown in Shanghai?')).toContain('展台');
    expect(searchQuery('x'.repeat(600))).toHaveLength(500);
  });
});
