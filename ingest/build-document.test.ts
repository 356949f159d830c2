import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../test/helpers/corpus.js';
import { CHROME_RULES } from './chrome-rules.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the five reports', async () => {
  const { built } = await loadCorpus();
  const bySource = (prefix: string) => built.find((document) => document.document.source.startsWith(prefix))!;

  it('every paragraph (and every original) is verbatim in its source, up to whitespace', () => {
    let checked = 0;
    for (const document of built) {
      const source = squash(document.sourceText);
      for (const paragraph of document.paragraphs) {
        expect(source.includes(squash(paragraph.text)), `${paragraph.id}: ${paragraph.text.slice(0, 60)}`).toBe(true);
        if (paragraph.original) expect(source.includes(squash(paragraph.original)), paragraph.id).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('numbers paragraphs 1..n in reading order with stable ids', () => {
    for (const { document, paragraphs } of built) {
      expect(paragraphs.map((paragraph) => paragraph.n)).toEqual(paragraphs.map((_, i) => i + 1));
      expect(paragraphs.every((paragraph) => paragraph.id === `${document.docId}#p${paragraph.n}`)).toBe(true);
      expect(document.paragraphCount).toBe(paragraphs.length);
    }
  });

  it('leaves no page chrome in any paragraph, and no long line twice', () => {
    for (const { paragraphs } of built) {
      const texts = paragraphs.map((paragraph) => paragraph.text);
      for (const text of texts) {
        for (const line of text.split('\n')) expect(CHROME_RULES.some((rule) => rule.pattern.test(line.trim())), line).toBe(false);
        expect(text).not.toMatch(/loadingImg|Listen to this article|scan the QR code|AI generated, for reference only|SUBSCRIBE|^\d\d:\d\d/);
      }
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('reads title, publisher, date and authors from the text, and never invents a date', () => {
    const metadata = built.map(({ document }) => [document.source.slice(0, 3), document.publisher, document.date, document.authors]);
    expect(metadata).toEqual([
      ['000', 'Caixin', '2025-06-23', ['Liu Peilin', 'Guan Cong']],
      ['001', 'Zhidongxi', null, []],
      ['002', null, null, []],
      ['003', 'Business Show', '2025-02-25', []],
      ['004', '定焦One', '2025-10-09', []],
    ]);
    expect(bySource('000').document.title).toBe('Latest Cover Story | Two Giants Compete for Position in AI (AI Translation)');
    expect(bySource('002').document.titleFromText).toBe(false);
    expect(bySource('000').document.docId).toBe('caixin-2025-06-23-latest-cover-story-two-giants-compete');
    expect(new Set(built.map(({ document }) => document.docId)).size).toBe(5);
  });

  it('marks the paywalled report as truncated', () => {
    expect(built.map(({ document }) => document.truncated)).toEqual([true, false, false, false, false]);
  });

  it('pairs each Chinese paragraph with its English translation', () => {
    const caixin = bySource('000');
    const pairs = caixin.paragraphs.filter((paragraph) => paragraph.original);
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toMatchObject({ lang: 'en' });
    expect(pairs[0]!.original).toMatch(/^中国最大的两家互联网公司/);
    expect(pairs[0]!.text).toMatch(/^China's two largest internet giants/);
    // The photo caption has no translation and stays a Chinese paragraph, once.
    expect(caixin.paragraphs.filter((paragraph) => paragraph.text.startsWith('2024年7月6日'))).toHaveLength(1);
  });

  it('keeps sections: digests with back-references, glossary entries and timeline events with their labels', () => {
    const caixin = bySource('000').paragraphs;
    const kinds = new Set(caixin.map((paragraph) => paragraph.sectionKind));
    expect([...kinds]).toEqual(['body', 'digest', 'glossary', 'timeline']);
    const digest = caixin.find((paragraph) => paragraph.text.startsWith('1. Alibaba and Tencent'))!;
    expect(digest.section).toBe('Explore the story in 3 minutes');
    expect(digest.backRefs).toEqual([1, 2, 3, 4, 5]);
    expect(digest.text).not.toContain('[para.');
    const moonshot = caixin.find((paragraph) => paragraph.sectionKind === 'glossary' && paragraph.text.startsWith('Moonshot AI\n'))!;
    expect(moonshot.text).toContain('月之暗面');
    const event = caixin.find((paragraph) => paragraph.text.startsWith('February 24, 2025:\n'))!;
    expect(event.sectionKind).toBe('timeline');
    expect(event.text).toContain('380 billion yuan');
    // Repeated timeline dates are labels, not duplicates.
    expect(caixin.filter((paragraph) => paragraph.text.startsWith('April 2025:\n'))).toHaveLength(3);
  });

  it('turns short unpunctuated lines above prose into section names', () => {
    const sections = new Set(bySource('004').paragraphs.map((paragraph) => paragraph.section));
    expect(sections).toContain('Conclusion');
    expect(sections).toContain("Where does the money from Alibaba's AI investment flow?");
  });
});
