/**
 * @module A premise that something topped a chart or ranking ("How did Tencent's Yuanbao knock DeepSeek off the top of
 * the iOS free chart?", "腾讯元宝是不是已经冲到iOS免费榜第一了?") when a report sentence gives it a lower place
 * ("Tencent Yuanbao surpassed ByteDance Doubao to rank second on the iOS free app chart, trailing only DeepSeek").
 * The place must be the question's subject's: the asked name the sentence gives last before the place word.
 */
import { sourceName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { multiWordNames, premiseOf } from './declarative.js';
import type { PlannerContext } from './planner-context.js';
import type { SentencePool } from './sentence-pool.js';
import { asClause, inSentence } from './text-candidates.js';

/** Words that claim first place. Data: extend for new phrasings. */
const FIRST_PLACE = /\b(?:top spot|top place|top position|top of the|to the top|off the top|(?:No\.|number) ?(?:1|one)|#1|first place|rank(?:ed|s)? (?:first|top)|topp(?:ed|ing) the|lead(?:s|ing)? the (?:chart|ranking|list))\b|第一(?!季度|次|批|个|家|大|步|轮|财)|榜首|登顶|头名|排名首位|冠军/i;
/** A question about a chart or ranking: only there is a place a rank. */
const RANKING = /\b(?:charts?|rankings?|ranked|list|leaderboard|app store)\b|榜|排名|排行/i;
/** A place below first, as a report says it: "rank second", "second place", "No. 2", "第二名", "排名第三". */
const LOWER_PLACE = /\b(?:rank(?:ed|s|ing)?|came|comes|placed?|sits?|sat)\s+(?:at\s+)?(?:No\.\s?)?(?:second|third|fourth|fifth|2nd|3rd|4th|5th|[2-5])\b|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:place|spot|position)\b|(?:排名|排)?第[二三四五](?:名|位)?/i;

const NAMED = new Set(['company', 'product']);

export function rankPremise(frame: QuestionFrame, pool: SentencePool, context: PlannerContext): string | undefined {
  if (!FIRST_PLACE.test(frame.text) || !RANKING.test(frame.text)) return undefined;
  // The claimant: the first company or product the question names ("Tencent's Yuanbao" → Tencent, Yuanbao).
  const mentions = context.aliases.find(frame.text).filter((mention) => NAMED.has(context.aliases.get(mention.id)?.kind ?? ''));
  const first = mentions[0];
  if (!first) return undefined;
  // Its own name and the names it is said with ("Tencent's Yuanbao"): every mention up to the claim's first other name.
  const claimant = new Set(mentions.filter((mention) => mention.index <= first.index + first.name.length + 4).map((mention) => mention.id));
  const asked = new Set(mentions.map((mention) => mention.id));
  for (const sentence of pool.sentences) {
    const place = sentence.text.match(LOWER_PLACE);
    if (!place || FIRST_PLACE.test(sentence.text.slice(0, place.index))) continue;
    const before = context.aliases.find(sentence.text.slice(0, place.index)).filter((mention) => asked.has(mention.id));
    const holder = before.sort((a, b) => b.index - a.index)[0];
    if (!holder || !claimant.has(holder.id)) continue;
    const marker = `[${context.book.cite(sentence.paragraph.id, sentence.text)}]`;
    const premise = premiseOf(frame.text, context.lang, multiWordNames(frame.text, context.aliases));
    const clause = asClause(sentence.text);
    if (context.lang === 'en') return `The reports don't support ${premise ? `the premise that ${premise}` : "the question's premise of first place"}: ${inSentence(clause, context)} ${marker}.`;
    const said = premise ? `“${premise}”这一说法` : '“第一”的说法';
    return /\p{Script=Han}/u.test(sentence.text)
      ? `报告并不支持${said}:${clause}${marker}。`
      : `报告并不支持${said},报道给出的并非第一:据${sourceName(context.documents.get(sentence.paragraph.docId), 'zh')}:“${sentence.text}”${marker}`;
  }
  return undefined;
}
