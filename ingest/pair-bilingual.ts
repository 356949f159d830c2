/** @module A Chinese paragraph followed by its English translation becomes one bilingual paragraph. */
import { detectLang, hanShare, type Lang } from '../core/index.js';
import type { Block } from './split-blocks.js';

export interface PairedBlock extends Block {
  lang: Lang;
  original?: string;
}

/** English runs about 1.5 to 12 characters per Han character in these translations. */
function looksLikeTranslation(chinese: string, english: string): boolean {
  const han = chinese.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han === 0) return false;
  const ratio = english.length / han;
  return ratio >= 1.5 && ratio <= 12;
}

export function pairBilingual(blocks: Block[]): { blocks: PairedBlock[]; pairs: number } {
  const paired: PairedBlock[] = [];
  let pairs = 0;
  for (let i = 0; i < blocks.length; i++) {
    const current = blocks[i]!;
    const next = blocks[i + 1];
    const isPair = next !== undefined && next.section === current.section &&
      detectLang(current.text) === 'zh' && hanShare(next.text) < 0.05 && looksLikeTranslation(current.text, next.text);
    if (isPair) {
      paired.push({ ...next, lang: 'en', original: current.text });
      pairs++;
      i++;
    } else {
      paired.push({ ...current, lang: detectLang(current.text) });
    }
  }
  return { blocks: paired, pairs };
}
