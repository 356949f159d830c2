/**
 * Lookups that go through per-snapshot indexes (facts by entity, metric, label, report and term; facts
 * about a company; paragraphs by id) return what the conditions say, for every company and metric in
 * the collection, and a new snapshot is never answered from an old one's indexes.
 */
import { describe, expect, it } from 'vitest';
import { factsAbout } from '../agent/offline/facts-about.js';
import { openIndex, snapshotLookups } from '../index/index.js';
import { lookupFacts } from '../tools/lookup-facts.js';
import { withDescendants } from '../tools/resolve-entity.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const entities = [...new Set(snapshot.facts.flatMap((fact) => (fact.entity ? [fact.entity] : [])))];
const metrics = [...new Set(snapshot.facts.map((fact) => fact.metric))];

describe('lookup_facts through its indexes', () => {
  it('returns every fact of an entity and its units, English and Chinese names alike', () => {
    let compared = 0;
    for (const entity of entities) {
      const ids = withDescendants(index.aliases, entity);
      const expected = snapshot.facts.filter((fact) => fact.entity && ids.has(fact.entity)).map((fact) => fact.id).sort();
      const found = lookupFacts(index, { entity, k: 50 }).facts.filter((fact) => !fact.table).map((fact) => fact.id).sort();
      if (expected.length <= 50) compared++;
      if (expected.length <= 50) expect(found, entity).toEqual(expected);
    }
    expect(compared).toBeGreaterThan(5);
    for (const [english, chinese] of [['Alibaba', '阿里巴巴'], ['Tencent', '腾讯']] as const) {
      expect(lookupFacts(index, { entity: chinese, k: 50 }).facts.map((fact) => fact.id)).toEqual(lookupFacts(index, { entity: english, k: 50 }).facts.map((fact) => fact.id));
    }
  });

  it('returns every fact of a metric, and of a metric for an entity', () => {
    for (const metric of metrics) {
      const expected = snapshot.facts.filter((fact) => fact.metric === metric);
      expect(lookupFacts(index, { metric, k: 50 }).facts.length, metric).toBe(Math.min(50, expected.length));
      for (const entity of entities) {
        const ids = withDescendants(index.aliases, entity);
        const both = snapshot.facts.filter((fact) => fact.metric === metric && fact.entity && ids.has(fact.entity));
        const found = lookupFacts(index, { entity, metric, k: 50 }).facts;
        expect(found.every((fact) => fact.metric === metric)).toBe(true);
        expect(found.length, `${entity} ${metric}`).toBeGreaterThanOrEqual(Math.min(50, both.length));
      }
    }
  });

  it('by free text alone returns only facts whose sentence shares a term, and finds them in either language', () => {
    for (const query of ['capital expenditure', '资本开支', 'cloud revenue', 'GPU', 'no such words zzqx']) {
      const terms = new Set(index.tokenizer.terms(query));
      const found = lookupFacts(index, { query, k: 50 }).facts;
      expect(found.every((fact) => index.tokenizer.terms(fact.quote).some((term) => terms.has(term))), query).toBe(true);
      const sharing = snapshot.facts.filter((fact) => index.tokenizer.terms(fact.quote).some((term) => terms.has(term)));
      expect(found.length, query).toBe(Math.min(50, sharing.length));
    }
  });

  it('keeps to one report when asked, and refuses an unknown one', () => {
    const docId = snapshot.facts[0]!.docId;
    const found = lookupFacts(index, { docId, k: 50 }).facts;
    expect(found.length).toBe(Math.min(50, snapshot.facts.filter((fact) => fact.docId === docId).length));
    expect(found.every((fact) => fact.docId === docId)).toBe(true);
    expect(() => lookupFacts(index, { docId: 'no-such-report', k: 5 })).toThrow(/No report/);
  });
});

describe('facts about a company', () => {
  it('are its own, its units\', and those whose sentence names it, in snapshot order', () => {
    for (const entity of entities) {
      const expected = snapshot.facts.filter((fact) => fact.entity === entity || (fact.entity && index.aliases.get(fact.entity)?.parent === entity) || index.aliases.ids(fact.quote).includes(entity));
      expect(factsAbout(index, entity).map((fact) => fact.id), entity).toEqual(expected.map((fact) => fact.id));
    }
    expect(factsAbout(index, 'no-such-company')).toEqual([]);
  });
});

describe('paragraphs and documents by id', () => {
  it('are built once per snapshot, and afresh for a new snapshot', async () => {
    expect(snapshotLookups(snapshot)).toBe(snapshotLookups(snapshot));
    expect(snapshotLookups(snapshot).paragraphs.size).toBe(snapshot.paragraphs.length);
    const smaller = { ...snapshot, paragraphs: snapshot.paragraphs.slice(0, 10), documents: snapshot.documents.slice(0, 1), facts: snapshot.facts.slice(0, 3) };
    expect(snapshotLookups(smaller).paragraphs.size).toBe(10);
    expect(snapshotLookups(smaller).documents.size).toBe(1);
    const reopened = await openIndex(smaller);
    expect(lookupFacts(reopened, { k: 50 }).facts.length).toBe(3);
    expect(factsAbout(reopened, snapshot.facts[0]!.entity ?? 'none').every((fact) => smaller.facts.includes(fact))).toBe(true);
  });
});
