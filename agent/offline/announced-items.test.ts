import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../core/index.js';
import { announcedBy, itemBody, listAnnouncedAfter, listAround } from './announced-items.js';

const doc = (texts: string[]): Map<string, Paragraph> => new Map(texts.map((text, i) => {
  const paragraph: Paragraph = { id: `d#p${i + 1}`, docId: 'd', n: i + 1, section: null, sectionKind: 'body', text, lang: 'en' };
  return [paragraph.id, paragraph];
}));

describe('announcedBy: a list a paragraph counts and the paragraphs that set it out', () => {
  const paragraphs = doc([
    'Supply is tight, so cloud providers can only focus on two approaches to ensure supply.',
    '1. Resource Optimization - By improving utilisation, they ease shortages.',
    'For instance, servers fail less often.',
    'Second is open sourcing, seeking domestic alternatives.',
    'Conclusion',
  ]);

  it('reads numbered and ordinal openers as its items, skipping the examples between them', () => {
    const list = announcedBy(paragraphs.get('d#p1')!, paragraphs)!;
    expect(list.items.map((item) => item.paragraph.n)).toEqual([2, 4]);
    expect(list.items[0]!.text).toBe('1. Resource Optimization - By improving utilisation, they ease shortages.');
    expect(list.answers).toContain('method');
  });

  it('finds the list from any of its items, and from a sentence that leads up to it', () => {
    expect(listAround(paragraphs.get('d#p4')!, paragraphs)?.announcer.paragraph.n).toBe(1);
    const leadUp = doc(['Its strategy has been adjusted.', 'The strategy is changing in three aspects:', 'From "e-commerce" to "AI infrastructure".', 'From "leading" to "joint investment".', 'From "control" to "independence".']);
    expect(listAnnouncedAfter(leadUp.get('d#p1')!, leadUp)?.items).toHaveLength(3);
    expect(listAnnouncedAfter(leadUp.get('d#p1')!, leadUp)?.answers).toEqual(['change']);
  });

  it('is no list when the items do not reach the count announced, or nothing follows in list form', () => {
    const short = doc(['There are three reasons for this.', 'First, money is scarce.', 'Prices rose too.']);
    expect(announcedBy(short.get('d#p1')!, short)).toBeUndefined();
    const none = doc(['Alibaba invested in two companies.', 'Zhipu AI raised money.', 'MiniMax did too.']);
    expect(announcedBy(none.get('d#p1')!, none)).toBeUndefined();
  });

  it('drops the list marker from an item', () => {
    expect(itemBody('Second is open sourcing, seeking alternatives.')).toBe('open sourcing, seeking alternatives.');
    expect(itemBody('1. Resource Optimization - By improving')).toBe('Resource Optimization - By improving');
    expect(itemBody('From "a" to "b".')).toBe('From "a" to "b".');
  });
});
