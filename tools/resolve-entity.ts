/** @module A name in either language ("腾讯", "tencent", "Tencent Cloud") to a canonical entity id. */
import { BaogaoError } from '../core/index.js';
import type { AliasTable } from '../index/index.js';

export function resolveEntity(aliases: AliasTable, name: string, field = 'entity'): string {
  const wanted = name.trim().toLowerCase();
  const byId = aliases.get(wanted);
  if (byId) return byId.id;
  const exact = aliases.entries.find((entry) => entry.names.some((alias) => alias.toLowerCase() === wanted));
  if (exact) return exact.id;
  const mentioned = aliases.ids(name)[0];
  if (mentioned) return mentioned;
  throw new BaogaoError('invalid_input', { message: `Unknown entity "${name}". Try a company name such as Alibaba, Tencent, ByteDance, Baidu or 阿里巴巴.`, field });
}

/** The entity and every narrower one under it (Alibaba → Alibaba Cloud, Qwen, Taobao …). */
export function withDescendants(aliases: AliasTable, id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const entry of aliases.entries) {
      if (entry.parent && ids.has(entry.parent) && !ids.has(entry.id)) {
        ids.add(entry.id);
        grew = true;
      }
    }
  }
  return ids;
}
