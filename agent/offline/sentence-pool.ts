/**
 * @module The sentences a question's search brings back, each with how well it covers the question.
 * Person, date, explanation and quoted-sentence candidates all draw on this one pool.
 */
import { collectionPublisherNames, splitSentences, wholeWord, type Paragraph } from '../../core/index.js';
import { MAX_SEARCH_K } from '../../tools/index.js';
import { askedAspects, askedRelations, asksEachOf, aspectMatch, periodIndexTerms, SYNONYMS, type Aspect } from './aspect-terms.js';
import { leadInOf } from './open-question-cues.js';
import { openingPurpose, relationMatch, verbsOfReports } from './relation-cues.js';
import { askedRole, ROLE_WORDS } from './person-roles.js';
import { withTranslations } from './bilingual-terms.js';
import { withoutSourceReference } from './asked-aside.js';
import { coverage, inReports, questionTerms, subjectMatch, type QuestionTerms } from './evidence.js';
import type { AliasTable, OpenIndex } from '../../index/index.js';
import type { PlannerContext } from './planner-context.js';
import type { QuestionFrame } from '../question-frame.js';
import { asksAspectSwitch } from '../follow-up.js';
import { AMONG_ANSWER, mentionsFigureOf, repeatsAnswer } from '../conversation-state.js';
import { kinOf } from './company-kin.js';

export interface PooledSentence {
  paragraph: Paragraph;
  /** Verbatim from the paragraph's text, or from its Chinese original for a Chinese question. */
  text: string;
  /** The paragraph's rank in the search (0 = best). */
  rank: number;
  /** Weighted share of the question's content words in the sentence. */
  coverage: number;
  /** The same share with the question's dates left out (years, quarters): what an open question's evidence is judged on. */
  topic: number;
  /** Share of the question's companies named in the sentence (or, at half weight, its paragraph). */
  subject: number;
  /** Every company the question names is named in the sentence or its paragraph (not one of two, twice). */
  everySubject: boolean;
  /** The sentence names a company the question does not ask about (nor a parent or unit of one it does). */
  namesOthers: boolean;
  /** Another company leads the sentence and the asked ones come only after a preposition: "Alibaba faces competition from … Baidu Cloud" is Alibaba's news, not Baidu's. */
  askedAsObject: boolean;
  /** Position within the paragraph, for reading order. */
  position: number;
  /** Whether it speaks to what an open question asks about (a reason, a risk …): 1, 0, or 0.5 when nothing was asked. */
  aspect: number;
  /** After "Why?": it states only the figures the last answer gave (the figure again, not its reason). */
  restatesAnswer: boolean;
  /** After "Why?": 1 in (or next to) a paragraph stating the last answer's figures, where its reasons are usually told. */
  nearAnswer: number;
  /** After "Why?": it states a figure the last answer gave (with or without more), so what else it says is about that fact. */
  statesAnswerFigure: boolean;
}

export interface SentencePool {
  terms: QuestionTerms;
  /** The question's content terms without its dates: what it is about. */
  topicTerms: Map<string, number>;
  /** The aspects the question asks about (reason, risk, difference …), most specific first. */
  aspects: Aspect[];
  /** "How did Tencent and ByteDance each …?": each company's own account answers, as each side of a comparison does. */
  eachOf: boolean;
  /** "Why?", "那风险呢?": the question asks only an aspect of what was just discussed, so the aspect weighs more. */
  aspectSwitch: boolean;
  /** "Which of those …?": the question picks one among the companies the last reply named (its entities), not all of them. */
  pickAmong?: boolean;
  sentences: PooledSentence[];
  /** Paragraph id → search rank. */
  ranks: Map<string, number>;
  /** The last question and its answer, in a conversation: what a new figure question must not be answered with again. */
  known?: string;
  /** A follow-up's own content terms, when the pool's terms also hold words borrowed from the turn before. */
  ownTerms?: Map<string, number>;
}

const MIN_CHARS = 20;
// A sentence naming several people with their titles runs long and is still one statement.
const MAX_CHARS = 500;

/**
 * What the question is about, in words: a follow-up ("And Tencent?", "What did he say next?") borrows
 * the previous question's words, minus the companies it named when this turn names its own.
 */
