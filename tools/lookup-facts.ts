/** @module lookup_facts: the fact table, filtered and ranked; conflicting figures come back side by side. */
import { z } from 'zod';
import { BaogaoError, METRICS, metricsNamedIn, normaliseLabel, parsePeriodQuery, periodsOverlap, type Fact } from '../core/index.js';
import { snapshotLookups, type OpenIndex } from '../index/index.js';
import { factCandidates } from './fact-candidates.js';
import { resolveEntity, withDescendants } from './resolve-entity.js';
import { parseToolInput } from './tool-errors.js';

export const lookupFactsInput = z.object({
  entity: z.string().trim().min(1).optional().describe('Company or product, any language (Alibaba, 腾讯, Volcano Engine). Includes its units (Alibaba → Alibaba Cloud, Qwen).'),
  metric: z.enum(METRICS).optional().describe('What the figure measures'),
  label: z.string().trim().min(1).max(120).optional().describe('Open metric name, e.g. a table row label ("capital expenditure", "net sales", "total assets"); synonyms are normalised'),
  period: z.string().trim().min(1).optional().describe('"2024", "Q4 2024", "2025-2027", "2024年第四季度"'),
  periodFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional().describe('Alternative to period: first day'),
  periodTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional().describe('Alternative to period: last day'),
  query: z.string().trim().min(1).max(300).optional().describe('Free text matched against the sentence that states each fact'),
  docId: z.string().trim().min(1).optional(),
  k: z.number().int().min(1).max(50).default(10),
});
export type LookupFactsInput = z.input<typeof lookupFactsInput>;

export interface FactConflict {
  entity: string | null;
  metric: string;
  period: string | null;
  /** Fact ids with different values for the same entity, metric and period, newest report first. */
  factIds: string[];
}

export interface LookupFactsResult {
  facts: (Fact & { publisher: string | null; title: string; score: number })[];
  conflicts: FactConflict[];
}

