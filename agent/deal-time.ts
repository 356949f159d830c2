/**
 * @module "What market share did it have before the deal?", "What happened to Kaola after Alibaba bought it?",
 * "它被收购前的市场份额是多少?": a time told by a deal the conversation just named. It points back at the thing bought
 * (the buyer is not what stood "before the deal"), and it is no word a passage must repeat: the report dates the fact by
 * the calendar ("in the first half of 2019").
 */

/**
 * The phrase dating a question by the deal, ending its clause ("… before the deal?", not "after the deal was announced").
 * Data: extend for new phrasings.
 */
export const AROUND_THE_DEAL = /\b(?:before|after|prior to|since|until)\s+(?:the|that|this)\s+(?:deal|acquisition|purchase|takeover|buyout|investment)(?=\s*(?:[?,.;!？，。；]|$))|(?:被收购|被买下|收购|交易|被投资)(?:之?前(?!景|期|提)|之?后|以前|以后)/i;

/**
 * "… after Alibaba bought it": the deal told as a clause (case-sensitive: a name, not "the company"). It too dates a
 * question about what became of the thing bought, but a premise may rest on it ("Did Unitree only become profitable
 * after Alibaba invested in it?"), so it is set aside only where what became of it is asked.
 */
export const AFTER_THE_BUYER_ACTED = /\b(?:[Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil|[Oo]nce)\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:bought|acquired|purchased|took over|invested in|backed)\s+(?:it|them)\b/;

/** "What happened to …", "What became of …": what became of something is asked. */
export const WHAT_BECAME_OF = /\bwhat (?:has )?(?:happened to|become of|became of)\b/i;
/** The same, or "How did … fare". */
const BECAME_OF = new RegExp(`${WHAT_BECAME_OF.source}|\\bhow (?:did|has) \\S+(?: \\S+)? fared?\\b`, 'i');

/** The question without the time its deal tells (and the space before it), for a passage to be judged on the rest. */
export function withoutDealTime(text: string): string {
  // "What happened to Kaola after Alibaba bought it?" asks what became of Kaola; the clause is its time, not its topic.
  const pattern = BECAME_OF.test(text) ? `${AROUND_THE_DEAL.source}|${AFTER_THE_BUYER_ACTED.source}` : AROUND_THE_DEAL.source;
  return text.replace(new RegExp(`\\s*(?:${pattern})`, 'g'), '').replace(/\s+(?=[?？.!])/g, '');
}
