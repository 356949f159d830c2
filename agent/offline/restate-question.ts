/**
 * @module A question restated as the clause a refusal declines: "Who led SiliconFlow's Series A round?" →
 * "who led SiliconFlow's Series A round"; "What did Alibaba pay for Unitree?" → "what Alibaba paid for Unitree";
 * "斑马网络目前有哪些隐忧?" → "斑马网络目前有哪些隐忧". A refusal that restates what was asked never misnames
 * it (a question about worries is not declined as one about "figures"). Undefined when the question's shape
 * is not one this can restate safely, or it states a figure of its own (restated, it would read as the reports').
 */
import { parseQuantities, type Lang } from '../../core/index.js';
import { isClaimedFigure } from '../grounding.js';
import { pastTense, splitAtVerb, thirdPerson, unjoined, withNamesJoined } from './declarative.js';
import { withoutLeadIn } from './open-question-cues.js';

/** Words that join a follow-up to the last turn ("And …", "So …", "那 …"): not part of what is asked. */
const LEADING_LINK_EN = /^(?:and|so|but|then|also|ok(?:ay)?|well)\b[,\s]*/i;
const LEADING_LINK_ZH = /^(?:那么|那|所以|另外|还有|而且|而|并且)[,，\s]*/u;
const TRAILING_PARTICLE_ZH = /[呢吗啊呀吧]+$/u;

