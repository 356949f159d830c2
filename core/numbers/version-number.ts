/** @module A decimal number that names a version ("Ernie 4.0", "HPN 7.0", "the ERNIE large model 4.5 series"), not a quantity. */
import type { Quantity } from './quantity.js';

/** After a name or a model word, or before "series"/"version"/"model", a bare decimal is a version. */
export function isVersionNumber(text: string, quantity: Pick<Quantity, 'index' | 'text' | 'scale' | 'currency'>): boolean {
  if (quantity.scale || quantity.currency || !quantity.text.includes('.')) return false;
  return /(?:[A-Z][\w-]*|\bmodels?|\bversion|模型|版本)\s*$/.test(text.slice(0, quantity.index)) || /^\s*(?:(?:series|version|model)\b|系列|版)/i.test(text.slice(quantity.index + quantity.text.length));
}
