/**
 * @module The facts that may be about a company: its own, its units' (a subsidiary's figure speaks for its
 * parent), and those whose sentence names it. Indexed once per snapshot, so filling a calculation's operand
 * weighs these instead of every fact in the collection; in snapshot order, so ties fall as they did.
 */
import type { Fact } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';

const built = new WeakMap<object, Map<string, Fact[]>>();

function indexFor(index: OpenIndex): Map<string, Fact[]> {
  let byEntity = built.get(index.snapshot);
  if (!byEntity) {
    byEntity = new Map();
    const namedIn = new Map<string, string[]>();
    for (const fact of index.snapshot.facts) {
      let named = namedIn.get(fact.quote);
      if (!named) namedIn.set(fact.quote, (named = index.aliases.ids(fact.quote)));
      const about = new Set(named);
      if (fact.entity) {
        about.add(fact.entity);
        const parent = index.aliases.get(fact.entity)?.parent;
        if (parent) about.add(parent);
      }
      for (const id of about) {
        const list = byEntity.get(id);
        if (list) list.push(fact);
        else byEntity.set(id, [fact]);
      }
    }
    built.set(index.snapshot, byEntity);
  }
  return byEntity;
}

/** Every fact that is the company's own, its direct unit's, or names it (`aliases.ids` of the sentence). */
export function factsAbout(index: OpenIndex, entityId: string): readonly Fact[] {
  return indexFor(index).get(entityId) ?? [];
}
