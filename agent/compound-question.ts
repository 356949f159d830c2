/**
 * @module Two questions asked in one ("How many developers has Alibaba Cloud drawn, and how many models
 * sit on ModelScope?", "淘宝天猫赚了多少钱?占集团收入几成?"): each is answered in turn, the second as a
 * follow-up to the first, and the two answers are said together with one list of citations.
 */
import { parseQuantities, splitSentences, type Answer, type Citation, type Quantity } from '../core/index.js';
import { withCitationsMapped } from './renumber-citations.js';

/** Words that open an English question, after "and" or a question mark. */
const EN_QUESTION = /^(?:how (?:many|much|big|large|long|fast)|(?:from|since|until|till|by) when|what|which|who|whom|when|where|why|how|is|are|was|were|did|does|do|has|have|can|could|will|would)\b/i;
/** Words that make a Chinese clause a question of its own. */
const ZH_QUESTION = /多少|几[个家成倍亿万年月次款块名位]|什么|哪|谁|何时|为什么|为何|怎么|如何|怎样|吗|呢|是否|多大|多高|多久/;

/**
 * A second part that builds on the first's figure ("that total", "其中", "对应的估值"): one question in two steps.
 * A pronoun for the first part's subject ("how much did Alibaba pay for it?") is resolved as a follow-up's is.
 */
const POINTS_BACK = /\bthat (?:total|figure|amount|sum|number|per)\b|\b(?:is|was|does|did) that\b|\b(?:of|among) (?:that|this|those|these|them|which)\b|\b(?:combined|together|in total|altogether)\b|其中|对应|合计|总共|加起来|这个数|这笔|这些钱/i;

/**
 * "…Qwen3, and how much cheaper is that than DeepSeek R1?": "that" standing for the first part's act, before a saving
 * against a baseline. ("How much lower is that than Alibaba's capex?" compares the figure just asked: one question.)
 */
const THAT_ACT = /\b(?:(?:is|was|does|did) that(?=\s+(?:cheaper|save|cut|reduce)\b[^?]*\b(?:than|versus|vs\.?|compared)\s)|(?:cheaper|costlier|less expensive) (?:is|was) that(?=\s+than\b))/i;
/** A first part that counts what an act takes ("How many H20s does it take to run Qwen3"): the act "that" can stand for. */
const COUNTS_AN_ACT = /^\s*how many\b/i;

/**
 * The second part with the act it points back at named by what it was done to: "how much cheaper is that than DeepSeek
 * R1?" after "How many Nvidia chips does it take to run Qwen3" asks "how much cheaper is Qwen3 than DeepSeek R1?" — the
 * name the first part gives last (its object), as written there, with any version it carries ("Qwen3", not "Qwen").
 */
export function withActNamed(second: string, first: string, mentions: readonly Mention[]): string {
  const last = [...mentions].sort((a, b) => a.index - b.index).at(-1);
  if (!last || !COUNTS_AN_ACT.test(first)) return second;
  return second.replace(THAT_ACT, (words) => words.replace(/that$/, asWritten(first, last)));
}

/** A name the alias table found in a text. */
type Mention = { index: number; name: string };

/** A name as the text writes it, with any version it carries there ("Qwen3" where the alias table knows "Qwen"). */
function asWritten(text: string, mention: Mention): string {
  return `${mention.name}${/^[\w.-]*/.exec(text.slice(mention.index + mention.name.length))![0]}`.replace(/[.-]+$/, '');
}

/** A part too short to stand on its own ("and why?" after a figure is a follow-up, not a second question; "涨了多少?" is one). */
const MIN_PART_CHARS = { en: 12, zh: 5 };

/**
 * The two questions in one, or undefined when it asks one thing. English splits at ", and <wh-word>" or
 * at a question mark followed by another question; Chinese at an inner question mark or a comma
 * between two clauses that each ask. "How much did Alibaba and Tencent invest?" asks one thing.
 */
export function splitCompound(question: string): [string, string] | undefined {
  const text = question.trim();
  const zh = /\p{Script=Han}/u.test(text) && (text.match(/\p{Script=Han}/gu)?.length ?? 0) * 2 > (text.match(/[A-Za-z]/g)?.length ?? 0);
  const parts = zh ? splitChinese(text) : splitEnglish(text);
  if (!parts) return undefined;
  const min = MIN_PART_CHARS[zh ? 'zh' : 'en'];
  // "…收入多少?涨了多少?": a short second part asking the first figure's change is a question of its own.
  const ownChange = (part: string) => zh && /^(?:涨|跌|增长|下降|增加|减少|降)了?多少[?？]?$/.test(part.trim());
  // "…, and for how much?": a price asked of the first part's deal is a question of its own too.
  if (!parts.every((part) => part.replace(/[?？\s]/g, '').length >= min || ownChange(part) || (!zh && asksPriceOnly(part)))) return undefined;
  // "…combined, and what share of that total was Tencent's?", "…多少块芯片?其中国产芯片占比多少?": the second builds on
  // the first's figure, one calculation in two steps, which the question answered whole works out.
  return POINTS_BACK.test(parts[1]) && !(COUNTS_AN_ACT.test(parts[0]) && THAT_ACT.test(parts[1])) ? undefined : parts;
}

