/** @module Whether a fact's paragraph names a company: a sentence that says "that investment" leans on the one before it. */
import type { PlannerContext } from './planner-context.js';

const named = new WeakMap<object, Map<string, Set<string>>>();

/** Whether the paragraph (its text or its original) names the entity `id`; memoised per alias table. */
export function paragraphNames(paragraphId: string, id: string, context: Pick<PlannerContext, 'paragraphs' | 'aliases'>): boolean {
  let cache = named.get(context.aliases);
  if (!cache) named.set(context.aliases, (cache = new Map()));
  let ids = cache.get(paragraphId);
  if (!ids) {
    const paragraph = context.paragraphs.get(paragraphId);
    ids = new Set(paragraph ? context.aliases.ids(`${paragraph.text}\n${paragraph.original ?? ''}`) : []);
    cache.set(paragraphId, ids);
  }
  return ids.has(id);
}
