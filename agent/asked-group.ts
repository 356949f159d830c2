/**
 * @module What a question counted or picked among, as a phrase ("How many Chinese LLM startups have been
 * valued …?" → "Chinese LLM startups", "有多少家大模型公司获得了投资?" → "大模型公司"): what the next turn's
 * "they" / "them" / "它们" points at when the reply named no companies of its own ("At least six.").
 */

/** "how many Chinese LLM startups have …", "which AI startups did …": the noun phrase before the verb. */
const GROUP_EN = /\b(?:how many|which|what)\s+((?:[\w&.$-]+\s+){0,4}?[\w&.-]+?s)(?=\s+(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|got|received|raised)\b)/i;
/** "多少家大模型初创公司…", "哪些公司…": the counted noun, up to the verb or particle after it. */
const GROUP_ZH = /(?:多少|哪些|哪几)(?:个|家|款|位|名|种)?((?:\p{Script=Han}|[A-Za-z]){2,10}?)(?=估值|获得|获|被|在|有|是|的|已|曾|拿到|得到|参与|[?？,，]|$)/u;
/** Words that ask rather than name ("how many times", "which ones"): no group to point at. */
const NOT_A_GROUP = /^(?:times|ones|years|months|days|of)\b|^(?:the|its|their)\s+\w+$/i;
/** A bare head noun ("companies", "公司") says nothing the pronoun does not: no phrase to write in its place. */
const BARE_HEAD = /^(?:companies|firms|startups|people|ones|公司|企业|初创公司|人)$/i;

/** The group a question asked about, in the question's own words; undefined when it asked about no group. */
export function askedGroupPhrase(question: string): string | undefined {
  const phrase = (GROUP_EN.exec(question) ?? GROUP_ZH.exec(question))?.[1]?.trim();
  if (!phrase || NOT_A_GROUP.test(phrase) || BARE_HEAD.test(phrase)) return undefined;
  return phrase;
}
