/**
 * @module "Where do the numbers on Alibaba's AI deals come from?", "这组数据出自哪家机构?": a question that asks who a
 * figure or claim is attributed to. The answer is the source the passage names in its attribution ("according to
 * Beijing-based deal data provider ITJuzi", "according to Omdia data", "data from … firm Statista", "据IT桔子"), read
 * from the attribution's own words, never from where a name happens to stand. A passage that attributes its claim to
 * no one by name ("according to sources familiar with the matter") names no source.
 */
import { entityName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { DIRECT } from './answer-fit.js';
import { asksSource } from './party-question.js';
import type { PlannerContext } from './planner-context.js';
import { relevance, type PooledSentence, type SentencePool } from './sentence-pool.js';
import { supportingQuote, type TextCandidate } from './text-candidates.js';

/** Attributions that name no one: "according to sources familiar with the matter", "according to official data". */
const UNNAMED = /^(?:sources?|people|those|insiders|media|public|official|industry|analysts?|reports?|informed)\b/i;

/** 据不完全统计, 据知情人士消息, 据媒体报道: attributions in Chinese that name no one. */
const UNNAMED_ZH = /^(?:不完全|知情人士|媒体|公开|官方|业内|相关|有关|行业|市场人士|消息人士|报道|悉)/;

/** A description that says what kind of source it is: it ends in such a noun. */
const DESCRIBES_SOURCE = /\b(?:provider|firm|agency|company|outlet|platform|newspaper|magazine|institute|consultancy|group|tracker|service|bureau|association|organi[sz]ation|research)$/i;

/** A source a sentence names, with the description the sentence gives it ("Beijing-based deal data provider"). */
export interface NamedSource {
  name: string;
  description?: string;
}

/**
 * The source a sentence attributes itself to: "according to [data from] [the] [description] Name", "Name data shows",
 * "据Name". The name is capitalised (or quoted: "AI Trends"), or a Chinese name after 据; unnamed sources give none.
 */
export function sourceIn(sentence: string): NamedSource | undefined {
  // 'According to "AI Trends," Tencent …': a quoted name is the name, whatever its case.
  const quoted = sentence.match(/\baccording to\s+"([^"]{2,40}?)[,.]?"/i);
  if (quoted) return { name: quoted[1]! };
  const span = sentence.match(/\baccording to\s+(?:(?:data|figures|statistics|estimates) (?:from|by)\s+)?(?:the\s+)?([^,;:.()"“”]{2,80})/i)?.[1]
    ?.replace(/\s+(?:citing|report(?:s|ed)?|said|says|that|and|which)\b.*$/, '').replace(/\s+(?:data|figures|statistics|estimates)$/, '').trim();
  if (span && !UNNAMED.test(span)) {
    // The name is the run of capitalised words the span ends with; what comes before it describes it.
    const named = span.match(/^(.*?)\s*((?:The\s+)?[A-Z][\w&.'’]*(?:-[A-Z][\w&.'’]*)*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*)*)$/);
    if (named && !/-(?:based|backed|owned|listed)$/.test(named[2]!)) {
      const name = named[2]!.replace(/['’]s$/, '');
      // A description is kept only when it says what the source is ("deal data provider"), not "a" or "latest".
      const description = named[1]!.trim();
      return DESCRIBES_SOURCE.test(description) ? { name, description } : { name };
    }
  }
  // "Omdia data shows", "Statista estimates": the name before what it says.
  const says = sentence.match(/\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:data|figures|statistics)\s+(?:show|shows|showed|indicate|indicates)\b/);
  if (says) return { name: says[1]! };
  const chinese = sentence.match(/据([\p{Script=Han}A-Za-z]{2,12}?)(?:的)?(?:数据|统计|报道|消息|显示)/u);
  return chinese && !UNNAMED_ZH.test(chinese[1]!) ? { name: chinese[1]! } : undefined;
}

/** How many of the most relevant sentences are read for an attribution. */
const SENTENCES_READ = 5;
/** A sentence read must be at least this close to the question, against the closest one. */
const SHARE_OF_BEST = 0.6;

/**
 * The source the most relevant passage attributes the asked figure or claim to, said plainly with the passage
 * quoted: "The source the reports give is ITJuzi, a Beijing-based deal data provider [1]."
 */
export function sourceCandidate(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): TextCandidate | undefined {
  if (!asksSource(frame.text)) return undefined;
  const ranked = [...pool.sentences].sort((a, b) => relevance(b) - relevance(a)).slice(0, SENTENCES_READ);
  const best = ranked[0];
  if (!best) return undefined;
  for (const sentence of ranked) {
    if (relevance(sentence) < SHARE_OF_BEST * relevance(best)) break;
    const source = sourceIn(sentence.text);
    if (source) return { sentences: [sourceLead(source, sentence, context), supportingQuote(context, sentence)], strength: Math.max(0.6, relevance(sentence)), direct: true, fit: DIRECT };
  }
  return undefined;
}

function sourceLead(source: NamedSource, sentence: PooledSentence, context: PlannerContext): string {
  const marker = `[${context.book.cite(sentence.paragraph.id, sentence.text)}]`;
  const known = context.aliases.find(source.name).find((mention) => mention.name === source.name);
  if (context.lang === 'zh') return `报道给出的来源是${known ? entityName(context.aliases, known.id, 'zh', source.name) : source.name}${marker}。`;
  const described = source.description ? `, ${/^[aeiou]/i.test(source.description) ? 'an' : 'a'} ${source.description}` : '';
  return `The source the reports give is ${source.name}${described} ${marker}.`;
}
