/**
 * @module "What does each of them do?", "他们分别负责什么?", "Which firm does each work for?": a follow-up
 * over the people the last answer listed, answered person by person with what the reports say each one
 * is or does (an appositive, a title before the name, or a predicate such as "focuses on …"), each cited.
 */
import { splitSentences } from '../../core/index.js';
import type { PlanResult, PlannerContext } from './planner-context.js';
import { rolesGiven } from './person-roles.js';
import { nameIn } from '../conversation-state.js';

/** The cue of a question asked of every member of a group. Data: add a phrasing here. */
export const ASKS_EACH_MEMBER = /\beach\b|\brespectively\b|\bboth of them\b|\b(?:split|divide|share) (?:the )?(?:work|duties|responsibilities|roles)\b|\bdivision of (?:labou?r|work|responsibilities)\b|分别|各自|分工/i;

/** Someone the group names: how the reports write them (English) and how the asker's language does. */
export interface Member {
  /** Names to look for in the reports, the English one first. */
  names: string[];
  /** The name to write in the answer. */
  label: string;
}

interface Described {
  member: Member;
  phrase: string;
  /** `predicate`: the phrase goes straight after the name ("focuses on …"); `role`: it is what the person is. */
  form: 'role' | 'predicate' | 'title';
  paragraphId: string;
  sentence: string;
  chinese: boolean;
}

/** What a person does, said right after their name: "Wu Yonghui focuses on the basic model". */
const PREDICATE = /^\s+((?:focus(?:es|ed)? on|is responsible for|is in charge of|heads|leads|oversees|runs)\s+[^,;.]+)/i;
/** Role words a Chinese sentence writes straight before a name ("腾讯创始人马化腾"). Data: extend it for a new collection. */
const ZH_ROLE_BEFORE = /(创始人|联合创始人|首席执行官|CEO|董事长|总裁|副总裁|负责人|分析师|总监)$/;
const ZH_DOES = /^(负责[^,，。;；]+)/;

/**
 * "阿里巴巴创始人马云", "深度求索(DeepSeek),其创始人梁文锋": the role written before the name, with the
 * company it belongs to — the last company the sentence names before it (so "其" is read as that company).
 */
function chineseTitle(sentence: string, index: number, aliases: PlannerContext['aliases']): string | undefined {
  const before = sentence.slice(Math.max(0, index - 40), index);
  const role = ZH_ROLE_BEFORE.exec(before);
  if (!role) return undefined;
  const upTo = index - role[0].length;
  const company = aliases.find(sentence.slice(0, upTo)).filter((mention) => ['company', 'product'].includes(aliases.get(mention.id)?.kind ?? '')).at(-1);
  if (!company || upTo - (company.index + company.name.length) > 6) return undefined;
  return `${nameIn(aliases, company.id, 'zh')}${role[0]}`;
}

