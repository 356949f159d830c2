/** @module Language detection for the two languages the reports and users write in. */

export type Lang = 'en' | 'zh';

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /[A-Za-z]/g;

/** Share of Han characters among Han + Latin letters; digits and punctuation do not vote. */
export function hanShare(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  // One Han character carries about as much as a short English word, hence the weight.
  const total = han * 3 + latin;
  return total === 0 ? 0 : (han * 3) / total;
}

export function detectLang(text: string): Lang {
  return hanShare(text) >= 0.3 ? 'zh' : 'en';
}
