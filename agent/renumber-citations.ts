/** @module Citations numbered in the order the answer first uses them; unused ones dropped. */
import type { AnswerCalculation, Citation } from '../core/index.js';

export function renumberCitations(answer: string, citations: Citation[], calculations: AnswerCalculation[] = []): { answer: string; citations: Citation[]; calculations: AnswerCalculation[] } {
  const order: number[] = [];
  for (const match of answer.matchAll(/\[(\d+)\]/g)) {
    const n = Number(match[1]);
    if (!order.includes(n) && citations.some((citation) => citation.n === n)) order.push(n);
  }
  const mapping = new Map(order.map((old, i) => [old, i + 1]));
  const text = answer.replace(/\[(\d+)\]/g, (marker, n: string) => (mapping.has(Number(n)) ? `[${mapping.get(Number(n))}]` : ''))
    .replace(/(\[\d+\])(?:\1)+/g, '$1').replace(/ +([.,;。])/g, '$1').replace(/ {2,}/g, ' ').trim();
  const renumbered = order.map((old) => ({ ...citations.find((citation) => citation.n === old)!, n: mapping.get(old)! }));
  return { answer: text, citations: renumbered, calculations: withCitationsMapped(calculations, mapping) };
}

/** Calculations whose operand and rate citations follow `mapping` (old number → new); a citation it lacks is dropped. */
export function withCitationsMapped(calculations: AnswerCalculation[], mapping: ReadonlyMap<number, number>): AnswerCalculation[] {
  const remap = (n: number | undefined) => (n !== undefined ? mapping.get(n) : undefined);
  return calculations.map((calculation) => ({
    ...calculation,
    operands: calculation.operands.map(({ citation, ...operand }) => ({ ...operand, ...(remap(citation) ? { citation: remap(citation)! } : {}) })),
    ...(calculation.rate ? { rate: (({ citation, ...rate }) => ({ ...rate, ...(remap(citation) ? { citation: remap(citation)! } : {}) }))(calculation.rate) } : {}),
  }));
}
