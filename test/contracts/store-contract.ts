/** @module One contract every ReportStore must keep; each store's test file runs it. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPoints, createAliasTable, createMemoryStore, createTokenizer, queryVector,
  type IndexedParagraph, type ReportStore,
} from '../../index/index.js';
import { fakeEmbedding, loadCorpus } from '../helpers/corpus.js';

const QUERIES = ['Alibaba 380 billion', '阿里巴巴 3800亿', 'Tencent fourth quarter capital expenditure', '月之暗面', 'Moonshot AI stake', 'GPU export controls', '字节跳动 豆包'];

export function runStoreContract(name: string, createStore: () => ReportStore): void {
  describe(`${name} store contract`, () => {
    let points: IndexedParagraph[];
    let store: ReportStore;
    let reference: ReportStore;
    const tokenizerRef: { terms: (text: string) => string[] } = { terms: () => [] };

    beforeAll(async () => {
      const { snapshot } = await loadCorpus();
      const aliases = createAliasTable(snapshot.aliases);
      const tokenizer = createTokenizer(aliases);
      tokenizerRef.terms = tokenizer.terms;
      points = buildPoints(snapshot, tokenizer, aliases).map((point) => ({ ...point, dense: fakeEmbedding(point.paragraph.text) }));
      store = createStore();
      await store.sync(points, { removedDocIds: [], rebuild: true });
      reference = createMemoryStore();
      await reference.sync(points, { removedDocIds: [], rebuild: true });
    });

    const sparse = (text: string) => queryVector(tokenizerRef.terms(text));

    it('ranks the same paragraphs as the reference BM25 for every query', async () => {
      for (const query of QUERIES) {
        const got = await store.search({ sparse: sparse(query), limit: 5 });
        const want = await reference.search({ sparse: sparse(query), limit: 5 });
        expect(got.map((hit) => hit.id), query).toEqual(want.map((hit) => hit.id));
        got.forEach((hit, i) => expect(hit.score).toBeCloseTo(want[i]!.score, 4));
      }
    });

    it('fuses dense and sparse rankings the same way (hybrid RRF)', async () => {
      for (const query of QUERIES) {
        const request = { sparse: sparse(query), dense: fakeEmbedding(query), limit: 5 };
        expect((await store.search(request)).map((hit) => hit.id), query).toEqual((await reference.search(request)).map((hit) => hit.id));
      }
    });

    it('returns the paragraph with each hit', async () => {
      const hits = await store.search({ sparse: sparse('月之暗面'), limit: 3 });
      expect(hits.length).toBe(3);
      for (const hit of hits) {
        expect(hit.paragraph).toEqual(points.find((point) => point.paragraph.id === hit.id)!.paragraph);
        expect(points.find((point) => point.paragraph.id === hit.id)!.entities).toContain('moonshot-ai');
      }
    });

    it('filters by document, language, entity and date', async () => {
      const docId = points.find((point) => point.date === null)!.paragraph.docId;
      const byDoc = await store.search({ sparse: sparse('Alibaba cloud investment'), filter: { docId }, limit: 10 });
      expect(byDoc.length).toBeGreaterThan(0);
      expect(byDoc.every((hit) => hit.id.startsWith(`${docId}#`))).toBe(true);

      const chinese = await store.search({ sparse: sparse('阿里巴巴 腾讯'), filter: { lang: 'zh' }, limit: 10 });
      expect(chinese.length).toBeGreaterThan(0);
      const zhIds = new Set(points.filter((point) => point.paragraph.lang === 'zh' || point.paragraph.original).map((point) => point.paragraph.id));
      expect(chinese.every((hit) => zhIds.has(hit.id))).toBe(true);

      const byEntity = await store.search({ sparse: sparse('investment'), filter: { entities: ['moonshot-ai'] }, limit: 10 });
      const moonshot = new Set(points.filter((point) => point.entities.includes('moonshot-ai')).map((point) => point.paragraph.id));
      expect(byEntity.length).toBeGreaterThan(0);
      expect(byEntity.every((hit) => moonshot.has(hit.id))).toBe(true);

      const dated = await store.search({ sparse: sparse('Alibaba'), filter: { dateFrom: '2025-06-01', dateTo: '2025-12-31' }, limit: 20 });
      const allowed = new Set(points.filter((point) => point.date && point.date >= '2025-06-01').map((point) => point.paragraph.id));
      expect(dated.length).toBeGreaterThan(0);
      expect(dated.every((hit) => allowed.has(hit.id))).toBe(true);
    });

    it('treats a filter with no condition set as no filter', async () => {
      const plain = await store.search({ sparse: sparse('Alibaba cloud investment'), limit: 10 });
      expect(plain.length).toBeGreaterThan(0);
      for (const filter of [{}, { entities: [] }]) {
        expect((await store.search({ sparse: sparse('Alibaba cloud investment'), filter, limit: 10 })).map((hit) => hit.id)).toEqual(plain.map((hit) => hit.id));
      }
    });

    it('drops a removed document on an incremental sync', async () => {
      const removed = points[0]!.paragraph.docId;
      const kept = points.filter((point) => point.paragraph.docId !== removed);
      await store.sync(kept, { removedDocIds: [removed], rebuild: false });
      const hits = await store.search({ sparse: sparse('Alibaba Tencent'), limit: 50 });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.some((hit) => hit.id.startsWith(`${removed}#`))).toBe(false);
      await store.sync(points, { removedDocIds: [], rebuild: false });
    });
  });
}
