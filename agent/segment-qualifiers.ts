/**
 * @module Parts of a company a report gives a figure for — a segment, a business line, a kind of revenue —
 * so that an answer says whose figure it is ("阿里巴巴国际业务", "Alibaba's international segment"), never
 * the whole company's. Data, not rules: one row per part, its English pattern and its words in each language.
 */
import { figureIndex, type Fact } from '../core/index.js';
import type { AliasTable } from '../index/index.js';

interface SegmentQualifier {
  /** How the part is written in a report's sentence (English or Chinese). */
  pattern: RegExp;
  en: string;
  zh: string;
}

const SEGMENTS: SegmentQualifier[] = [
  { pattern: /\binternational (?:segment|business|commerce)\b|国际(?:业务|板块|商业)/i, en: 'international segment', zh: '国际业务' },
  { pattern: /\bcustomer management revenue\b|客户管理收入/i, en: 'customer management business', zh: '客户管理业务' },
  { pattern: /\bpublic cloud (?:segment|business)\b|公共云业务|公有云业务/i, en: 'public cloud business', zh: '公有云业务' },
  { pattern: /\bcloud (?:business|segment|division)\b|云(?:业务|板块)/i, en: 'cloud business', zh: '云业务' },
  { pattern: /\be-commerce (?:business|segment)\b|电商(?:业务|板块)/i, en: 'e-commerce business', zh: '电商业务' },
  { pattern: /\bnew retail (?:business|segment)\b|新零售业务/i, en: 'new retail business', zh: '新零售业务' },
  { pattern: /\bexternal cloud customers\b|外部云客户/i, en: 'external cloud customers', zh: '外部云客户' },
];

/**
 * The part of its company a fact's figure belongs to, in the answer's language: a segment named in the
 * sentence before the figure (after the last full clause break), unless the fact's entity already is that part.
 */
export function segmentOf(fact: Fact, aliases: AliasTable, lang: 'en' | 'zh'): string | undefined {
  const at = figureIndex(fact.quote, fact.text);
  if (at < 0 || fact.table) return undefined;
  const before = fact.quote.slice(0, at + fact.text.length);
  const own = new Set((fact.entity ? aliases.get(fact.entity)?.names ?? [] : []).map((name) => name.toLowerCase()));
  // The part named nearest before the figure is the one it belongs to.
  let nearest: { segment: SegmentQualifier; index: number } | undefined;
  for (const segment of SEGMENTS) {
    for (const match of before.matchAll(new RegExp(segment.pattern.source, 'gi'))) {
      if ([...own].some((name) => name.includes(match[0].toLowerCase()))) continue;
      if (!nearest || match.index > nearest.index) nearest = { segment, index: match.index };
    }
  }
  return nearest?.segment[lang];
}
