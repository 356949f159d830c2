/**
 * @module "How did Alibaba's international business do in Q4 2024?", "阿里国际业务2024年第四季度表现如何?": how a business
 * did over a period asks for its results, which the reports give as revenue and its growth. Reworded before the
 * question is read ("What were Alibaba's international business's revenue and growth in Q4 2024?"), every later step
 * reads the figures asked. Only with a period named (or "financially"): "How did Kaola do after Alibaba bought it?" asks
 * for a story, not a figure. Data: extend the verbs per collection, never per question.
 */
import { findPeriods } from '../core/index.js';

/** "How did X do/perform/fare <period>?" (X is everything between the auxiliary and the verb). */
const HOW_DID_EN = /^\s*(?:(?:and|so)\s+)?how\s+(did|does|do|has|have|is|are|was|were)\s+(.+?)\s+(?:been\s+)?(?:do|doing|done|perform|performing|performed|fare|faring|fared)\b(?!\s+(?:it|that|this|so|with|to)\b)(.*?)\s*[?.]?\s*$/i;

/** "表现如何", "业绩怎么样", "经营情况如何": the results of a business asked in Chinese. */
const HOW_DID_ZH = /^(.+?)(?:的)?(?:表现|业绩|经营(?:情况|状况)|成绩单?)(?:如何|怎么样|怎样|好不好)[?？]?\s*$/;

/** Whether the words name when ("in Q4 2024", "the December quarter", "last year", "2024年第四季度") or how ("financially"). */
function namesWhenOrFinancially(text: string): boolean {
  return findPeriods(text, null).length > 0 || /\bfinancially\b|财务上/i.test(text);
}

/** What follows the verb when it only says when ("in Q4 2024", "during the December quarter", "last year", "financially"). */
const ONLY_WHEN = /^(?:(?:in|during|for|over|across|through(?:out)?|so far in|financially(?:\s+in)?)\s+)?(.+)$/i;

/**
 * The question reworded to ask for revenue and its growth, or the question as it was. `isBusiness` says whether a
 * phrase names a company or a business unit (not a product, a model, a share price or a ranking).
 */
export function asResults(question: string, isBusiness: (phrase: string) => boolean): string {
  const english = HOW_DID_EN.exec(question);
  if (english && isBusiness(english[2]!) && !/\bstocks?\b|\bshares?\b/i.test(english[2]!)) {
    const subject = english[2]!.trim();
    const rest = english[3]!.trim();
    // "How did Kaola do after Alibaba acquired it in 2019?", "… in the App Store rankings in February 2025?": more than a
    // period after the verb says what was done or where; only "in Q4 2024" or "financially" asks for the results.
    const when = rest.replace(/\bfinancially\b/i, '').trim();
    const onlyWhen = /\bfinancially\b/i.test(rest) ? !when || isPeriodOnly(when) : isPeriodOnly(when);
    if (onlyWhen) {
      const past = /^(?:did|was|were|has|have)$/i.test(english[1]!);
      return `What ${past ? 'were' : 'are'} ${subject}'s revenue and growth${when ? ` ${when}` : ''}?`;
    }
  }
  const chinese = HOW_DID_ZH.exec(question);
  // (Not "元宝在App Store的表现": a place before the results says where, not how the business did.)
  if (chinese && !/在/.test(chinese[1]!) && isBusiness(chinese[1]!) && namesWhenOrFinancially(chinese[1]!)) return `${chinese[1]!.replace(/的$/, '')}的营收和增长是多少?`;
  return question;
}

/** The words are one period phrase and nothing else ("in Q4 2024", "the December quarter", "last year"). */
function isPeriodOnly(words: string): boolean {
  const phrase = ONLY_WHEN.exec(words.trim())?.[1] ?? '';
  const [found] = findPeriods(phrase, null);
  return Boolean(found) && phrase.replace(found!.text!, '').replace(/^(?:the|of)\s+|\s+(?:the|of)$/gi, '').trim() === '';
}