export function analysisText(frame: QuestionFrame, previousText: string | undefined, context: PlannerContext): string {
  if (!previousText) return frame.text;
  let borrowed = previousText;
  // "And Tencent?" names its own subject, so the previous one's names go; "And a year earlier?" keeps them.
  const ownSubjects = context.aliases.find(frame.text).filter((mention) => ['company', 'product', 'person'].includes(context.aliases.get(mention.id)?.kind ?? ''));
  if (ownSubjects.length) {
    for (const mention of [...context.aliases.find(previousText)].sort((a, b) => b.index - a.index)) {
      borrowed = `${borrowed.slice(0, mention.index)} ${borrowed.slice(mention.index + mention.name.length)}`;
    }
  }
  return `${borrowed.replace(/[?？]\s*$/, '')} ${frame.text}`;
}

/**
 * The text without the publishers it names ("according to Business Show", "per the Zhidongxi piece", "据财新"): a
 * source asked for narrows where to look, and "Business Show" in a sentence ("A supply chain source told Business
 * Show …") is no sign that it answers. Words the question asks with are left as they are.
 */
export function withoutPublishers(text: string, context: Pick<PlannerContext, 'documents'>): string {
  let rest = text;
  for (const name of collectionPublisherNames(context.documents.values()).sort((a, b) => b.length - a.length)) {
    rest = rest.replace(wholeWord(name, { flags: 'gi', possessive: true }), ' ');
  }
  return rest;
}

/** What a "which of those" question picks among: the companies and products the last reply named. */
const PICKED_KINDS = new Set(['company', 'product']);

/** Words a follow-up points back with, saying nothing of their own ("doing deals like that", "such a move", "这么做"). Data. */
const POINTING_WORDS = /\b(?:it|its|they|them|their|he|she|his|her|this|that|these|those|such|so|like|do|does|did|doing|done|make|makes|made|making|take|takes|took|taking|go|goes|went|a|an|the|deals?|moves?|decisions?|steps?|things?|bets?|way|is|are|was|were|be|been|being|still|now|then|again|all|of|to|on|in|for|with)\b|这么做|这样做|那样做|这么|这样|那样|这笔|此举|这件事|它们?|他们?|她|其/gi;

/** Whether an aspect switch says nothing beyond its aspect and words that point back ("Why is it doing deals like that?"). */
function pointsBackOnly(text: string, context: Pick<PlannerContext, 'aliases'>): boolean {
  let rest = text;
  for (const aspect of askedAspects(text)) rest = rest.replace(new RegExp(aspect.asked.source, 'giu'), ' ');
  for (const mention of [...context.aliases.find(rest)].sort((a, b) => b.index - a.index)) rest = `${rest.slice(0, mention.index)} ${rest.slice(mention.index + mention.name.length)}`;
  rest = rest.replace(POINTING_WORDS, ' ').replace(/\b(?:why|how|what|which|who|when|where)\b|为什么|为何|为啥|怎么|如何/gi, ' ');
  return !/[A-Za-z]{3,}|\p{Script=Han}{2,}/u.test(rest);
}

/** The aspect alone, as a bare follow-up asks it: "Why?", "为什么?". */
function bareAspect(text: string): string {
  const [aspect] = askedAspects(text);
  const match = aspect ? new RegExp(aspect.asked.source, 'iu').exec(text) : null;
  return match ? `${match[0]}?` : text;
}

/** The search query for a question: its words first, then their translations, within the search tool's limit. */
export function searchQuery(text: string, index?: OpenIndex): string {
  const own = text.slice(0, 500);
  const translated = withTranslations(own).slice(own.length).trim();
  // "… signing up with just one backer": a word no report uses finds nothing; the synonym a report does use
  // ("investor") finds its paragraph. Words the reports use are searched as they are (their synonyms only add noise).
  const paraphrased = index ? paraphrasesOfUnused(own, index) : '';
  return [own, translated, paraphrased].filter(Boolean).join('\n').slice(0, 500);
}

/** Synonyms (from the shared table) of the question's words that no report uses. */
function paraphrasesOfUnused(text: string, index: OpenIndex): string {
  const words = new Set(text.toLowerCase().match(/[a-z][a-z-]+/g) ?? []);
  const unused = [...words].filter((word) => index.tokenizer.terms(word).every((term) => !inReports(index, term)));
  const extra = new Set<string>();
  for (const group of SYNONYMS) if (group.some((word) => unused.includes(word))) for (const word of group) if (!words.has(word)) extra.add(word);
  return [...extra].join(' ');
}

