/**
 * @module The facts a lookup can return, found through indexes built once per snapshot instead of a
 * pass over every fact per lookup (at 100× the reports, 13,000 facts several times per question):
 * by entity (its own, or for a table cell the entities its company's name mentions), metric, label,
 * report, and for a lookup by free text alone the terms of the stating sentence. The result is a
 * superset in snapshot order: `lookupFacts` still applies every condition, so what it returns is unchanged.
 */
import type { Fact } from '../core/index.js';
import type { OpenIndex } from '../index/index.js';

export interface FactConditions {
  entityIds: Set<string> | undefined;
  metric: string | undefined;
  label: string | undefined;
  docId: string | undefined;
  queryTerms: Set<string>;
}

interface FactIndexes {
  byEntity: Map<string, number[]>;
  byMetric: Map<string, number[]>;
  byLabel: Map<string, number[]>;
  byDoc: Map<string, number[]>;
  byTerm: Map<string, number[]>;
}

const built = new WeakMap<object, FactIndexes>();

function add(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  // Facts are added in order, so each list stays sorted and holds a fact once.
  if (!list) map.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/** `quoteTerms`: each stating sentence's terms, as `lookupFacts` tokenizes them. */
function indexesFor(index: OpenIndex, quoteTerms: Map<string, Set<string>>): FactIndexes {
  let indexes = built.get(index.snapshot);
  if (!indexes) {
    indexes = { byEntity: new Map(), byMetric: new Map(), byLabel: new Map(), byDoc: new Map(), byTerm: new Map() };
    const namedIds = new Map<string, string[]>();
    index.snapshot.facts.forEach((fact, at) => {
      if (fact.entity) add(indexes!.byEntity, fact.entity, at);
      if (fact.table && fact.entityName) {
        let ids = namedIds.get(fact.entityName);
        if (!ids) namedIds.set(fact.entityName, (ids = index.aliases.ids(fact.entityName)));
        for (const id of ids) add(indexes!.byEntity, id, at);
      }
      add(indexes!.byMetric, fact.metric, at);
      if (fact.label) add(indexes!.byLabel, fact.label, at);
      add(indexes!.byDoc, fact.docId, at);
      for (const term of quoteTerms.get(fact.quote) ?? []) add(indexes!.byTerm, term, at);
    });
    built.set(index.snapshot, indexes);
  }
  return indexes;
}

function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

export function factCandidates(index: OpenIndex, quoteTerms: Map<string, Set<string>>, conditions: FactConditions): Fact[] {
  const facts = index.snapshot.facts;
  const { byEntity, byMetric, byLabel, byDoc, byTerm } = indexesFor(index, quoteTerms);
  const lists: number[][] = [];
  if (conditions.entityIds) lists.push(union([...conditions.entityIds].map((id) => byEntity.get(id) ?? [])));
  if (conditions.metric) lists.push(byMetric.get(conditions.metric) ?? []);
  if (conditions.label) lists.push(byLabel.get(conditions.label) ?? []);
  if (conditions.docId) lists.push(byDoc.get(conditions.docId) ?? []);
  // With nothing else asked, a fact must share a term with the query to be returned at all.
  if (!lists.length && conditions.queryTerms.size) lists.push(union([...conditions.queryTerms].map((term) => byTerm.get(term) ?? [])));
  if (!lists.length) return facts;
  const smallest = lists.reduce((best, list) => (list.length < best.length ? list : best));
  return smallest.map((at) => facts[at]!);
}
