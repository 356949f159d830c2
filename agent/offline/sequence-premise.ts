/**
 * @module A premise that orders two events ("Unitree only turned a profit after Alibaba invested in 2025",
 * "宇树是拿了阿里的投资之后才开始盈利的") when a report orders them the other way round ("before Alibaba
 * invested in Unitree in 2025, Unitree had been profitable for five consecutive years"). Corrected only when the
 * report's sentence names both events — the one the order word governs and the one it is said of — in their own
 * clauses, about the question's subject.
 */
import { sourceName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { multiWordNames, premiseOf } from './declarative.js';
import { coverage, questionTerms } from './evidence.js';
import type { PlannerContext } from './planner-context.js';
import type { PooledSentence, SentencePool } from './sentence-pool.js';
import { asClause, inSentence } from './text-candidates.js';

/** Order words, as data: English ones govern the clause after them, Chinese ones the clause before them. */
const ORDER: { side: 'after' | 'before'; en: RegExp; zh: RegExp }[] = [
  { side: 'after', en: /\b(?:only after|after|following|once)\b/i, zh: /之后|以后|后才/ },
  { side: 'before', en: /\b(?:before|prior to|ahead of)\b/i, zh: /之前|以前|前就/ },
];

/** Words that only stress the order ("only then", "才开始", "began to"): not part of either event. */
const STRESS = /\b(?:only|first|then|just|finally|did|begin|began|begun|start(?:ed)?|to|become|became|turn(?:ed)?|get|got)\b|才开始|才|开始|就已经|已经|就|的$/gi;
/** A clause ends at these marks. */
const CLAUSE_MARKS = [',', '，', ';', '；', '。'];
const CLAUSE_END = /[,，;；。]/;

/** The event an order word governs and the event it is said of, split at the word: undefined when either is empty. */
export function orderedEvents(text: string, side: 'after' | 'before'): { governed: string; said: string } | undefined {
  const order = ORDER.find((entry) => entry.side === side)!;
  const en = text.match(order.en);
  if (en) {
    const start = en.index! + en[0].length;
    const rest = text.slice(start);
    const end = rest.search(CLAUSE_END);
    const governed = end < 0 ? rest : rest.slice(0, end);
    const said = `${text.slice(0, en.index)} ${end < 0 ? '' : rest.slice(end + 1)}`;
    return governed.trim() && said.trim() ? { governed, said } : undefined;
  }
  const zh = text.match(order.zh);
  if (!zh) return undefined;
  const before = text.slice(0, zh.index);
  const start = Math.max(...CLAUSE_MARKS.map((mark) => before.lastIndexOf(mark))) + 1;
  const governed = before.slice(start);
  const said = `${before.slice(0, start)}${text.slice(zh.index! + zh[0].length)}`;
  return governed.trim() && said.trim() ? { governed, said } : undefined;
}

/** A clause's share of the event's words, and every company the event names named in it too. */
function sameEvent(event: string, clause: string, context: PlannerContext, frame: QuestionFrame, least: number): boolean {
  const companies = (text: string) => context.aliases.ids(text).filter((id) => context.aliases.get(id)?.kind === 'company');
  const named = companies(clause);
  if (!companies(event).every((id) => named.includes(id))) return false;
  // The companies are checked above; their names' leftovers ("宇树科技" → "科技") and "年" after a year are no event words.
  const mentions = context.aliases.find(event).filter((mention) => ['company', 'product', 'person'].includes(context.aliases.get(mention.id)?.kind ?? '')).sort((a, b) => b.index - a.index);
  const bare = mentions.reduce((text, mention) => `${text.slice(0, mention.index)} ${text.slice(mention.index + mention.name.length)}`, event)
    .replace(/((?:19|20)\d{2})年/g, '$1 ').replace(STRESS, ' ');
  const terms = questionTerms(context.index, bare, frame.unknownNames).relation;
  return terms.size > 0 && coverage(context.index, terms, clause) >= least;
}

/** The governed event must be the question's own, nearly word for word; the other may be paraphrased ("盈利" / "profitable"). */
const GOVERNED_FIT = 0.5;
const SAID_FIT = 0.34;

/** The correction when a report orders the premise's two events the other way round; undefined otherwise. */
export function sequencePremise(frame: QuestionFrame, pool: SentencePool, context: PlannerContext, about: (sentence: PooledSentence) => boolean): string | undefined {
  const premise = premiseOf(frame.text, context.lang, multiWordNames(frame.text, context.aliases));
  if (!premise) return undefined;
  for (const claimed of ORDER) {
    const events = orderedEvents(premise, claimed.side);
    if (!events) continue;
    const opposite = claimed.side === 'after' ? 'before' : 'after';
    const found = pool.sentences.filter(about).find((sentence) => {
      // A sentence ordering them both ways ("after …, before …") settles nothing.
      if (orderedEvents(sentence.text, claimed.side)) return false;
      const other = orderedEvents(sentence.text, opposite);
      return other !== undefined && sameEvent(events.governed, other.governed, context, frame, GOVERNED_FIT) && sameEvent(events.said, other.said, context, frame, SAID_FIT);
    });
    if (!found) continue;
    const marker = `[${context.book.cite(found.paragraph.id, found.text)}]`;
    const clause = asClause(found.text);
    if (context.lang === 'en') return `The reports have the order the other way round: ${inSentence(clause, context)} ${marker}.`;
    return /\p{Script=Han}/u.test(found.text)
      ? `报道中的先后顺序正相反:${clause}${marker}。`
      : `报道中的先后顺序正相反:据${sourceName(context.documents.get(found.paragraph.docId), 'zh')}:“${found.text}”${marker}`;
  }
  return undefined;
}
