/**
 * @module A company's family for the checks that ask "is this one of the companies asked?": the company with its
 * parent, so a unit counts as its company ("Tencent Cloud" is Tencent's) and a company as any of its units asked.
 */
import type { AliasTable } from '../../index/index.js';

/** An id with its parent (a unit with its company); an id with no parent is its own family. */
export function familyOf(id: string, aliases: AliasTable): string[] {
  return [id, aliases.get(id)?.parent].filter((member): member is string => Boolean(member));
}

/** The test "one of the asked companies, their parents or their units", built once per list asked. */
export function kinOf(asked: readonly string[], aliases: AliasTable): (id: string) => boolean {
  const kin = new Set(asked.flatMap((id) => familyOf(id, aliases)));
  return (id) => familyOf(id, aliases).some((member) => kin.has(member));
}

/** The entities an id counts as: its parent, the parent's parent … (T-Head → Alibaba; Qianfan → Baidu Intelligent Cloud → Baidu). */
export function ancestorsOf(id: string, aliases: Pick<AliasTable, 'get'>): string[] {
  const chain: string[] = [];
  let parent = aliases.get(id)?.parent;
  while (parent && !chain.includes(parent)) {
    chain.push(parent);
    parent = aliases.get(parent)?.parent;
  }
  return chain;
}
