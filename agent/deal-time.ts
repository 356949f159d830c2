/**
 * @module "What market share did it have before the deal?", "What happened to Kaola after Alibaba bought it?",
 * "它被收购前的市场份额是多少?": a time told by a deal the
 * conversation just named. It points back at the thing bought (the buyer is not what stood "before the deal"), and it
 * is no word a passage must repeat: the report dates the fact by the calendar ("in the first half of 2019").
 */

/** The phrase dating a question by the deal. Data: extend for new phrasings. */
export const AROUND_THE_DEAL = /\b(?:before|after|prior to|since|until)\s+(?:the|that|this)\s+(?:deal|acquisition|purchase|takeover|buyout|investment)\b|(?:被收购|被买下|收购|交易|被投资)(?:之?前|之?后|以前|以后)/i;

/**
 * "… after Alibaba bought it": the deal told as a clause. It too dates a question about what became of the thing bought,
 * but a premise may rest on it ("Did Unitree only become profitable after Alibaba invested in it?"), so it is set
 * aside only where what became of it is asked.
 */
export const AFTER_THE_BUYER_ACTED = /\b(?:before|after|since|until|once)\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:bought|acquired|purchased|took over|invested in|backed)\s+(?:it|them)\b/i;
