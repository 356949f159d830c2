import { describe, expect, it } from 'vitest';
import { parseSnapshot, serializeSnapshot, openIndex } from '../index/index.js';
import { BaogaoError } from '../core/index.js';
import { loadCorpus } from './helpers/corpus.js';

describe('search over the real reports', async () => {
  const { snapshot } = await loadCorpus();
  const { searcher } = await openIndex(snapshot);
  const top3 = async (query: string) => (await searcher.search(query, { k: 3 })).map(({ paragraph }) => `${paragraph.text}\n${paragraph.original ?? ''}`);

  it.each([
    ['Alibaba 380 billion', /Alibaba[\s\S]*380 billion/],
    ['阿里巴巴 3800亿', /Alibaba[\s\S]*380 billion/],
    ['Tencent fourth quarter capital expenditure', /Tencent[\s\S]*(39 billion|36\.578 billion)/],
    ['月之暗面', /Moonshot AI|Yuezhi Anmian|月之暗面/],
  ])('%s ranks an answering paragraph in the top 3', async (query, answer) => {
    expect((await top3(query)).some((text) => answer.test(text))).toBe(true);
  });

  it('returns neighbours in order, within the document', () => {
    const middle = snapshot.paragraphs.find((paragraph) => paragraph.n === 5)!;
    expect(searcher.neighbours(middle.id).map((paragraph) => paragraph.n)).toEqual([4, 5, 6]);
    const first = snapshot.paragraphs.find((paragraph) => paragraph.n === 1)!;
    expect(searcher.neighbours(first.id, 2).map((paragraph) => paragraph.n)).toEqual([1, 2, 3]);
    expect(searcher.neighbours('nope#p1')).toEqual([]);
  });

  it('round-trips the snapshot and refuses a truncated or edited one', async () => {
    const serialized = await serializeSnapshot(snapshot);
    expect((await parseSnapshot(serialized)).paragraphs).toHaveLength(snapshot.paragraphs.length);
    const truncated = await parseSnapshot(serialized.slice(0, serialized.length / 2)).catch((error: unknown) => error);
    expect(BaogaoError.isInstance(truncated) && truncated.code).toBe('index_corrupt');
    const edited = await parseSnapshot(serialized.replace('Alibaba', 'Alibabb')).catch((error: unknown) => error);
    expect(BaogaoError.isInstance(edited) && edited.message).toMatch(/checksum/);
  });
});