function splitEnglish(text: string): [string, string] | undefined {
  // "…? And how many …?" / "…? What about …?": two sentences, each a question.
  const marks = [...text.matchAll(/[?]\s+(?=\S)/g)];
  for (const mark of marks) {
    const rest = text.slice(mark.index! + mark[0].length).replace(/^(?:and|also|plus)\s+/i, '');
    if (EN_QUESTION.test(rest)) return [text.slice(0, mark.index! + 1).trim(), capitalise(rest)];
  }
  // "…, and from when is ERNIE Bot free?": a second question may open with a preposition before its question word
  // ("…, and by what percentage does it exceed it?" is the first one's comparison carried on, not a second question).
  const joined = text.match(/,?\s+and\s+(?=(?:(?:from|since|until|till|in|on|for|to|with)\s+)?(?:how (?:many|much)|what|which|who|whom|when|where|why)\b)/i);
  if (!joined || joined.index === undefined) return undefined;
  const first = text.slice(0, joined.index).trim();
  // The first part must itself be a question ("How many developers …"), not a noun phrase ("Alibaba and how …"); a
  // statement may set it up ("Alibaba said it spent over 100 billion yuan. What fraction of the plan is that, and …?").
  const asking = first.split(/(?<=[.!])\s+(?=[A-Z])/).at(-1) ?? first;
  if (!EN_QUESTION.test(asking)) return undefined;
  return [`${first.replace(/[?,;]+$/, '')}?`, capitalise(text.slice(joined.index + joined[0].length))];
}

function splitChinese(text: string): [string, string] | undefined {
  // "金额多大、大概多少台?": an enumeration comma between two clauses that each ask splits them too.
  for (const mark of text.matchAll(/[?？；;，,、]/g)) {
    const at = mark.index!;
    const first = text.slice(0, at);
    // At 、 only after a complete ask ("金额多大、大概多少台?"), not a question word and its noun ("在哪些领域、哪些方向加大投入?").
    if (mark[0] === '、' && !COMPLETE_ASK_ZH.test(first)) continue;
    const rest = text.slice(at + 1).replace(/^(?:另外|还有|以及|并且|同时|那)\s*/, '');
    if (!rest.trim() || !ZH_QUESTION.test(first) || !ZH_QUESTION.test(rest)) continue;
    return [`${first}？`, rest.trim()];
  }
  return undefined;
}

/** A Chinese clause that ends asking: "金额多大", "收入多少", "几台", "…吗". */
const COMPLETE_ASK_ZH = /(?:多大|多高|多少[^、，,？?]{0,4}|几[^、，,？?]{0,3}|吗|呢|什么时候|何时|哪一?年|哪个月|是谁|谁)\s*$/;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A second part that asks only the price of what the first part asked about ("For how much?", "At what valuation?",
 * "what did it pay?", "花了多少钱?"): its subject, if any, only points back.
 */
export function asksPriceOnly(part: string): boolean {
  return /^(?:(?:for|at) (?:how much|what (?:price|sum|amount|valuation))|(?:and )?(?:what|how much) did (?:it|they|he|she|the company) (?:pay|spend)(?: for (?:it|them))?)\s*[?]?$|^(?:它|他们)?(?:花了|付了|出了)?多少钱[?？]?$/i.test(part.trim());
}

/** A deal's verb right before what the deal was for. Data. */
const DEAL_OBJECT_BEFORE = /\b(?:acquire[ds]?|acquiring|buy|bought|buying|purchased?|invest(?:ed|s)?\s+in|back(?:ed)?|fund(?:ed)?|(?:a\s+)?stake\s+in)\s+(?:the\s+)?$/i;

/**
 * "…acquire C-Sky Microsystems, and what did it pay?": the one who pays is the first part's subject, the company it names
 * first, and what for is the one its deal verb names ("How much did Alibaba pay for C-Sky Microsystems?"). English only;
 * a part that asks no price, or points back with no pronoun, is left as it is.
 */
export function withPayerNamed(second: string, first: string, mentions: readonly Mention[]): string {
  if (!asksPriceOnly(second) || !/\b(?:it|they|he|she)\b/i.test(second)) return second;
  const ordered = [...mentions].sort((a, b) => a.index - b.index);
  const payer = ordered[0];
  if (!payer) return second;
  // What was bought follows the deal's verb ("acquire C-Sky Microsystems"); a seller ("from Huawei") is no target.
  const target = ordered.slice(1).find((mention) => DEAL_OBJECT_BEFORE.test(first.slice(0, mention.index)));
  return target ? `How much did ${asWritten(first, payer)} pay for ${asWritten(first, target)}?` : `How much did ${asWritten(first, payer)} pay?`;
}

/**
 * "When did Alibaba buy NetEase Kaola, and what did it pay?": when the first answer's lead cites a passage that gives
 * one price, the price joins the lead ("Alibaba bought NetEase Kaola in September 2019, for $2 billion [1].") and the
 * answer is whole; undefined when the cited passage gives none, or several, or one `isDealPrice` does not take for the
 * price of the deal asked about.
 */
