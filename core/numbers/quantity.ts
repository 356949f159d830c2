/** @module The Quantity shape every part of Baogao uses for a figure. */
import type { Currency, Qualifier } from './vocabulary.js';

export type QuantityUnit = 'currency' | 'percent' | 'multiple' | 'count' | 'number' | 'year' | 'date';

export interface Quantity {
  /** Exactly as written: a verbatim slice of the source text. */
  text: string;
  /** Offset of `text` in the source. */
  index: number;
  /** Fully scaled exact decimal ("380000000000"); for a range, its low end. */
  value: string;
  /** High end of a range such as "65%-75%". */
  high?: string;
  unit: QuantityUnit;
  currency: Currency | null;
  /** The scale word as written ("billion", "亿"), or null. */
  scale: string | null;
  qualifier: Qualifier | null;
  /** What is counted ("GPUs", "developers") when the unit is a count. */
  item?: string;
}

/** True for figures worth stating as facts or checking in answers: not years, dates or bare small integers. */
export function isMeasure(quantity: Quantity): boolean {
  return quantity.unit !== 'year' && quantity.unit !== 'date' && quantity.unit !== 'number';
}
