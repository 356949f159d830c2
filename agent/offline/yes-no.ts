/**
 * @module Yes/no questions: whether a passage that states every word of the question settles it as "yes"
 * (said plainly, without negation, and not as a plan, rumour or possibility), and how a settled answer opens
 * ("Yes — …", "是的,…"). A passage that negates or only reports an intention settles nothing here: it is
 * left to the hedged form, so a "no" is never guessed from a missing word.
 */

/** Words that negate or deny what the sentence says. Data: extend per language. */
const NEGATION = /\b(?:not|no|never|neither|nor|without|denied|denies|deny|refused|failed|cannot|unable)\b|n['’]t\b|未|没有|没|并非|不是|不会|否认|拒绝|尚未/i;

/** Words that report an intention, a rumour or a possibility rather than what happened. Data. */
const UNSETTLED = /\b(?:plans? to|planning to|planned to|intends? to|may|might|could|reportedly|rumou?r(?:s|ed)?|speculat\w*|is expected to|are expected to|considering|in talks)\b|the news that|计划|拟|传闻|据传|或将|可能|考虑/i;

/** Whether the sentence states what it says as having happened (or holding), not negated and not as an intention. */
export function statesAffirmatively(sentence: string): boolean {
  return !NEGATION.test(sentence) && !UNSETTLED.test(sentence);
}

/** The answer's opening sentence with "Yes —" before it, in the asker's language. */
export function withYes(opening: string, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return `是的,${opening.replace(/^报告的说法是[::]\s*/, '')}`;
  const first = opening.match(/^[A-Z][a-z]+\b/)?.[0];
  // "According to …" reads as a clause after the dash; a name keeps its capital.
  const lowered = first && /^(?:According|The|They|It|This|These)$/.test(first) ? first.toLowerCase() + opening.slice(first.length) : opening;
  return `Yes — ${lowered}`;
}