const MINOR_WORDS = new Set(['of', 'and', 'the', 'in', 'for', 'to', 'on', 'at', 'by', 'a', 'an', 'or', 'per', 'except', 'as', 'from', 'with', 'its', 'their']);

/**
 * A line that names rather than says: "Table of Contents", or every word (parentheticals and minor
 * words aside) capitalised, with no full stop. Captions of statements and section titles are such lines.
 */
export function isHeading(text: string): boolean {
  if (/^Table of Contents\b/i.test(text)) return true;
  if (/[.!?。！？]["”’)]?\s*$/.test(text) || /\p{Script=Han}/u.test(text)) return false;
  const words = text.replace(/\([^)]*\)/g, ' ').match(/[A-Za-z][A-Za-z'’&-]*/g) ?? [];
  const content = words.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
  return content.length >= 3 && content.every((word) => /^[A-Z]/.test(word));
}

/**
 * `known`: the last question and its answer. After "Why?", sentences stating that answer's figures mark
 * where in the reports the answer came from.
 */
export async function buildSentencePool(frame: QuestionFrame, context: PlannerContext, previousText?: string, k = 10, known?: string): Promise<SentencePool> {
  // "…, according to Business Show?": the publisher scopes the search (frame.docIds); its name is no word a passage must say.
  // (Only when the search is narrowed to them: a follow-up's borrowed "…, according to 定焦One" still points the way.)
  const aspectSwitch = Boolean(previousText) && asksAspectSwitch(frame.text);
  // "Why is it doing deals like that?", "Why make such a move?": an aspect asked of what was just said, in words that only
  // point back at it, is read as the bare "Why?" — "deals" would otherwise send the search to other deals.
  const own = aspectSwitch && pointsBackOnly(frame.text, context) ? { ...frame, text: bareAspect(frame.text) } : frame;
  const whole = analysisText(own, previousText, context);
  // "… according to the cloud competition article": where the asker read it is no word a passage must say either.
  const text = withoutSourceReference(frame.docIds.length ? withoutPublishers(whole, context) : whole);
  const aspects = askedAspects(frame.text);
  const terms = withoutSettingNames(questionTerms(context.index, text, frame.unknownNames), frame.text, aspects, context);
  const topicTerms = withoutPeriods(terms.relation, context, aspects, text, frame.lang);
  // The other language's words for the question's relations go into the query too, so a Chinese question meets English-only paragraphs.
  // A bare "Why?" borrows the last question's words, which find the figure again: the aspect's own words find its reasons.
  const query = searchQuery(aspectSwitch ? `${own.text} ${aspects.map((aspect) => aspect.search).join(' ')} ${text}` : text, context.index);
  // The reason or risk behind a figure is rarely in the figure's own paragraph, so an aspect switch looks further.
  const results = await context.tools.search({ query, k: Math.min(MAX_SEARCH_K, aspectSwitch ? 2 * k : k), ...(frame.docIds.length === 1 ? { docId: frame.docIds[0]! } : {}) });
  // "Who is Tencent's president?": the passage giving the title ("Tencent President Liu Chiping") may share
  // only those two words with the question, so they are searched for on their own too.
  const role = roleSearchQuery(frame, context);
  if (role) {
    const seen = new Set(results.map((result) => result.paragraphId));
    for (const result of await context.tools.search({ query: role, k: ROLE_SEARCH_K, ...(frame.docIds.length === 1 ? { docId: frame.docIds[0]! } : {}) })) {
      if (!seen.has(result.paragraphId)) results.push(result);
    }
  }
  // An open question's answer is told in the aspect's own words ("… may impair …", "… because …"), which the
  // question rarely uses: its subject searched with those words brings the paragraphs that give the reason or risk.
  const aspectQuery = aspectSwitch ? undefined : aspectSearchQuery(aspects, text, context.index);
  if (aspectQuery) {
    const seen = new Set(results.map((result) => result.paragraphId));
    for (const result of await context.tools.search({ query: aspectQuery, k: ASPECT_SEARCH_K, ...(frame.docIds.length === 1 ? { docId: frame.docIds[0]! } : {}) })) {
      if (!seen.has(result.paragraphId)) results.push(result);
    }
  }
  const ranks = new Map(results.map((result, rank) => [result.paragraphId, rank]));
  const verbs = verbsOfReports(context.index.snapshot.paragraphs);
  const asked = terms.entities.filter((term) => term.startsWith('@')).map((term) => term.slice(1));
  const sentences: PooledSentence[] = [];
  // "Which of those is still deeply in the red?" after a reply naming four companies: a sentence naming two or more of
  // them is the list said again, which picks none (the borrowed text is then the names to pick among).
  // (The planner borrows only the names then, no question: a borrowed question, "其中有多少用于数据中心?" after a figure,
  // picks among nothing. Only companies and products are picked among, never a measure the table also knows.)
  const picked = previousText !== undefined && !/[?？]/.test(previousText) && AMONG_ANSWER.test(frame.text)
    ? context.aliases.ids(previousText).filter((id) => PICKED_KINDS.has(context.aliases.get(id)?.kind ?? '')) : [];
  const picking = picked.length >= 2 ? new Set(picked) : undefined;
  const restatesList = (text: string) => Boolean(picking && context.aliases.ids(text).filter((id) => picking.has(id)).length >= 2);
  // Reports repeat paragraphs (a caption above its article, an author line twice): one copy is enough.
  const seen = new Set<string>();
  for (const [rank, result] of results.entries()) {
    const paragraph = context.paragraphs.get(result.paragraphId);
    if (!paragraph) continue;
    const title = context.documents.get(paragraph.docId)?.title ?? '';
    const sources = frame.lang === 'zh' && paragraph.original ? [paragraph.original] : [paragraph.text];
    for (const source of sources) {
      const spans = splitSentences(source);
      spans.forEach((span, position) => {
        if (span.text.length < MIN_CHARS || span.text.length > MAX_CHARS) return;
        // A report's own rhetorical question ("Where does the money flow?") answers nothing.
        // nor does a line that only introduces what follows ("… changing in three aspects:").
        if (/[?？:：]["”’)]?\s*$/.test(span.text)) return;
        // A heading or caption ("Table of Contents … Consolidated Statements of Cash Flows (In millions)") says nothing.
        if (isHeading(span.text)) return;
        // A glossary entry's first line is its term ("T-Head Semiconductor"), which the entry's sentences then define.
        if (paragraph.sectionKind === 'glossary' && position === 0 && source.startsWith(`${span.text}\n`)) return;
        if (restatesList(span.text)) return;
        const key = span.text.replace(/\s+/g, ' ').toLowerCase();
        if (seen.has(key)) return;
        seen.add(key);
        sentences.push({
          paragraph, text: span.text, rank, position,
          coverage: coverage(context.index, terms.relation, span.text),
          topic: topicTerms.size ? topicOf(span.text, position > 0 ? spans[position - 1]!.text : undefined, topicTerms, context) : subjectMatch(context.index, terms.entities, span.text, `${title}\n${paragraph.text}`),
          subject: subjectMatch(context.index, terms.entities, span.text, `${title}\n${paragraph.text}`),
          everySubject: terms.entities.every((entity) => subjectMatch(context.index, [entity], span.text, `${title}\n${paragraph.text}`) > 0),
          namesOthers: namesOtherCompanies(span.text, asked, context),
          askedAsObject: askedOnlyAsObject(span.text, asked, context.aliases, frame.text),
          // After a bare "Why?" no act of the question's own is restated, so a purpose clause ("… to prioritize …")
          // ties to nothing asked: only the aspect's own words count there.
          aspect: aspectSwitch ? aspectMatch(aspects, span.text) : relationMatch(aspects, span.text, verbs) || (purposeFirstReason(span.text, aspects, topicTerms, verbs, context) ? 1 : 0),
          restatesAnswer: aspectSwitch && repeatsAnswer(span.text, known),
          nearAnswer: 0,
          statesAnswerFigure: aspectSwitch && mentionsFigureOf(span.text, known),
        });
      });
    }
  }
  if (aspectSwitch) markNearAnswer(sentences);
  const ownTerms = whole !== frame.text ? questionTerms(context.index, frame.text, frame.unknownNames).relation : undefined;
  return { terms, topicTerms, aspects, aspectSwitch, sentences, ranks, eachOf: terms.entities.length > 1 && asksEachOf(frame.text), ...(known ? { known } : {}), ...(picking ? { pickAmong: true } : {}), ...(ownTerms?.size ? { ownTerms } : {}) };
}

/**
 * "To quickly acquire computing power …—while avoiding the costs of building their own data centers—developers turned
 * to public clouds" gives the reason for its main clause's act: it answers "Why do startups run on public clouds …?"
 * only when that main clause states something the question asks that the purpose clause does not ("public cloud"),
 * not "Why is computing a heavy burden?", whose words the purpose clause alone repeats.
 */
function purposeFirstReason(text: string, aspects: Aspect[], topicTerms: Map<string, number>, verbs: ReadonlySet<string>, context: PlannerContext): boolean {
  if (!aspects.some((aspect) => aspect.id === 'reason')) return false;
  const parts = openingPurpose(text, verbs);
  if (!parts) return false;
  const covers = (clause: string, term: string) => coverage(context.index, new Map([[term, 1]]), clause) === 1;
  return [...topicTerms.keys()].some((term) => covers(parts.main, term) && !covers(parts.purpose, term));
}

/** Whether the sentence names a company other than those asked about, their parents and their units. */
function namesOtherCompanies(text: string, asked: string[], context: PlannerContext): boolean {
  const isAsked = kinOf(asked, context.aliases);
  return context.aliases.ids(text).some((id) => context.aliases.get(id)?.kind === 'company' && !isAsked(id));
}

/** Words after which a company is the object of what the sentence's subject does ("competition from Baidu Cloud"). Data. */
const OBJECT_PREPOSITION = /\b(?:from|by|against|than|over|versus|vs\.?)\s*$/i;
/** "Alibaba's investment style has been compared with Tencent's": Tencent is what Alibaba's is set against. */
const COMPARED_WITH = /\b(?:compared (?:with|to)|contrasted with)\s*$/i;
/** A question that itself sets its company against another ("跟DeepSeek R1比", "compared with Tencent"): there a comparison's object is asked. */
const QUESTION_COMPARES = /\b(?:compared? (?:with|to)|than|versus|vs\.?|relative to)\b|(?:跟|与|和|同).{1,24}(?:比|相比)/i;

/**
 * Another company is named first, and every mention of an asked one (or its kin) follows a preposition: the asked
 * company is what the sentence's subject competes with, is backed by …, not who acts.
 */
export function askedOnlyAsObject(text: string, asked: string[], aliases: AliasTable, question = ''): boolean {
  const isAsked = kinOf(asked, aliases);
  const companies = aliases.find(text).filter((mention) => aliases.get(mention.id)?.kind === 'company').sort((a, b) => a.index - b.index);
  const mentions = companies.filter((mention) => isAsked(mention.id));
  if (!companies.length || isAsked(companies[0]!.id) || !mentions.length) return false;
  const comparisonIsObject = !QUESTION_COMPARES.test(question);
  return mentions.every((mention) => {
    const before = text.slice(Math.max(0, mention.index - 24), mention.index).replace(/\b(?:the|its|their)\s*$/i, '').trimEnd() + ' ';
    return OBJECT_PREPOSITION.test(before) || (comparisonIsObject && COMPARED_WITH.test(before));
  });
}

/** Sentences in a paragraph that states the last answer's figures, or in the paragraph either side of it. */
function markNearAnswer(sentences: PooledSentence[]): void {
  const anchors = sentences.filter((sentence) => sentence.restatesAnswer).map((sentence) => sentence.paragraph);
  for (const sentence of sentences) {
    if (anchors.some((anchor) => anchor.docId === sentence.paragraph.docId && Math.abs(anchor.n - sentence.paragraph.n) <= 1)) sentence.nearAnswer = 1;
  }
}

/**
 * Openers that point back at the sentence before ("This arrangement stems largely from …", "这是因为…"):
 * such a sentence gives the reason for what that one said, so it is about what that one is about.
 */
const POINTS_BACK = /^(?:(?:This|That|These|Those|It|Such)\b|The (?:move|arrangement|decision|deal|shift|change|step)\b|这|此|该)/;

/** How much of what the question is about a sentence covers, reading one that points back together with the sentence before it. */
function topicOf(text: string, before: string | undefined, topicTerms: Map<string, number>, context: PlannerContext): number {
  const own = coverage(context.index, topicTerms, text);
  return before && POINTS_BACK.test(text) ? Math.max(own, coverage(context.index, topicTerms, `${before} ${text}`)) : own;
}

const NAMED_KINDS = new Set(['company', 'product', 'person']);

/**
 * What the question is about besides whom, when and which aspect: its terms without the dating ones (years,
 * quarters, months), the words of the names it asks about ("meituan", which the subject match already
 * scores) and the aspect's own words ("differ", "risk"); all of them when nothing else would remain.
 */
function withoutPeriods(terms: Map<string, number>, context: PlannerContext, aspects: Aspect[] = [], question = '', lang: 'en' | 'zh' = 'en'): Map<string, number> {
  const stems = periodIndexTerms(context.index.tokenizer);
  const leadInWords = new Set(context.index.tokenizer.terms(leadInOf(question)));
  const kept = new Map([...terms].filter(([term]) => !stems.has(term) && !/^(?:19|20)\d{2}$/.test(term) && !context.aliases.ids(term).some((id) => NAMED_KINDS.has(context.aliases.get(id)?.kind ?? ''))
    // The aspect's own words ("differ", "risk", "strategy") are judged by the aspect match, not here.
    && !aspects.some((aspect) => aspect.asked.test(term)) && !aspectStems(aspects, question, context).has(term)
    // A polite lead-in's words ("Could you explain …", "I'd like to understand …") say how the asker asks, not what about.
    && !leadInWords.has(term)));
  // A word no report uses ("robotaxi", "stop" in "Why did Tencent stop working with Huawei Cloud?") can be matched
  // by no sentence, so it cannot tell two sentences apart; but dropped, the rest ("cloud") looks fully covered by
  // any sentence, and the act asked about is lost. It stays, at a reduced weight (a paraphrase's word the reports
  // do not use should not sink a sentence that says the rest).
  // Only the asker's own words: a Chinese question's English translations offer alternatives ("sell", "sold"), some of
  // which the reports never use, and a Chinese bigram across a question word ("么出" in "为什么出售") is no word at all.
  for (const [term, weight] of kept) {
    if (inReports(context.index, term)) continue;
    const own = /\p{Script=Han}/u.test(term) === (lang === 'zh') && !/[什么哪些怎为何吗呢]/u.test(term);
    if (own) kept.set(term, ABSENT_TERM_SHARE * weight);
    else kept.delete(term);
  }
  if ([...kept.keys()].some((term) => inReports(context.index, term))) return kept;
  // "斑马网络面临哪些风险?", "What risks does Zebra face?": nothing is asked beyond whom and which aspect, so a sentence is
  // on topic by naming the subject (`topic` falls back to the subject match); the question's other words would only
  // be its aspect again, in translation ("face", "establish").
  return aspects.length && context.aliases.find(question).some((mention) => NAMED_KINDS.has(context.aliases.get(mention.id)?.kind ?? '')) ? new Map() : terms;
}

/**
 * The condition an open question is asked under, before its main clause: "With Nvidia supply squeezed, …", "Amid the
 * export curbs, …", "在英伟达GPU供应受限的情况下,…", "面对美国的出口管制,…". (Not an event before it, "After DeepSeek
 * took off, …": what followed is asked, and the event's name finds it.)
 */
const SETTING = /^\s*(?:with|amid|amidst|despite|under)\s+[^,?]{3,80},|^\s*(?:在|面对|面临)[^,，。？?]{1,30}(?:情况下|背景下|之下)[,，]|^\s*面对[^,，。？?]{1,30}[,，]/i;

/** A pronoun as the main clause's subject ("why did it …", "how have they …"): the setting's company is what it asks about. */
const POINTS_BACK_TO_SETTING = /\b(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+(?:it|they)\b|其|它|他们/i;

/**
 * An open question's subjects without the companies named only in its setting: "With Nvidia supply squeezed, what
 * routes are Chinese cloud providers taking …?" is about the cloud providers, and a passage need not name Nvidia.
 * ("Given that Unitree …" states a premise about the subject, not a setting.)
 */
function withoutSettingNames(terms: QuestionTerms, question: string, aspects: Aspect[], context: PlannerContext): QuestionTerms {
  const setting = aspects.length ? SETTING.exec(question)?.[0] : undefined;
  // "With Unitree profitable, why did it raise money?": a pronoun in the main clause takes the setting's company as subject.
  if (!setting || POINTS_BACK_TO_SETTING.test(question.slice(setting.length))) return terms;
  const main = new Set(context.aliases.ids(question.slice(setting.length)));
  const onlyThere = new Set(context.aliases.ids(setting).filter((id) => !main.has(id)).map((id) => `@${id}`));
  return onlyThere.size ? { ...terms, entities: terms.entities.filter((entity) => !onlyThere.has(entity)) } : terms;
}

/** The stems of the words the question asks its aspect in ("summarise", "reasons"): the aspect match judges them. */
function aspectStems(aspects: Aspect[], question: string, context: PlannerContext): Set<string> {
  const stems = new Set<string>();
  for (const aspect of aspects) {
    // The aspect's words and their translations ("面临" is "face", "成立" is "establish"): a Chinese question's aspect is searched in English.
    for (const match of question.matchAll(new RegExp(aspect.asked.source, 'giu'))) for (const term of context.index.tokenizer.terms(withTranslations(match[0]))) stems.add(term);
  }
  return stems;
}

/** The weight a question word no report uses keeps in what the question is about (see `withoutPeriods`). */
const ABSENT_TERM_SHARE = 0.5;
const ROLE_SEARCH_K = 4;
const ASPECT_SEARCH_K = 6;

/** The question with the words its asked aspects are answered in ("risk uncertainty …"), or nothing when it asks none. */
export function aspectSearchQuery(aspects: Aspect[], text: string, index?: OpenIndex): string | undefined {
  // A comparison's sides are found by its two subjects' own words; contrast words ("whereas") only bring other pairs' contrasts.
  // An aspect the question only names as its object ("the risks to Alibaba's big AI bet": the bet, a strategy) adds no
  // words: the asked one's are what its answer is told in.
  const words = askedRelations(aspects).filter((aspect) => aspect.id !== 'difference').map((aspect) => aspect.search).filter(Boolean).join(' ');
  return words ? searchQuery(`${text} ${words}`, index) : undefined;
}

/** The companies a role question names and the role's words in both languages: "Tencent president 总裁". */
function roleSearchQuery(frame: QuestionFrame, context: PlannerContext): string | undefined {
  const role = askedRole(frame.text);
  if (!role || !frame.entities.length) return undefined;
  const names = frame.entities.flatMap((id) => context.aliases.get(id)?.names.slice(0, 1) ?? []);
  return `${names.join(' ')} ${ROLE_WORDS.find((entry) => entry.id === role)!.query}`;
}

/** A sentence's relevance on its own: covers the question, names its subject, ranks high in search. */
/** The paragraph's text before the sentence (the paragraph's original when the sentence is from it). */
export function textBefore(sentence: PooledSentence): string {
  for (const text of [sentence.paragraph.text, sentence.paragraph.original ?? '']) {
    const at = text.indexOf(sentence.text);
    if (at >= 0) return text.slice(0, at);
  }
  return '';
}

export function relevance(sentence: PooledSentence): number {
  return 0.55 * sentence.coverage + 0.3 * sentence.subject + 0.15 / (1 + sentence.rank);
}

/** The sentence `offset` places from `sentence` in its paragraph (-1 before, 1 after), where a name it refers back to was given or its account goes on. */
export function sentenceBeside(sentence: Pick<PooledSentence, 'paragraph' | 'text'>, offset: -1 | 1): string | undefined {
  const spans = splitSentences(sentence.paragraph.text);
  // The span that is the sentence, or holds it; one it merely holds must be most of it (a heading "Silicon Flow" is not
  // the sentence "Silicon Flow, a partner …").
  const holding = spans.findIndex((span) => span.text.includes(sentence.text));
  const at = holding >= 0 ? holding : spans.findIndex((span) => sentence.text.includes(span.text) && span.text.length * 2 >= sentence.text.length);
  return at >= 0 ? spans[at + offset]?.text : undefined;
}

/** The sentence before `sentence` in its paragraph. */
export const sentenceBefore = (sentence: Pick<PooledSentence, 'paragraph' | 'text'>) => sentenceBeside(sentence, -1);
