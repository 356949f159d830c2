/** @module "How much of W was P?", "W里有多少是P?": the part a question asks about, in its own words. */

/** "How much of its investment was provided as cloud credits?", "8亿美元中有多少是云计算额度?": the part's own words. */
const PART_OF_WHOLE: RegExp[] = [
  // "… will go to buying domestic chips", "… would be spent on GPUs": a share of a plan is asked in the future too.
  /\bhow (?:much|many) of\b[^?]*?\b(?:(?:will|would|is going to|are going to) (?:go|be)|was|were|is|are|came|comes|went|goes)\b\s*(?:provided|paid|given|spent|made|delivered|allocated|offered|used)?\s*(?:as|in|through|via|for|on|from|to|toward|towards|into)?\s*([^?]+)\??\s*$/i,
  // "Of Alibaba's 380 billion yuan plan, how much will go to domestic chips?": the whole named first.
  /^\s*of\b[^,?]+,\s*how (?:much|many)\b[^?]*?\b(?:go|goes|went|was|were|is|are|be)\b\s*(?:spent|used|allocated|provided|paid|given)?\s*(?:to|toward|towards|into|on|for|as|in)\s+([^?]+)\??\s*$/i,
  /(?:中|里|当中)[,，]?\s*(?:有)?多少(?:其实|实际上|实际)?(?:会|将|要)?(?:是|为|以|用于|用来|用在|花在|投向|投入到?|来自|属于)([^?？]+)[?？]?\s*$/,
];

/** The part a "how much of W was P" question asks about ("cloud credits"), in the question's words; undefined when it asks none. */
export function partAsked(text: string): string | undefined {
  for (const pattern of PART_OF_WHOLE) {
    const words = text.match(pattern)?.[1]?.trim();
    if (words) return words;
  }
  return undefined;
}
