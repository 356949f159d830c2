/**
 * @module Yes/no questions: whether a passage that states every word of the question settles it as "yes"
 * (said plainly, without negation, and not as a plan, rumour or possibility), and how a settled answer opens
 * ("Yes — …", "是的,…"). A passage that only reports an intention settles nothing here; one that negates settles
 * "no" only when its negation governs a word the question asks ("Is Smart Voice profitable?" — "it has not yet
 * achieved profitability"), so a "no" is never guessed from a missing word.
 */

/** Words that negate or deny what the sentence says. Data: extend per language. */
const NEGATION = /\b(?:not|no|never|neither|nor|without|denied|denies|deny|refused|failed|cannot|unable)\b|n['’]t\b|未|没有|没|并非|不是|不会|否认|拒绝|尚未/i;

/** Words that report an intention, a rumour or a possibility rather than what happened. Data. */
const UNSETTLED = /\b(?:plans? to|planning to|planned to|intends? to|may|might|could|reportedly|rumou?r(?:s|ed)?|speculat\w*|is expected to|are expected to|considering|in talks)\b|the news that|计划|拟|传闻|据传|或将|可能|考虑/i;

/** Whether the sentence states what it says as having happened (or holding), not negated and not as an intention. */
export function statesAffirmatively(sentence: string): boolean {
  // "… is not only advertising on WeChat but also …" affirms twice.
  return !NEGATION.test(sentence.replace(/\bnot (?:only|just|merely)\b/gi, ' ')) && !UNSETTLED.test(sentence);
}

/** "not only", "not just", "no doubt": words that hold the negation word but deny nothing. */
const NOT_DENYING = /^(?:only|just|merely|less|doubt|wonder)\b/i;
/** English negations that deny what follows them. */
const DENYING = /\b(?:not|never|no)\b|n['’]t\b/gi;
/** How many words after a negation it governs ("has not yet achieved profitability"). */
const NEGATION_REACH = 4;

/**
 * Whether the sentence denies one of the asked words: a negation followed, within a few words and the same
 * clause, by a word `asked` accepts. English only; a plan or rumour ("may not") settles nothing.
 */
export function deniesAsked(sentence: string, asked: (word: string) => boolean): boolean {
  if (UNSETTLED.test(sentence)) return false;
  for (const match of sentence.matchAll(DENYING)) {
    const after = sentence.slice(match.index + match[0].length).trimStart();
    if (NOT_DENYING.test(after)) continue;
    // "whether or not …" settles nothing.
    if (/\bwhether\s+or\s*$/i.test(sentence.slice(0, match.index))) continue;
    const clause = after.split(/[,;:.!?()]|\b(?:but|and|while|whereas|although|though)\b/i)[0] ?? '';
    // "did not become profitable until 2024": it did, later.
    if (/\b(?:until|till|before)\b/i.test(clause)) continue;
    const words = clause.match(/[A-Za-z][\w'’-]*/g) ?? [];
    if (words.slice(0, NEGATION_REACH).some(asked)) return true;
  }
  return false;
}

/** The answer's opening sentence with "Yes —" before it, in the asker's language. */
export function withYes(opening: string, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return `是的,${opening.replace(/^报告的说法是[::]\s*/, '')}`;
  const first = opening.match(/^[A-Z][a-z]+\b/)?.[0];
  // "According to …" reads as a clause after the dash; a name keeps its capital.
  const lowered = first && /^(?:According|The|They|It|This|These)$/.test(first) ? first.toLowerCase() + opening.slice(first.length) : opening;
  return `Yes — ${lowered}`;
}

/** The answer's opening sentence with "No —" before it (English; a Chinese answer keeps its own words). */
export function withNo(opening: string, lang: 'en' | 'zh'): string {
  return lang === 'zh' ? opening : withYes(opening, 'en').replace(/^Yes —/, 'No —');
}
