/** @module The numeric grounding check: every figure in an answer must come from a quote, a fact or a calculation. */
import { isMeasure, parseQuantities, sameAmount, type Comparable, type Quantity } from '../core/index.js';

export interface GroundingSources {
  quotes: string[];
  /** Fact values and calculation results/operands, already as comparable amounts. */
  amounts: Comparable[];
}

export interface GroundingResult {
  grounded: boolean;
  ungroundedNumbers: string[];
}

/** Citation markers, publication dates and paragraph labels are references, not claims. */
function claimsOnly(answer: string): string {
  return answer.replace(/\[\d+\]/g, ' ').replace(/¶\s?\d+/g, ' ').replace(/#p\d+/g, ' ');
}

/** A figure an answer claims and must trace to a source: a measure, or a plain number of 10 or more. */
export function isClaimedFigure(quantity: Quantity): boolean {
  return isMeasure(quantity) || (quantity.unit === 'number' && Number(quantity.value) >= 10);
}

export function checkGrounding(answer: string, sources: GroundingSources): GroundingResult {
  const known: Comparable[] = [...sources.amounts];
  for (const quote of sources.quotes) known.push(...parseQuantities(quote));
  const ungrounded: string[] = [];
  for (const quantity of parseQuantities(claimsOnly(answer))) {
    if (!isClaimedFigure(quantity)) continue;
    // A 0.5% tolerance covers rounding ("36.6 billion" for "36.578 billion"); qualifiers may differ.
    if (!known.some((candidate) => sameAmount(quantity, candidate, 0.005))) {
      ungrounded.push(quantity.text);
    }
  }
  return { grounded: ungrounded.length === 0, ungroundedNumbers: [...new Set(ungrounded)] };
}
