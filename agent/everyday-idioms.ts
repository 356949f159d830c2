/**
 * @module Everyday phrasings of an act that the reports state in one word, reworded before a question is read:
 * "Which startups have Alibaba and Tencent put money into?" asks which they "have invested in", and every later
 * step (the terms a passage must state, the relation a list is read by, the words a refusal restates) reads the
 * reports' word. The verb keeps the form its auxiliary asks for. Data: extend per act, never per question.
 */

interface Idiom {
  /** The verb's forms, then the words that make it this act ("money into"). */
  pattern: RegExp;
  /** The reports' verb: base, third person, past/participle, -ing. */
  plain: { base: string; third: string; past: string; ing: string };
  /** The preposition the reports' verb takes. */
  preposition: string;
}

const IDIOMS: Idiom[] = [
  {
    // "put money into", "poured cash into", "sink billions into", "throwing serious money behind".
    pattern: /\b(?<aux>(?:have|has|had|did|do|does|to|will|would|can|could|should|may|might)\s+(?:(?:both|also|all|ever|already|just)\s+)?)?(?<verb>put|puts|putting|pour|pours|poured|pouring|sink|sinks|sank|sunk|sinking|plough|ploughs|ploughed|ploughing|plow|plows|plowed|plowing|throw|throws|threw|thrown|throwing)\s+(?:(?:its|their|his|her|some|serious|real|big|more|the|so much|that much|much)\s+)?(?:money|cash|capital|funds|billions|millions)\s+(?:in|into|behind)\b/gi,
    plain: { base: 'invest', third: 'invests', past: 'invested', ing: 'investing' },
    preposition: 'in',
  },
];

const PARTICIPLE_AUX = /^(?:have|has|had)\b/i;
/** A question's opening auxiliary (after any wh-phrase), with no clause break before the idiom. */
const QUESTION_AUX = /^(?:(?:how much|how|why|when|which|what|who)\s+(?:\w+\s+){0,3}?)?(did|do|does|will|would|can|could|should|have|has|had)\b[^;.?]*$/i;

function formFor(verb: string, aux: string | undefined, plain: Idiom['plain']): string {
  if (/ing$/i.test(verb)) return plain.ing;
  if (aux) return PARTICIPLE_AUX.test(aux) ? plain.past : plain.base;
  if (/^(?:puts|pours|sinks|ploughs|plows|throws)$/i.test(verb)) return plain.third;
  if (/^(?:pour|sink|plough|plow|throw)$/i.test(verb)) return plain.base;
  // "put" with no auxiliary is read as past, as questions about what companies did mostly are.
  return plain.past;
}

/**
 * "How big is Alibaba Cloud's developer base?", "What's the size of Tencent's user base?": the size of a base is the count
 * of what it is made of, which is how the reports give it ("15 million developers"), so it is asked that way.
 */
const BASE_SIZE = new RegExp(`^(\\s*(?:and\\s+)?)(how (?:big|large) is|what(?:['’]s| is) the size of)\\s+(.{2,60}?)['’]s?\\s+(${['user', 'developer', 'customer', 'client', 'subscriber', 'merchant', 'seller', 'advertiser', 'member'].join('|')})s?\\s+base\\b`, 'i');

/** (Only bases made of members counted one by one: "revenue base", "cost base", "asset base" are amounts, left as asked.) */
function asCount(question: string): string {
  return question.replace(BASE_SIZE, (_, lead: string, asked: string, owner: string, item: string) => `${lead}${/^[A-Z]/.test(asked) ? 'H' : 'h'}ow many ${item.toLowerCase()}s does ${owner} have`);
}

/**
 * "on the road to an IPO", "heading toward an IPO", "preparing to go public", "gearing up for a listing": a listing under
 * way, which the reports write "in the process of going public".
 */
// (Not after a verb of starting: "Did Zhipu start preparing for an IPO?" keeps its own words.)
const LISTING_UNDER_WAY = /(?<!\b(?:start|starts|started|begin|began|begun|keep|kept)\s)\b(?:on (?:the|their|its) (?:road|path|way) to|head(?:ing|ed) (?:toward|towards|for)|preparing (?:for|to go)|gearing up (?:for|to go)|moving (?:toward|towards)|working (?:toward|towards))\s+(?:an?\s+)?(?:IPO|listing)\b|\b(?<!\b(?:start|starts|started|begin|began|begun|keep|kept)\s)(?:preparing|gearing up) to go public\b/gi;

function asListingUnderWay(question: string): string {
  return question.replace(LISTING_UNDER_WAY, 'in the process of going public');
}

/** The question with its everyday idioms in the reports' words. */
export function inReportsWords(question: string): string {
  return IDIOMS.reduce((text, idiom) => text.replace(idiom.pattern, (...args) => {
    const groups = args.at(-1) as { aux?: string; verb: string };
    const at = args.at(-3) as number;
    // "Did Alibaba put money into …?": the question's own auxiliary, before its subject, sets the verb's form.
    const inverted = groups.aux ? undefined : QUESTION_AUX.exec(text.slice(0, at))?.[1];
    return `${groups.aux ?? ''}${formFor(groups.verb, groups.aux ?? inverted, idiom.plain)} ${idiom.preposition}`;
  }), asListingUnderWay(asCount(question)));
}
