/** @module Which company in a deal is its other party: "invest … in Anthropic", "向Anthropic投资", "acquired Kaola". */

/** Words right before a company's name that make it the other party of the figure, not its owner (English, Chinese). */
const PARTY_BEFORE = new RegExp(`(?:\\b(?:${['in', 'into', 'to', 'for', 'from', 'with', 'acquire', 'acquired', 'acquiring', 'buy', 'bought', 'buying', 'purchase', 'purchased', 'back', 'backed', 'fund', 'funded'].join('|')})\\s+(?:the\\s+)?|${['对', '向', '给', '收购', '买下', '入股'].join('|')})\\s*$`, 'i');

/** Whether the company named at `index` is the other party of a deal ("invest in Anthropic", "向Anthropic投资"), not a figure's owner. */
export function isOtherParty(text: string, index: number): boolean {
  return PARTY_BEFORE.test(text.slice(Math.max(0, index - 16), index));
}
