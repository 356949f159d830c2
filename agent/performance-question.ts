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

/** The question reworded to ask for revenue and its growth, or the question as it was. */
export function asResults(question: string): string {
  const english = HOW_DID_EN.exec(question);
  // "How did Kaola do after Alibaba acquired it in 2019?": the year dates another act; what followed it is a story.
  if (english && !/^\s*(?:after|since|following|when|once|before|until|under)\b/i.test(english[3]!) && namesWhenOrFinancially(`${english[2]} ${english[3]}`)) {
    const subject = english[2]!.trim();
    const rest = english[3]!.replace(/\bfinancially\b/i, '').trim();
    const past = /^(?:did|was|were|has|have)$/i.test(english[1]!);
    return `What ${past ? 'were' : 'are'} ${subject}'s revenue and growth${rest ? ` ${rest}` : ''}?`;
  }
  const chinese = HOW_DID_ZH.exec(question);
  if (chinese && namesWhenOrFinancially(chinese[1]!)) return `${chinese[1]!.replace(/的$/, '')}的营收和增长是多少?`;
  return question;
}
