/**
 * @module The relations a who-question may ask a party to ("Who led X's round?", "Which firm acquired X?", "谁投资了X?"),
 * as data: the question's words and the passage's words for each, English and Chinese. What the passage says is read
 * by `relation-party.ts`; the answer type a party question wants is read here too (answer-type.ts), so this module
 * imports nothing of ours.
 */

export interface PartyRelation {
  id: 'lead-investor' | 'investor' | 'acquirer' | 'partner' | 'co-founder';
  /** The relation asked, in a who-question (English, Chinese). */
  asked: { en: RegExp; zh: RegExp };
  /** English: the verb with the party before it ("Alibaba led", "Alibaba and Tencent have invested in"). */
  active: RegExp;
  /** English: the verb with the party after "by" ("led by Alibaba Cloud", "backed by Tencent"). */
  passive: RegExp;
  /** Chinese: the verb with the party before it ("阿里云领投", "阿里巴巴投资了") and after 由/被/获 ("由阿里云领投"). */
  zhActive: RegExp;
  zhPassive: RegExp;
}

/** Ordered most specific first: "led the round" is asked before "invested". */
export const PARTY_RELATIONS: readonly PartyRelation[] = [
  {
    id: 'lead-investor',
    // A round named by its series ("Who led X's Series A?") is a round.
    asked: { en: /\b(?:led|leads?|headed|anchored)\b[^?]*\b(?:round|funding|financing|raise|investment|series\s+[a-e]\+?)(?![\w+])/i, zh: /领投/ },
    active: /^\s*(?:led|leads|headed|anchored)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w$.,~-]+\s+){0,5}?(?:round|funding|financing|investment)\b/i,
    // "funding led by Alibaba Cloud", not "a team led by Wu Yonghui" (who heads something is person-roles.ts).
    passive: /\b(?:round|funding|financing|investment)\s+(?:(?:was|is|were)\s+)?(?:led|headed|anchored)\s+by\s+$/i,
    zhActive: /^(?:领投|牵头)/, zhPassive: /由\s*$/,
  },
  {
    id: 'investor',
    asked: { en: /\b(?:invest(?:ed|s)?\s+in|back(?:ed|s)?|fund(?:ed|s)?|financ(?:ed|es)|bankroll(?:ed|s)?|took a stake in)\b/i, zh: /投资了?|投了|入股|注资|参股/ },
    active: /^\s*(?:(?:has|have|had|also|both|jointly|recently|successively|reportedly|previously|once|already)\s+)*(?:invest(?:ed|s)?\b(?:\s+[\w$.,~-]+){0,8}?\s+in\b|invest(?:ed|s)?(?=\s*(?:[.,;]|$))|back(?:ed|s)\b|fund(?:ed|s)\b|financ(?:ed|es)\b|(?:took|acquired|bought) a (?:[\w%-]+\s+)?stake in\b)/i,
    passive: /\b(?:backed|funded|financed|invested in)\s+by\s+$/i,
    zhActive: /^(?:也|还|先后|分别|均|都|曾)?(?:投资了?|投了|入股|注资|参股)/, zhPassive: /(?:获得?了?|获)\s*$/,
  },
  {
    id: 'acquirer',
    asked: { en: /\b(?:acquir(?:e|ed|es)|bought|buy|took over|purchased)\b/i, zh: /收购|买下|并购/ },
    active: /^\s*(?:(?:has|have|had|also|later|then|eventually)\s+)*(?:acquired|bought|purchased|took over)\b/i,
    passive: /\b(?:acquired|bought|purchased|taken over)\s+by\s+$/i,
    zhActive: /^(?:已|曾)?(?:收购了?|并购了?|买下了?)/, zhPassive: /被\s*$/,
  },
  {
    id: 'partner',
    asked: { en: /\b(?:partner(?:ed|s)?|team(?:ed|s)? up|cooperat(?:e|ed|es)|work(?:ed|s)?)\s+with\b/i, zh: /合作/ },
    active: /^\s*(?:(?:has|have|had|also|recently|jointly)\s+)*(?:partnered|teamed up|cooperated|worked)\s+with\b/i,
    passive: /\b(?:partnered|teamed up|in partnership|cooperat\w*|partnership)\s+with\s+$/i,
    zhActive: /^(?:达成)?合作/, zhPassive: /(?:与|和|同)\s*$/,
  },
  {
    // "Which carmaker did Alibaba set up Zebra Network with?", "斑马网络是阿里和哪家车企一起发起的?": the other founder.
    id: 'co-founder',
    asked: { en: /\b(?:set up|found(?:ed)?|co-found(?:ed)?|establish(?:ed)?|form(?:ed)?|launch(?:ed)?|initiated?|start(?:ed)?|build|built)\b[^?]*\bwith\s*\??\s*$/i, zh: /(?:一起|共同|联合)(?:发起|成立|创办|创立|设立|组建|建)|合资(?:成立|设立)/ },
    active: /^\s*(?:(?:have|has|had|also)\s+)*jointly\s+(?:initiate[ds]?|establish(?:ed|es)?|found(?:ed|s)?|set up|form(?:ed|s)?|create[ds]?|buil[dt]s?)\b/i,
    passive: /\b(?:jointly|co-)\s*(?:initiated|established|founded|set up|formed|created)\s+by\s+$/i,
    zhActive: /^(?:共同|联合|一起)(?:发起|成立|创办|创立|设立|组建)/, zhPassive: /由\s*$/,
  },
];