/** A wh-word, or a wh-word and the noun it asks about ("which companies", "how many developers"). */
const WH_PHRASE = /^((?:who|whom|what|which|where|why|how)(?:\s+(?:many|much|long|often|far|big|large))?(?:\s+(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b)[\w.'’-]+){0,4}?)\s+(is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\s+(.+)$/i;
/** A participle after "is"/"was" ("making", "appointed", "taken"), not a noun that happens to end alike ("thing"). */
const PARTICIPLE = /^(?:[a-z]{3,}ing|[a-z]{2,}ed|taken|given|chosen|driven|grown|shown|known|seen|done|made|paid|led|built|sold|had|been|got|gotten|won|lost|spent|raised|hit|cut|put|set)$/;
/** A clause after the auxiliary that opens with its own subject: a name, a pronoun, or a determiner and its noun. */
const STARTS_SUBJECT = /^(?:[A-Z0-9"“]|(?:the|a|an|its|their|his|her|this|that|these|those|it|they|he|she|we|you|i|there|each|every|some|any|such)\b)/;
const YES_NO = /^(is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\s+(.+)$/i;

/** Whether the question states a figure of its own (not a year), which restated would read as the reports'. */
function statesOwnFigure(question: string): boolean {
  return parseQuantities(question).some((quantity) => isClaimedFigure(quantity) && !/^\d{4}$/.test(quantity.text.trim()));
}

/** The clause after an auxiliary, put back in statement order: "Alibaba pay for Unitree" after "did" → "Alibaba paid for Unitree". */
function statementOrder(written: string, rest: string): string | undefined {
  const aux = written.toLowerCase();
  const lower = aux;
  const split = splitAtVerb(rest);
  if (lower === 'did' || lower === 'does' || lower === 'do') {
    if (!split) return undefined;
    const verb = lower === 'did' ? pastTense(split.verb) : lower === 'does' ? thirdPerson(split.verb) : split.verb;
    return [split.subject, verb, split.rest].filter(Boolean).join(' ');
  }
  if (['is', 'are', 'was', 'were'].includes(lower)) {
    // "is X making money yet" / "was X appointed CEO": the auxiliary goes back before the participle.
    if (split && PARTICIPLE.test(split.verb)) return [split.subject, aux, split.verb, split.rest].filter(Boolean).join(' ');
    // "what's the main thing stopping X", "what is Alibaba's plan": a noun phrase is all subject, so the copula goes to the end;
    // "is that up or down", "where is Zhipu AI at": after a name or pronoun it goes right after it.
    const nounPhrase = !split || /^(?:the|a|an|its|their|his|her|this|these|those|our)\b/i.test(split.subject) || /['’]s\b/.test(split.subject);
    return nounPhrase ? `${rest} ${aux}` : [split.subject, aux, split.verb, split.rest].filter(Boolean).join(' ');
  }
  if (!split) return undefined;
  // "has Alibaba's ModelScope community given …": after have, the verb is the participle, wherever the subject's nouns end.
  const words = rest.split(/\s+/);
  const participle = ['has', 'have', 'had'].includes(lower) ? words.findIndex((word, i) => i > 0 && PARTICIPLE.test(word)) : -1;
  if (participle > 0) return [words.slice(0, participle).join(' '), aux, words.slice(participle).join(' ')].join(' ');
  return [split.subject, aux, split.verb, split.rest].filter(Boolean).join(' ');
}

/** A source named at the end ("… according to Business Show", "…, per the Zhidongxi piece"; "price per H20" is no source). */
const SOURCE_TAIL = /(?:,?\s+(according to)|,\s*(per))\s+((?:the\s+|[A-Z\p{Script=Han}])[^,]{1,60})$/u;

/** A source's view named at the end ("…, as Business Show sees it", "…, as Caixin puts it"). */
const SOURCE_VIEW_TAIL = /,\s*as\s+(?:the\s+|[A-Z\p{Script=Han}])[^,]{1,60}?\s+(?:sees|saw|puts|put|tells|told|describes|described|reports|reported)\s+it$/u;

/** The question as an English clause ("who led …", "what X paid for …", "whether X is …"), or undefined. */
function restateEnglish(question: string): string | undefined {
  const text = question.trim().replace(/[?？!.]+\s*$/, '').replace(LEADING_LINK_EN, '').replace(/\bwhat's\b/i, 'what is').replace(/\bwho's\b/i, 'who is').trim();
  if (!text || /[?？]/.test(text) || /,\s*(?:and\s+)?(?:why|how|what|who|which)\b/i.test(text)) return undefined;
  // "…, according to Business Show": who says it is not part of the clause; restated, it follows it.
  const source = SOURCE_TAIL.exec(text);
  if (source) {
    const clause = restateEnglish(text.slice(0, source.index));
    return clause ? `${clause}, ${(source[1] ?? source[2])!.toLowerCase()} ${source[3]}` : undefined;
  }
  // "…, as Business Show sees it": kept as written after the clause.
  const view = SOURCE_VIEW_TAIL.exec(text);
  if (view) {
    const clause = restateEnglish(text.slice(0, view.index));
    return clause ? `${clause}${view[0]}` : undefined;
  }
  const wh = text.match(WH_PHRASE);
  if (wh) {
    const [, phrase, aux, rest] = wh as unknown as [string, string, string, string];
    // "Who was appointed CEO", "What is driving the shift": the wh-word is the subject, so the order stays.
    // "Which Alibaba-backed companies are on the road …", "What is driving …", "How much of that was to be delivered …":
    // no subject follows the auxiliary, so the wh-phrase is the subject and the order stays.
    if (!STARTS_SUBJECT.test(rest)) return lowerFirst(text);
    const clause = statementOrder(aux, rest);
    return clause ? `${lowerFirst(phrase)} ${clause}` : undefined;
  }
  // "Who led SiliconFlow's Series A round", "Which companies backed Zhipu": the wh-word is the subject.
  if (/^(?:who|what|which)\s+\S+\s+\S+/i.test(text)) return lowerFirst(text);
  const yesNo = text.match(YES_NO);
  if (yesNo) {
    const clause = statementOrder(yesNo[1]!, yesNo[2]!);
    return clause ? `whether ${clause}` : undefined;
  }
  return undefined;
}

/** Question words that make a Chinese clause an embedded question as it stands ("…有哪些隐忧" after 报告没有说明). */
const ZH_QUESTION_WORD = /什么|谁|哪|怎么|怎样|如何|为什么|为何|为啥|多少|几|是否|是不是|有没有/u;

function restateChinese(question: string): string | undefined {
  const text = question.trim().replace(/[?？!！。]+\s*$/u, '').replace(LEADING_LINK_ZH, '').replace(TRAILING_PARTICLE_ZH, '').trim();
  // A Chinese embedded question keeps the direct question's words; a 吗-question without a question word does not.
  if (!text || /[?？]/.test(text) || !ZH_QUESTION_WORD.test(text)) return undefined;
  return text;
}

/** `names`: the question's multi-word names (`multiWordNames`), kept whole so "Tongyi Qianwen" is never split at a verb. */
export function restateQuestion(asked: string, lang: Lang, names: readonly string[] = []): string | undefined {
  if (statesOwnFigure(asked)) return undefined;
  // "Could you tell me whether Alibaba invested in DeepSeek?": the lead-in is how it was asked, and what follows it
  // is already an embedded question in statement order ("whether Alibaba invested in DeepSeek").
  const question = withoutLeadIn(asked);
  const embedded = question !== asked && /^\s*(?:whether|if|who|whom|what|when|where|why|how|which)\b/i.test(question) && !/\p{Script=Han}/u.test(question);
  if (embedded && lang === 'en') return lowerFirst(question.trim().replace(/[?？!.]+\s*$/, '').replace(/^if\b/i, 'whether'));
  const english = !/\p{Script=Han}/u.test(question);
  if (lang === 'zh') return english ? undefined : restateChinese(question);
  return english ? unjoined(restateEnglish(withNamesJoined(question, names))) : undefined;
}

function lowerFirst(text: string): string {
  // "Who", "What": lower-cased; a name at the start ("Alibaba …") keeps its capital.
  return /^(?:who|whom|what|which|where|why|how|whether)\b/i.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}
