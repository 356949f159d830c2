/** @module Scores extracted facts against the hand-checked list in test/fixtures/facts-gold.json. */
import { readFileSync } from 'node:fs';
import type { Fact, Paragraph } from '../../core/index.js';

type OneOrMany<T> = T | T[];
interface GoldFact { value: string; metric: OneOrMany<string>; entity: OneOrMany<string | null> }
interface GoldParagraph { doc: string; find: string; facts: GoldFact[] }

export interface FactScore {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  misses: string[];
  extras: string[];
}

const list = <T>(value: OneOrMany<T>): T[] => (Array.isArray(value) ? value : [value]);

export function loadGold(): GoldParagraph[] {
  return (JSON.parse(readFileSync(new URL('../fixtures/facts-gold.json', import.meta.url), 'utf8')) as { paragraphs: GoldParagraph[] }).paragraphs;
}

/** Precision and recall over the annotated paragraphs only (they are annotated exhaustively). */
export function scoreFacts(facts: Fact[], paragraphs: Paragraph[], sourceOf: (docId: string) => string): FactScore {
  const gold = loadGold();
  let matched = 0;
  let extracted = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  for (const annotated of gold) {
    const paragraph = paragraphs.find((p) => sourceOf(p.docId).startsWith(annotated.doc) && p.text.includes(annotated.find));
    if (!paragraph) throw new Error(`gold paragraph not found: ${annotated.doc} ${annotated.find}`);
    const candidates = facts.filter((fact) => fact.paragraphId === paragraph.id);
    extracted += candidates.length;
    const used = new Set<Fact>();
    for (const want of annotated.facts) {
      const hit = candidates.find((fact) => !used.has(fact) && fact.value === want.value && list(want.metric).includes(fact.metric) && list(want.entity).includes(fact.entity));
      if (hit) { used.add(hit); matched++; } else {
        const near = candidates.find((fact) => fact.value === want.value);
        misses.push(`${annotated.doc} ${want.value} ${list(want.metric)[0]}/${list(want.entity)[0]} — got ${near ? `${near.metric}/${near.entity}` : 'nothing'}`);
      }
    }
    for (const fact of candidates) if (!used.has(fact)) extras.push(`${annotated.doc} ${fact.text} ${fact.metric}/${fact.entity}`);
  }
  const total = gold.reduce((sum, p) => sum + p.facts.length, 0);
  return { gold: total, extracted, matched, precision: extracted ? matched / extracted : 0, recall: matched / total, misses, extras };
}