function describeIn(sentence: string, member: Member, others: Member[], chinese: boolean, aliases: PlannerContext['aliases']): Pick<Described, 'phrase' | 'form'> | undefined {
  for (const name of member.names) {
    const index = sentence.indexOf(name);
    if (index < 0) continue;
    if (chinese) {
      const title = chineseTitle(sentence, index, aliases);
      if (title) return { phrase: title, form: 'title' };
      const does = ZH_DOES.exec(sentence.slice(index + name.length));
      if (does) return { phrase: does[1]!, form: 'predicate' };
      continue;
    }
    const predicate = PREDICATE.exec(sentence.slice(index + name.length));
    if (predicate) return { phrase: predicate[1]!.trim(), form: 'predicate' };
    // An appositive runs from the comma after the name to the next person named or the clause's end
    // ("Xiang Liang, head of ByteDance's AML and Doubao large model Foundation team, Li Hang, …").
    const next = others.flatMap((other) => other.names.map((otherName) => sentence.indexOf(otherName, index + name.length)).filter((at) => at > 0)).sort((a, b) => a - b)[0];
    const rest = sentence.slice(index + name.length, next ?? sentence.length);
    const appositive = /^,\s*((?:a|an|the|head|director|chief|president|vice|founder|co-founder|chairman|senior|CEO|CTO|COO)\b[^;:"“”()]*?)\s*(?:,\s*(?:said|says|noted|pointed|told|added|who|which|have|has|had|is|are|was|were|will|and)\b.*)?[,.]?\s*$/i.exec(rest);
    if (appositive && appositive[1]!.length <= 140) return { phrase: appositive[1]!.replace(/[,，\s]+$/, ''), form: 'role' };
    const [role] = rolesGiven(sentence, index, name.length, next !== undefined ? { index: next, length: 0 } : undefined);
    if (!role || role.phrase.length > 120) continue;
    const phrase = role.phrase.replace(/^[,，\s]+|[,，.\s]+$/g, '');
    const at = sentence.indexOf(phrase);
    return { phrase, form: at >= 0 && at < index ? 'title' : 'role' };
  }
  return undefined;
}

/**
 * The best description of one member the reports give, from the paragraphs a search for the name finds:
 * what the person does ("focuses on …") before what the person is, a Chinese original for a Chinese asker.
 */
async function describe(member: Member, others: Member[], context: PlannerContext): Promise<Described | undefined> {
  const results = await context.tools.search({ query: member.names.join(' '), k: 5 });
  const found: Described[] = [];
  for (const result of results) {
    const paragraph = context.paragraphs.get(result.paragraphId);
    if (!paragraph) continue;
    const sources = context.lang === 'zh' && paragraph.original ? [{ text: paragraph.original, chinese: true }, { text: paragraph.text, chinese: false }] : [{ text: paragraph.text, chinese: false }];
    for (const source of sources) {
      for (const span of splitSentences(source.text)) {
        const described = describeIn(span.text, member, others, source.chinese, context.aliases);
        if (described) found.push({ member, ...described, paragraphId: paragraph.id, sentence: span.text, chinese: source.chinese });
      }
    }
  }
  const rank = (entry: Described) => (entry.form === 'predicate' ? 0 : 1) + (context.lang === 'zh' && !entry.chinese ? 2 : 0);
  return found.sort((a, b) => rank(a) - rank(b))[0];
}

function said(described: Described, context: PlannerContext): string {
  const marker = `[${context.book.cite(described.paragraphId, described.sentence)}]`;
  const { label } = described.member;
  if (context.lang === 'zh') {
    // An English phrase is quoted, never mixed untranslated into the Chinese sentence.
    // "吴永辉“focuses on the basic model”": the English words quoted after the name, no "Name: “…”" label.
    if (!described.chinese) return described.form === 'predicate' ? `${label}“${described.phrase}”${marker}` : `${label}是“${described.phrase}”${marker}`;
    return described.form === 'predicate' ? `${label}${described.phrase}${marker}` : `${label}是${described.phrase}${marker}`;
  }
  if (described.form === 'predicate') return `${label} ${described.phrase} ${marker}`;
  const article = /^(?:a|an|the|one|both|head|director|chief|president|vice|founder|chairman|co-founder)\b/i.test(described.phrase) ? '' : 'the ';
  return `${label} is ${article}${described.phrase} ${marker}`;
}

/**
 * Each member described, or nothing when the reports describe fewer than all of them (the question is then
 * left to the ordinary candidates, which may hedge or refuse).
 */
export async function planEachMember(members: Member[], context: PlannerContext): Promise<PlanResult | undefined> {
  if (members.length < 2) return undefined;
  const described: Described[] = [];
  for (const member of members) {
    const found = await describe(member, members.filter((other) => other !== member), context);
    if (!found) return undefined;
    described.push(found);
  }
  const parts = described.map((entry) => said(entry, context));
  return { sentences: [context.lang === 'zh' ? `据报道,${parts.join(';')}。` : `${parts.join('; ')}.`], direct: true };
}
