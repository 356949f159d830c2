/** An acronym the reports spell out is mentioned in them ("FT" / "Financial Times"); a name they never use is not. */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { spelledOut } from '../agent/offline-planner.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });

describe('spelledOut', () => {
  it('reads an acronym as the capitalised words it abbreviates', () => {
    expect(spelledOut('FT')?.test('according to the Financial Times citing informed sources')).toBe(true);
    expect(spelledOut('WSJ')?.test('the Wall Street Journal reported')).toBe(true);
    expect(spelledOut('FT')?.test('the Fed tightened')).toBe(false);
  });

  it('is nothing for a name that is no acronym', () => {
    expect(spelledOut('Xiaomi')).toBeUndefined();
    expect(spelledOut('A')).toBeUndefined();
  });
});

describe('a question naming a source by its acronym is not refused as about an unknown company', () => {
  it('answers "What did the FT report about chip orders?" from the Financial Times passage', async () => {
    const result = await ask("What did the FT's sources say about Nvidia chip orders?");
    expect(result.answer).not.toMatch(/don't mention FT/);
  });

  it('still refuses a company the reports never name', async () => {
    expect((await ask("What is Xiaomi's AI capex?")).answer).toMatch(/don't mention Xiaomi/);
  });
});

describe('spelledOut: function words spell no acronym', () => {
  it('does not read "For Tencent" as "FT"', () => {
    expect(spelledOut('FT')?.test('For Tencent, the deal mattered.')).toBe(false);
  });
});