function conflictsAmong(facts: Fact[]): FactConflict[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!fact.period.from || fact.metric === 'other') continue;
    const key = `${fact.entity ?? (fact.table ? fact.entityName : null)}|${fact.label ?? ''}|${fact.metric}|${fact.period.from}|${fact.period.to}|${fact.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const conflicts: FactConflict[] = [];
  for (const group of groups.values()) {
    // Distinct figures as written-and-normalised values: linear, even when many reports agree.
    const distinct = new Set(group.map((fact) => `${fact.value}|${fact.high ?? ''}|${fact.currency ?? ''}`));
    if (distinct.size < 2) continue;
    const ordered = [...group].sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? ''));
    conflicts.push({ entity: group[0]!.entity, metric: group[0]!.metric, period: group[0]!.period.text, factIds: ordered.map((fact) => fact.id) });
  }
  return conflicts;
}

interface QuoteTerms {
  /** Each fact sentence's distinct terms, tokenized once per index. */
  terms: Map<string, Set<string>>;
  /** How rare each term is among the sentences, so "international" outweighs "revenue". */
  weights: Map<string, number>;
}
const quoteTermsCache = new WeakMap<object, QuoteTerms>();

function quoteTermsFor(index: OpenIndex): QuoteTerms {
  let cached = quoteTermsCache.get(index.snapshot);
  if (!cached) {
    const terms = new Map<string, Set<string>>();
    for (const fact of index.snapshot.facts) if (!terms.has(fact.quote)) terms.set(fact.quote, new Set(index.tokenizer.terms(fact.quote)));
    const frequency = new Map<string, number>();
    for (const set of terms.values()) for (const term of set) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    cached = { terms, weights: new Map([...frequency].map(([term, count]) => [term, Math.log(1 + terms.size / count)])) };
    quoteTermsCache.set(index.snapshot, cached);
  }
  return cached;
}

const entityNameTerms = new WeakMap<object, Map<string, string[]>>();

/** The terms of a fact's entity name, tokenized once per index. */
function namedTerms(index: OpenIndex, name: string): string[] {
  let cache = entityNameTerms.get(index.snapshot);
  if (!cache) entityNameTerms.set(index.snapshot, (cache = new Map()));
  let terms = cache.get(name);
  if (!terms) cache.set(name, (terms = [...new Set(index.tokenizer.terms(name).filter((term) => !/^\d+$/.test(term)))]));
  return terms;
}

const entityNameIds = new WeakMap<object, Map<string, string[]>>();

/** The alias-table entities a fact's entity name mentions, found once per index. */
function namedIds(index: OpenIndex, name: string): string[] {
  let cache = entityNameIds.get(index.snapshot);
  if (!cache) entityNameIds.set(index.snapshot, (cache = new Map()));
  let ids = cache.get(name);
  if (!ids) cache.set(name, (ids = index.aliases.ids(name)));
  return ids;
}

const GENERIC_NAME_WORDS = 'Inc Incorporated Corp Corporation Company Co Ltd Limited LLC plc Group Holdings The and of AG SE';
const companyTermsCache = new WeakMap<object, Map<string, string[]>>();

/** Each table company's distinctive terms ("quarri", "peak" for "Quarry Peak Mining Ltd."), once per index. */
function tableCompanies(index: OpenIndex): Map<string, string[]> {
  let cached = companyTermsCache.get(index.snapshot);
  if (!cached) {
    const generic = new Set(index.tokenizer.terms(GENERIC_NAME_WORDS));
    cached = new Map();
    for (const fact of index.snapshot.facts) {
      if (fact.table && fact.entityName && !cached.has(fact.entityName)) cached.set(fact.entityName, namedTerms(index, fact.entityName).filter((term) => !generic.has(term) && !term.startsWith('@')));
    }
    companyTermsCache.set(index.snapshot, cached);
  }
  return cached;
}

/** The table companies a query names by a distinctive word of theirs: another company's table then does not answer it. */
function companiesNamed(index: OpenIndex, queryTerms: Set<string>): Set<string> {
  return new Set([...tableCompanies(index)].filter(([, terms]) => terms.some((term) => queryTerms.has(term))).map(([name]) => name));
}

export function lookupFacts(index: OpenIndex, rawInput: LookupFactsInput): LookupFactsResult {
  const input = parseToolInput(lookupFactsInput, rawInput);
  const { documents } = snapshotLookups(index.snapshot);
  if (input.docId && !documents.has(input.docId)) throw new BaogaoError('not_found', { message: `No report with docId "${input.docId}"`, field: 'docId' });
  const entityIds = input.entity ? withDescendants(index.aliases, resolveEntity(index.aliases, input.entity)) : undefined;
  const period = input.period ? parsePeriodQuery(input.period)
    : input.periodFrom || input.periodTo ? { text: null, from: input.periodFrom ?? '0000-01-01', to: input.periodTo ?? '9999-12-31' } : undefined;
  if (input.period && !period) throw new BaogaoError('invalid_input', { message: `Cannot read period "${input.period}"; use e.g. 2024, Q4 2024 or 2025-2027`, field: 'period' });
  const queryTerms = new Set(input.query ? index.tokenizer.terms(input.query) : []);
  const hintedMetrics = new Set(input.query ? metricsNamedIn(input.query) : []);
  const label = input.label ? normaliseLabel(input.label).label : undefined;

  const askedCompanies = queryTerms.size ? companiesNamed(index, queryTerms) : new Set<string>();
  const candidates = factCandidates(index, quoteTermsFor(index).terms, { entityIds, metric: input.metric, label, docId: input.docId, queryTerms });
  const scored = candidates.flatMap((fact) => {
    if (fact.table && askedCompanies.size && !askedCompanies.has(fact.entityName ?? '')) return [];
    if (input.docId && fact.docId !== input.docId) return [];
    // A table cell belongs to its document's company: the entity asked about must be the one it names.
    if (entityIds && !(fact.entity && entityIds.has(fact.entity)) && !(fact.table && fact.entityName && namedIds(index, fact.entityName).some((id) => entityIds.has(id)))) return [];
    if (input.metric && fact.metric !== input.metric) return [];
    if (label && fact.label !== label) return [];
    if (period && !periodsOverlap(fact.period, period)) return [];
    let score = 1;
    if (queryTerms.size) {
      const { terms, weights } = quoteTermsFor(index);
      // With a label asked for, the label's own words say nothing more: every candidate has them (as some synonym).
      let shared = 0;
      let weight = 0;
      for (const term of terms.get(fact.quote)!) {
        if (!queryTerms.has(term) || (label && namedTerms(index, fact.label ?? label).includes(term))) continue;
        shared++;
        weight += weights.get(term) ?? 1;
      }
      if (shared === 0 && !entityIds && !input.metric && !label) return [];
      score += weight / 2;
      // A table cell's row says what it is, not whose: the company is the one its document is about.
      if (fact.table && fact.entityName) score += 2 * Math.min(2, namedTerms(index, fact.entityName).filter((term) => queryTerms.has(term)).length);
    }
    if (entityIds && fact.entity === [...entityIds][0]) score += 1;
    if (fact.metric !== 'other') score += 0.5;
    if (hintedMetrics.has(fact.metric)) score += 2;
    if (fact.disputed) score -= 0.5;
    return [{ fact, score }];
  });
  scored.sort((a, b) => b.score - a.score || (b.fact.asOf ?? '').localeCompare(a.fact.asOf ?? '') || a.fact.id.localeCompare(b.fact.id));
  // Only the facts returned are copied with their report's name: an entity's lookup may weigh thousands.
  const facts = scored.slice(0, input.k).map(({ fact, score }) => {
    const document = documents.get(fact.docId);
    return { ...fact, publisher: document?.publisher ?? null, title: document?.title ?? fact.docId, score };
  });
  return { facts, conflicts: conflictsAmong(scored.map(({ fact }) => fact)) };
}