/** A who-question, or one that asks which company / investor did it ("Which firm acquired …", "哪家公司收购了 …"). */
const ASKS_PARTY = /^\s*(?:and\s+)?(?:who|which\s+(?:company|firm|investor|fund|group|giant|backer|party|institution|organi[sz]ation|carmaker|automaker|partner))\b|谁|哪家|哪个(?:公司|机构|投资方)|哪一家/i;

/** The relation a question asks the party to, or undefined when it asks no party to a relation. */
export function askedPartyRelation(question: string): PartyRelation | undefined {
  if (!ASKS_PARTY.test(question)) return undefined;
  const zh = /\p{Script=Han}/u.test(question);
  // "Who did Alibaba invest in?" asks the other side: the party asked is the object, not the subject.
  const relation = PARTY_RELATIONS.find((candidate) => (zh ? candidate.asked.zh : candidate.asked.en).test(question));
  // ("Which carmaker did Alibaba set up Zebra Network with?" asks the one beside the subject: a founder as much as it.)
  if (!zh && relation?.id !== 'co-founder' && /^\s*(?:[Aa]nd\s+)?(?:[Ww]ho|[Ww]hom|[Ww]hich\s+\w+)\s+(?:(?:did|does|do)\s+\S|(?:has|have|had)\s+[A-Z])/.test(question)) return undefined;
  if (!relation || !zh) return relation;
  // "腾讯投资了哪家芯片公司?" asks the one invested in: the party is asked only before its verb ("谁投资了…") or after 被/由 ("由谁领投").
  const asked = question.search(/谁|哪家|哪个(?:公司|机构|投资方)|哪一家/);
  const verb = question.search(relation.asked.zh);
  return asked < verb || /[被由]\s*(?:谁|哪)/.test(question) ? relation : undefined;
}

/** Two-word ways of saying "partner" ("team up", "join forces", "tie up"), one source for the asked check and the fit's rewording. */
export const PARTNERING_PHRASES = String.raw`team(?:s|ed|ing)? up|join(?:s|ed|ing)? forces|tie(?:s|d)? up|tying up`;

/**
 * "Who did Tencent team up with to build …?" asks "with whom": the party on the other side of a partnership, most often a
 * company or a place, never only a person ("Who did Alibaba hire to work with …" asks the hire). Data: extend the verbs.
 */
export const PARTNER_ASKED = new RegExp(String.raw`^\s*(?:and\s+)?whom?\s+(?:did|does|do|has|have|had|will|would)\s+(?:(?!to\b)[^?\s]+\s+){1,6}?(?:partner(?:s|ed|ing)?|collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)|work(?:s|ed|ing)?|ally|allied|${PARTNERING_PHRASES})\s+with\b`, 'i');

/** The words for what a source is asked of: numbers, figures, data, estimates (English, Chinese). */
const DATA_NOUN = String.raw`(?:numbers?|figures?|data|statistics|stats|estimates?|forecasts?|projections?|claims?)`;
const DATA_NOUN_ZH = '(?:数据|数字|统计|比例|占比|估计|预测|说法)';
/** Questions that ask where a figure or claim comes from, English and Chinese. Data. */
const ASKS_SOURCE = [
  new RegExp(String.raw`\bwhere\s+(?:do|does|did)\s+(?:the\s+|these\s+|those\s+|that\s+|this\s+)?(?:[\w'’-]+\s+){0,8}?${DATA_NOUN}\b[^?]*\bcome from\b`, 'i'),
  // "the source of Alibaba Cloud's revenue growth" is where the money comes from, not who reported it.
  /\b(?:what|which)(?:'s| is| was)?\s+(?:the\s+)?sources?\s+(?:of|for|behind)\b(?!\s+(?:(?:the|its|their|[A-Z][\w'’]*)\s+){0,3}(?:revenue|income|funding|growth|profits?|capital|cash|financing|money)\b)/i,
  /\baccording to (?:whom|who|which)\b/i,
  new RegExp(String.raw`\bwho\s+(?:compiled|tallied|estimated|forecast|projected)\b|\bwho\s+(?:collected|counted|produced|published|provided|came up with)\b[^?]*\b${DATA_NOUN}\b`, 'i'),
  // "Which firm compiled the figures …" (not "Which company published the Qwen3 model?": a source is of data).
  new RegExp(String.raw`\bwhich\s+(?:[\w-]+\s+){0,2}?(?:firm|company|provider|agency|institution|organi[sz]ation|outlet|source)\b[^?]*\b(?:compiled|tallied|collected|counted|estimated|forecast|projected|produced|published|provided|is behind|was behind|came up with)\b[^?]*\b${DATA_NOUN}\b`, 'i'),
  // "数据出自哪家机构", "占比数据是哪家机构统计的", "数据来源是哪里": always of data, never "什么时候发布的" or "收入来源".
  new RegExp(`${DATA_NOUN_ZH}[^?？]{0,6}(?:出自|来自|源自|来源)|${DATA_NOUN_ZH}[^?？]{0,12}(?:哪家|哪个|什么)(?:机构|公司|媒体|平台|数据商)[^?？]{0,4}(?:统计|提供|发布|估计|预测)的|${DATA_NOUN_ZH}[^?？]{0,12}谁(?:统计|提供|发布|估计)的|(?:出自|来自|源自)哪(?:家|个|里)`),
];

export function asksSource(question: string): boolean {
  return ASKS_SOURCE.some((pattern) => pattern.test(question));
}