export function withPriceInLead(answer: Answer, price: (amount: Quantity) => string, isDealPrice: (amount: Quantity, citation: Citation) => boolean): Answer | undefined {
  const lead = splitSentences(answer.answer)[0]?.text;
  const cited = lead ? /\s*\[(\d+)\]\s*([.。])$/.exec(lead) : null;
  if (!lead || !cited) return undefined;
  const citation = answer.citations.find((candidate) => candidate.n === Number(cited[1]));
  if (!citation) return undefined;
  const amounts = parseQuantities(citation.quote).filter((quantity) => quantity.unit === 'currency');
  // The one amount must be the deal's price as the reports state it: not a plan, a spending total or denied market talk.
  if (amounts.length !== 1 || !isDealPrice(amounts[0]!, citation) || parseQuantities(lead).some((quantity) => quantity.unit === 'currency')) return undefined;
  const said = cited[2] === '。' ? `${lead.slice(0, cited.index)},价格为${price(amounts[0]!)}[${cited[1]}]。` : `${lead.slice(0, cited.index)}, for ${price(amounts[0]!)} [${cited[1]}].`;
  return { ...answer, answer: answer.answer.replace(lead, said) };
}

/** How a hedged answer opens, in either language. */
const HEDGE_OPENING = /^(?:报告没有直接回答这个问题;最接近的(?:内容|说法)是:|The reports don't (?:answer|state) this directly(?: \(the closest passage does not mention [^)]{1,120}\))?(?:, but (?:they say that|[^,]{1,40} says that) |; the closest they come: ))/;

function withoutHedge(text: string): string {
  const rest = text.replace(HEDGE_OPENING, '');
  return rest === text ? text : capitalise(rest);
}

/** The label a refusal's closest passages open with. */
const CLOSEST_LABEL = /^(?:The closest passages:|最接近的段落:)\s*/;

/** Sentences with a citation marker that stands alone ("“…” [1]" split as "“…”", "[1]") joined back to the sentence it cites. */
function withMarkersAttached(sentences: string[]): string[] {
  const joined: string[] = [];
  for (const sentence of sentences) {
    if (joined.length && /^(?:\[\d+\]\s*)+[.。]?$/.test(sentence)) joined[joined.length - 1] = `${joined.at(-1)!} ${sentence}`;
    else joined.push(sentence);
  }
  return joined;
}

/**
 * The two answers said together: the second's citations numbered after the first's (a passage both cite
 * keeps its first number), steps and calculations of both, and the weaker of the two confidences.
 */
export function mergeAnswers(first: Answer, second: Answer): Answer {
  const citations: Citation[] = [...first.citations];
  const mapping = new Map<number, number>();
  for (const citation of second.citations) {
    const same = citations.find((known) => known.paragraphId === citation.paragraphId && known.quote === citation.quote);
    if (same) mapping.set(citation.n, same.n);
    else {
      const n = citations.length + 1;
      citations.push({ ...citation, n });
      mapping.set(citation.n, n);
    }
  }
  const renumbered = second.answer.replace(/\[(\d+)\]/g, (marker, n: string) => (mapping.has(Number(n)) ? `[${mapping.get(Number(n))}]` : marker));
  // What the first part already said (the two reports' figures side by side) is not said again for the second.
  // (Read without a hedge: the same passage offered under another hedge is the same thing said.)
  // (A passage is said again however it is introduced: "The closest passages: X: “…” [1]" repeats "X: “…” [1]".)
  const plain = (sentence: string) => withoutHedge(sentence.trim()).replace(CLOSEST_LABEL, '');
  const said = new Set(withMarkersAttached(splitSentences(first.answer).map((sentence) => sentence.text.trim())).map(plain));
  const own = withMarkersAttached(splitSentences(renumbered).map((sentence) => sentence.text.trim()));
  const kept = own.some((sentence) => said.has(plain(sentence))) ? own.filter((sentence) => !said.has(plain(sentence))).join(' ') : renumbered;
  // The hedge said once: a second part hedged like the first goes on without saying it again.
  const secondText = HEDGE_OPENING.test(first.answer) ? withoutHedge(kept) : kept;
  const calculations = [...first.calculations, ...withCitationsMapped(second.calculations, mapping)];
  const order = ['low', 'medium', 'high'] as const;
  const confidences = [first.confidence, second.confidence].filter((confidence): confidence is NonNullable<Answer['confidence']> => Boolean(confidence));
  const confidence = confidences.length ? order[Math.min(...confidences.map((value) => order.indexOf(value)))] : undefined;
  return {
    ...first,
    answer: `${first.answer} ${secondText}`.trim(),
    citations,
    steps: [...first.steps, ...second.steps],
    calculations,
    grounded: first.grounded && second.grounded,
    ungroundedNumbers: [...first.ungroundedNumbers, ...second.ungroundedNumbers],
    refused: first.refused && second.refused,
    ...(confidence ? { confidence } : {}),
    timings: { totalMs: first.timings.totalMs + second.timings.totalMs, toolsMs: first.timings.toolsMs + second.timings.toolsMs },
  };
}
