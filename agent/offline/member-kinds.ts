/**
 * @module What a sentence says each named organisation is, so a list question that asks for a kind of member
 * ("Which smartphone makers …", "Which carmakers …", "哪些手机厂商 …") is answered with members of that kind and
 * not with every company the sentence names: "OPPO, a prominent Chinese smartphone manufacturer, is …" makes
 * OPPO a smartphone maker; "China Unicom is mentioned as one of the major clients …" makes China Unicom a client,
 * nothing about phones; "automobile enterprises such as FAW, BYD and NIO" makes each a carmaker.
 */

const NAME = "[A-Z0-9][\\w.&'’-]*(?:\\s[A-Z0-9][\\w.&'’-]*)*";

/** A described member: the name as written and the words the sentence uses for what it is. */
export interface DescribedMember {
  name: string;
  kind: string;
  /** How the sentence says it: an apposition or a copula describes the member itself; an enumeration's noun describes the list. */
  by: 'apposition' | 'copula' | 'enumeration' | 'industry';
}

/** The ways a sentence says what an organisation is (data: extend for a new collection's prose). */
const DESCRIPTIONS: { by: DescribedMember['by']; pattern: RegExp; name: number; kind: number }[] = [
  // "OPPO, a prominent Chinese smartphone manufacturer, is …", "In June, BYD, the electric vehicle giant, placed …"
  { by: 'apposition', pattern: new RegExp(`(?:^|[,;]\\s+|\\b(?:In|On|At)\\s+\\w+,\\s+)(${NAME})(?:\\s*[(（][^)）]*[)）])?,\\s+(?:a|an|the)\\s+([^,;.]{3,80}?),`, 'g'), name: 1, kind: 2 },
  // "Transsion is a mobile phone manufacturer that …", "China Unicom is mentioned as one of the major clients of …"
  { by: 'copula', pattern: new RegExp(`(?:^|[;.]\\s+|\\bthat\\s+)(${NAME})(?:\\s*[(（][^)）]*[)）])?\\s+(?:is|was|are|were)\\s+(?:(?:mentioned|listed|named|seen|described)\\s+as\\s+)?(?:a|an|the|one of (?:the|its)?)\\s*([^,;.]{3,80})`, 'g'), name: 1, kind: 2 },
  // "… penetrate into the mobile phone industry through cooperation with Honor"
  { by: 'industry', pattern: new RegExp(`\\b((?:[\\w-]+\\s+){1,3})(?:industry|sector|market)\\s+(?:through|via|by)\\s+(?:[\\w-]+\\s+){0,2}with\\s+(${NAME})`, 'g'), name: 2, kind: 1 },
];

/** "automobile enterprises such as FAW, BYD, Geely, NIO, and XPeng": the noun before the cue describes every name after it. */
const ENUMERATED = new RegExp(`((?:[\\w-]+\\s+){1,6}?)(?:such as|including|like)\\s+(${NAME}(?:,\\s*${NAME})*,?\\s+(?:and|or)\\s+${NAME}|(?:${NAME},\\s*)+${NAME})`, 'g');

/** Capitalised words that open a sentence without naming anything ("It is one of …", "The company, a …"). */
const NOT_NAMES = /^(?:it|its|this|that|these|those|they|their|he|she|we|the|a|an|there|here|in|on|at|by|for|as|but|and|meanwhile|however|also|notably|currently|additionally|recently|similarly|finally|importantly|specifically|overall|initially|ultimately|moreover|furthermore|previously)\b/i;

/** Every organisation a sentence describes, with what it says each is. */
export function describedMembers(sentence: string): DescribedMember[] {
  return allDescribed(sentence).filter((member) => !NOT_NAMES.test(member.name));
}

function allDescribed(sentence: string): DescribedMember[] {
  const found: DescribedMember[] = [];
  for (const { by, pattern, name, kind } of DESCRIPTIONS) {
    for (const match of sentence.matchAll(pattern)) found.push({ name: match[name]!.trim().replace(/[.。]+$/, ''), kind: match[kind]!.trim(), by });
  }
  for (const match of sentence.matchAll(ENUMERATED)) {
    // The noun the list shares is the last few words before the cue ("in automobile enterprises"), not the whole clause.
    const noun = match[1]!.trim().split(/\s+/).slice(-3).join(' ');
    for (const item of match[2]!.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)) if (item.trim()) found.push({ name: item.trim().replace(/[.。]+$/, ''), kind: noun, by: 'enumeration' });
  }
  return found;
}

/** The description of one member in a sentence, if the sentence gives one; an apposition or copula wins over a list's noun. */
export function kindOfMember(name: string, sentence: string): DescribedMember | undefined {
  const lower = name.toLowerCase();
  const own = describedMembers(sentence).filter((member) => member.name.toLowerCase() === lower || member.name.toLowerCase().startsWith(`${lower} `));
  return own.find((member) => member.by !== 'enumeration') ?? own[0];
}
