/**
 * @module What a question says beside what it asks: where the asker read it ("according to the cloud competition article")
 * and time counted from the conversation ("a couple of months later"). A passage need not repeat either. Data, in a leaf
 * module so the sentence pool and the asked-fit check share it.
 */

/** Numbers an offset is counted in, as words ("seven months later", "十天后"). */
const OFFSET_COUNT_EN = 'a couple of|a few|several|some|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+';

/**
 * Time counted from the conversation's last event ("a couple of months later", "two years earlier", "几个月后", "十天后"): the
 * passage dates its act by the calendar, never by the asker's offset. ("year on year" is a rate, not an offset.)
 */
export const RELATIVE_OFFSET = new RegExp(
  `\\b(?:(?:${OFFSET_COUNT_EN})\\s+)?(?:days?|weeks?|months?|quarters?|years?)\\s+(?:later|earlier|afterwards?|on(?!\\s+(?:year|quarter|month)s?\\b))\\b`
  + '|(?:几|[一两二三四五六七八九十]+|半)?个?(?:天|周|月|季度|年)(?:以?后|之后|以?前|之前)',
  'gi',
);

/**
 * Where the asker read it, not what they ask: "according to the cloud competition article", "in the October 2025 piece",
 * "per the later Caixin story", "在那篇2023年的文章里". Only nouns that name a piece of writing: "the new Yuanbao feature" is
 * asked about. Data: extend the nouns for new sources.
 */
export const SOURCE_REFERENCE = /,?\s*\b(?:according to|per|in|from|based on|as told in|as reported in|says|said)\s+(?:the|that|this|an?)\s+(?:[\w'’&.-]+\s+){0,5}?(?:article|piece|report|story|analysis|write-?up|coverage)\b|(?:据|根据|按照?|在)?(?:那篇|这篇|该篇|该文|该份|那份|这份)[^，,。？?]{0,20}?(?:文章|报道|报告|分析)(?:里|中|称|说|的说法)?[,，]?/gi;

/** A financial statement named as the source says which period and measure are asked ("in the Q4 2024 earnings report"). */
const STATEMENT_SOURCE = /\bquarter|\bQ[1-4]\b|\bfiscal|\bearnings|\bfinancial(?!\s+times)|\bannual|\b10-?[KQ]\b|\bfiling|季度|财报|年报|业绩/i;

/** The question without where the asker read it, unless that names a financial statement. */
export function withoutSourceReference(question: string): string {
  return question.replace(SOURCE_REFERENCE, (found) => (STATEMENT_SOURCE.test(found) ? found : ' '));
}

/** The question without its asides: the source it was read in and time counted from the conversation. */
export function withoutAsides(question: string): string {
  return withoutSourceReference(question).replace(RELATIVE_OFFSET, ' ');
}
