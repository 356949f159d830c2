/**
 * @module Question analysis → candidates → scores → one answer whose form follows its confidence:
 * stated plainly (high), hedged (medium), or "the reports don't say" with the closest passages (low).
 */
import { changeConfirmed, statedChanges } from './change-premise.js';
import { collectionPublisherNames, escapeRegExp } from '../../core/index.js';
import { mentionsFigureOf, repeatsAnswer } from '../conversation-state.js';
import { asksAspectSwitch, asksItsOwnQuestion } from '../follow-up.js';
import type { QuestionFrame } from '../question-frame.js';
import { leadingType, wantedTypes, type AnswerType, type WantedTypes } from './answer-type.js';
import { forkContext, generateCandidates, type AnswerCandidate } from './candidates.js';
import { dontSaySentence } from './plan-refusal.js';
import { askedTerms, namesEverySubject, sharesSubjectAndRelation } from './closest-passages.js';
import { correctedAnswer, falsePremise, reasonsAfter } from './premise-answer.js';
import type { PlannerContext, PlanResult } from './planner-context.js';
import { confidenceOf, preferAskedType, probability, type Confidence } from './rank-candidates.js';
import { analysisText, buildSentencePool, relevance, sentenceBeside, type SentencePool } from './sentence-pool.js';
import { askedFit, askedSpan, hasAskedSpan, missingPhrases, orList, type AskedFit, type AskedSpan } from './asked-fit.js';
import { inSentence, mostlyChinese, supportingQuote } from './text-candidates.js';
import { explanationForm, namesAbsentFromReports, type ExplanationForm } from './explanation-evidence.js';
import { chineseQuestionChecked, MIN_TRANSLATED_TOPIC } from './chinese-coverage.js';
import { nearMissOpening, nearMissSentences } from './near-miss.js';
import { withNo, withYes } from './yes-no.js';
import { nameCandidate, nameKindAsked, possessedCandidate } from './name-candidate.js';
import { asksWhichIsLarger } from './plan-figure.js';

const FIGURE_TYPES: AnswerType[] = ['amount', 'percent', 'count'];

/**
 * Paragraphs searched for a question. An open question's evidence is worded unlike the question (its reason
 * or risk in the report's words), so more paragraphs are read for it: the sentences are weighed anyway.
 */
const FIGURE_QUESTION_K = 10;
const OPEN_QUESTION_K = 20;

export interface ChosenAnswer extends PlanResult {
  confidence: Confidence;
  context: PlannerContext;
}

/** A follow-up with no cue of its own ("And Tencent?") wants what the previous question wanted; "Why?" and "分别负责什么?" want their own. */
function wantedFor(frame: QuestionFrame, previousText: string | undefined): WantedTypes {
  const own = wantedTypes(frame.text);
  if (!previousText || asksAspectSwitch(frame.text) || asksItsOwnQuestion(frame.text)) return own;
  const cued = Object.entries(own).some(([type, weight]) => type !== 'sentence' && type !== 'explanation' && weight >= 0.5);
  return cued ? own : wantedTypes(previousText);
}

export async function rankCandidates(frame: QuestionFrame, previousText: string | undefined, base: PlannerContext, known?: string) {
  const wanted = wantedFor(frame, previousText);
  const pool = await buildSentencePool(frame, base, previousText, leadingType(wanted) === 'explanation' ? OPEN_QUESTION_K : FIGURE_QUESTION_K, known);
  const candidates = await generateCandidates(frame, wanted, pool, base);
  const ranked = preferAskedType(candidates.map((candidate) => ({ candidate, p: probability(candidate.features) })).sort((a, b) => b.p - a.p), wanted);
  return { wanted, pool, ranked };
}

/**
 * `previousAnswer`: the reply to the last turn. A new question is never answered by stating its figures
 * again ("And what does it plan to spend this year?" is not the Q4 figure once more).
 */
export async function chooseAnswer(frame: QuestionFrame, previousText: string | undefined, base: PlannerContext, previousAnswer?: string): Promise<ChosenAnswer> {
  const { wanted, pool, ranked: all } = await rankCandidates(frame, previousText, base, previousAnswer);
  // A figure question answered only by quoting the old figure repeats it; a who/when answer quoting it does not.
  const asksFigure = FIGURE_TYPES.includes(leadingType(wanted));
  // "Why?" after a figure may be answered by a reason that mentions the figure; the figure quoted again is no answer to it.
  const aspectSwitch = Boolean(previousText) && asksAspectSwitch(frame.text);
  const repeats = (candidate: AnswerCandidate) => !(aspectSwitch && candidate.type === 'explanation') && repeatsAnswer(candidate.sentences.join(' '), previousAnswer, asksFigure || aspectSwitch);
  const ranked = previousAnswer && frame.kind !== 'source' ? all.filter(({ candidate }) => !repeats(candidate)) : all;
  // A calculation asked for whose operand the reports lack: say which, rather than answer a near miss.
  // Another route that did work it out (a measure from table cells) outranks the refusal.
  const lacking = ranked.find(({ candidate }) => candidate.refused);
  const worked = ranked.some(({ candidate }) => candidate.origin === 'calculation' && !candidate.refused);
  if (lacking && !worked) return { sentences: lacking.candidate.sentences, refused: true, confidence: 'low', context: lacking.candidate.context };
  // An open question (why / how / what risk / summarise / compare) is answered from its evidence, not from the
  // figure model's score: the scores were fitted on figures, and an open question is never answered by a lone one.
  // ("Compare X's and Y's figures" and "X's plan versus Y's plan?" are left to the scored candidates.) A why-question
  // stating a figure is open too: a figure it gets wrong is corrected first, and the reasons follow (`premise-answer.ts`).
  const figureComparison = frame.kind === 'comparison' || (frame.metrics.length > 0 && pool.aspects.length > 0 && pool.aspects.every((aspect) => aspect.id === 'difference'));
  if (leadingType(wanted) === 'explanation' && !aspectSwitch && !figureComparison) {
    const open = openAnswer(frame, pool, ranked, base, previousAnswer);
    if (open) return open;
  }
  const paired = pairFact(frame, ranked);
  // "Did Zhipu raise more than Baichuan?": the figures compared (converted into one currency where they differ) settle it,
  // ahead of a passage that merely names both.
  const compared = asksWhichIsLarger(frame.text) ? ranked.find(({ candidate, p }) => candidate.origin === 'facts' && candidate.direct && confidenceOf(p) !== 'low') : undefined;
  const top = paired ?? compared ?? byFit(ranked);
  // A company the question names that the answer's own passage never mentions: not an answer about it.
  // So is one company's figure given to a question that names no company at all ("智能语音今年年初完成了多少融资?",
  // whose subject the alias table does not know, is not answered with Zhipu's funding): at most the closest passage.
  // (A name written shorter than the table has it, "Harbor Lane" for Harbor Lane Foods, still names the company.)
  const leadCompany = top?.candidate.lead?.entity ? base.aliases.get(top.candidate.lead.entity) : undefined;
  const strayCompany = top?.candidate.origin === 'facts' && pool.terms.entities.length === 0 && frame.entities.length === 0 && frame.unknownNames.length === 0
    && !previousText && leadCompany?.kind === 'company' && !namedInPart(frame.text, leadCompany.names);
  const offSubject = top && ((top.candidate.features.subject === 0 && pool.terms.entities.length > 0) || strayCompany);
  // After "Why?" the evidence features measure the borrowed figure question, which a reason does not restate: an
  // explanation led by a sentence that gives the reason (or risk …) asked about is at least worth saying hedged.
  const aspectAnswered = aspectSwitch && top?.candidate.type === 'explanation' && top.candidate.speaksToAspect === true;
  const scored = top && !offSubject ? (aspectAnswered && confidenceOf(top.p) === 'low' ? 'medium' : confidenceOf(top.p)) : 'low';
  // A passage that states the typed answer to what was asked (the role holder, the event's date) is
  // direct evidence: said plainly rather than hedged as if the reports only came close.
  const fit = top?.candidate.fit.form;
  // Typed checks decide the form once the score says the candidate is worth saying: a fact or sentence
  // that states the asked figure for the asked subject and period is said plainly; a near miss (another
  // period, another measure) is hedged by naming what differs, never stated plainly.
  // A weak one (a name or date the evidence does not tie to what was asked) is said only when the score is high.
  const direct = scored !== 'low' && (fit === 'direct' || (fit === 'unchecked' && scored === 'medium' && top?.candidate.direct)) ? 'high'
    : fit === 'near' && scored === 'high' ? 'medium' : fit === 'weak' && scored === 'medium' ? 'low' : scored;
  // An open question hedged with a passage that never names one of its companies gets no hedge: it is about something else.
  const offTopicHedge = direct === 'medium' && !aspectAnswered && leadingType(wanted) === 'explanation' && ['explanation', 'sentence'].includes(top!.candidate.origin) && !leadTouchesQuestion(frame, top!.candidate.context);
  // A passage the score only half trusts is said plainly when it states what was asked: every content word of
  // the question and the kind of answer wanted (`asked-fit.ts`). Open questions and "Why?" have their own check.
  // ("Which of those is still deeply in the red?": a passage naming one of the companies picked among, and saying the rest of
  // the question, is checked the same way however the scores rate a question made mostly of borrowed names.)
  const checkable = direct === 'medium' || (direct === 'low' && pool.pickAmong === true && top !== undefined && !offSubject);
  const asked = checkable && !aspectSwitch && leadingType(wanted) !== 'explanation' ? statesAsked(frame, previousText, top!.candidate, base) : undefined;
  // Two asked parties tied by the asked relation in a fact is the typed answer to a yes/no question: said plainly.
  const confidence = offTopicHedge ? 'low' : asked?.holds || (paired && direct !== 'low') ? 'high' : direct;
  // "Which … platform does Tencent Cloud offer?": an enumeration giving each company its own ("Tencent Cloud's TI Platform")
  // answers it plainly, however the scores rate a sentence that names five other companies too.
  // (A premise the question gets wrong is corrected first, below.)
  // (The premise check runs only when there is such an answer: it reads the whole pool, and most questions have none.)
  if (confidence !== 'high' && !aspectSwitch) {
    const listing = forkContext(base);
    const owned = possessedCandidate(frame, pool, listing);
    if (owned && !falsePremise(frame, pool, forkContext(base))) return { sentences: owned.sentences, confidence: 'high', context: listing };
  }
  if (!top || confidence === 'low') {
    // A premise the reports contradict is still worth correcting when nothing else can be said.
    const context = forkContext(base);
    const premise = falsePremise(frame, pool, context);
    if (premise) return { sentences: correctedAnswer(premise, [], frame, context), confidence: 'medium', context };
    const declined = dontSay(frame, pool, base, leadingType(wanted) === 'explanation', previousAnswer, FIGURE_TYPES.includes(leadingType(wanted)));
    const typed = typedClosest(frame, ranked, declined.context);
    if (typed) return { sentences: hedged(typed.hedged ?? typed.sentences, Boolean(typed.hedged), typed.context), confidence: 'medium', context: typed.context };
    const named = namedClosest(frame, pool, base, declined.context);
    if (named) return { sentences: named.hedged, confidence: 'medium', context: named.context };
    // A list question whose list candidate is one sentence enumerating members of the asked kind, under the asked head
    // noun ("… development toolchains. These include Alibaba Cloud's Bailian, …"): offered hedged, as a list that may be partial.
    const listed = leadingType(wanted) === 'list' ? ranked.find(({ candidate }) => candidate.origin === 'list' && candidate.direct && candidate.hedged) : undefined;
    if (listed) return { sentences: listed.candidate.hedged!, confidence: 'medium', context: listed.candidate.context };
    return { ...declined, confidence: declined.refused ? 'low' : 'medium' };
  }
  const { candidate } = top;
  const context = candidate.context;
  // A false premise is named and corrected first, before anything else is said. The correction is the
  // answer; what follows supports it, so it is not hedged as if the reports had only come close.
  const premise = falsePremise(frame, pool, context);
  const near = candidate.fit.form === 'near' ? nearMissOpening(candidate.fit.differs, { ...(candidate.lead ? { period: candidate.lead.period, metric: candidate.lead.metric } : {}) }, frame, context.lang) : undefined;
  // A Chinese which-question hedged over an English sentence says the name it finds there in Chinese first. A passage
  // that names it only in the sentence before ("after Alibaba acquired this chip company") is read with that sentence,
  // in whatever form the answer takes: "this chip company" alone answers nothing.
  const named = !premise && !near && ['sentence', 'explanation'].includes(candidate.origin) ? namedClosest(frame, pool, base, context) : undefined;
  if (named && confidence === 'high' && named.referredBack) return { sentences: named.sentences, confidence, context: named.context };
  if (named && confidence === 'medium' && (context.lang === 'zh' || named.referredBack)) {
    if (context.lang === 'zh' && !nameGivenBefore(named.named, previousAnswer, previousText, base) && namedStatesAsked(frame, previousText, named.context, base)) {
      return { sentences: named.sentences, confidence: 'high', context: named.context };
    }
    return { sentences: named.hedged, confidence, context: named.context };
  }
  const sentences = near && !premise ? nearMissSentences(near, candidate.sentences, context.lang)
    : confidence === 'medium' && !premise ? sayMissing(hedged(candidate.hedged ?? candidate.sentences, Boolean(candidate.hedged), context), asked && context.lang === 'en' && askedSpan(frame.text) !== 'any' && !['date', 'person'].includes(candidate.origin) ? missingPhrases(frame.text, asked.missing, base.index) : [])
    : [...candidate.sentences];
  if (premise) return { sentences: correctedAnswer(premise, sentences, frame, context), confidence, context };
  // "Did Alibaba lay off about 25,000 people in 2024?": the change it states, made by the two levels the reports give.
  const confirmedChange = askedSpan(frame.text) === 'yesno' ? changeConfirmed(statedChanges(frame, context), frame.text, context) : undefined;
  if (confirmedChange) return { sentences: [confirmedChange], confidence: 'high', context };
  // A yes/no question whose passage states every word of it, as having happened: "Yes — …", not a bare quote.
  // The "yes" is the asked company's own: "Can Alibaba's chips replace Nvidia's?" is not settled by Baidu's order of Huawei chips.
  const leadQuote = context.book.list()[0]?.quote ?? '';
  const ownYes = frame.entities.filter((id) => base.aliases.get(id)?.kind === 'company').every((id) => base.aliases.ids(leadQuote).includes(id));
  // "Did Baichuan raise more than Zhipu?": which side is larger is settled by the figures (plan-figure), never by a passage naming both.
  const settled = confidence === 'high' && askedSpan(frame.text) === 'yesno' && sentences[0] && ownYes && !asksWhichIsLarger(frame.text) ? (paired ? { holds: true, negated: false } : asked ?? statesAsked(frame, previousText, candidate, base)) : undefined;
  // A passage that denies what was asked ("… has not yet achieved profitability") answers "No —" as plainly.
  if (settled?.holds && sentences[0]) sentences[0] = settled.negated ? withNo(sentences[0], context.lang) : withYes(sentences[0], context.lang);
  return { sentences, confidence, context };
}

/**
 * The candidate to answer with: the best-scored one, unless its typed check says it is no answer (another
 * company's figure, a sentence without the asked figure, a name that is no one in the asked role) — then
 * the best answerable one still worth saying, else none (the refusal says what the reports lack); and a
 * near miss gives way to a direct answer that is also worth saying.
 */
export function byFit<T extends { candidate: AnswerCandidate; p: number }>(ranked: T[]): T | undefined {
  const [first] = ranked;
  if (!first) return undefined;
  const worth = (entry: T) => confidenceOf(entry.p) !== 'low';
  if (first.candidate.fit.form === 'off') {
    // A fact is checked on more than a sentence (its owner, measure and period, not only its words): among answers that fit, it goes first.
    const fitting = ranked.filter((entry) => entry.candidate.fit.form !== 'off' && worth(entry));
    return fitting.find((entry) => entry.candidate.fit.form === 'direct' && entry.candidate.origin === 'facts') ?? fitting[0];
  }
  if (first.candidate.fit.form === 'near') return ranked.find((entry) => entry.candidate.fit.form === 'direct' && worth(entry)) ?? first;
  return first;
}

/** Candidates whose form no typed check decides: a quoted sentence, a set of sentences, a date or person read from one. */
const PLAIN_WHEN_FITTING: AnswerCandidate['origin'][] = ['sentence', 'explanation', 'date', 'person'];

/** Whether the candidate's opening passage states what was asked, about the asked subject; undefined when no check applies. */
function statesAsked(frame: QuestionFrame, previousText: string | undefined, candidate: AnswerCandidate, base: PlannerContext): AskedFit | undefined {
  if (candidate.fit.form !== 'unchecked' || !PLAIN_WHEN_FITTING.includes(candidate.origin) || candidate.features.subject < 0.5) return undefined;
  const lead = candidate.context.book.list()[0];
  if (!lead) return undefined;
  // The borrowed text's first line is the last question; what its reply said (later lines) helps find passages but is not asked.
  // A timeline entry's heading dates its sentence ("February 17, 2025:"): it is part of what the passage states.
  const paragraph = base.paragraphs.get(lead.paragraphId);
  const heading = paragraph?.sectionKind === 'timeline' && paragraph.text.includes('\n') ? `${paragraph.text.split('\n')[0]} ` : '';
  // "Silicon Flow … leads in providing third-party inference services. … it recently secured Series A funding led by Alibaba
  // Cloud": a next quote from the same paragraph that points back at the lead's subject says more of the same one.
  const next = candidate.context.book.list()[1];
  const after = paragraph && next?.paragraphId === lead.paragraphId ? sentenceBeside({ paragraph, text: lead.quote }, 1) : undefined;
  const continued = next && after !== undefined && after.includes(next.quote) && CONTINUES.test(next.quote) ? ` ${next.quote}` : '';
  const input = { question: frame.text, withContext: analysisText(frame, previousText?.split('\n')[0], base), unknownNames: frame.unknownNames, sentence: `${heading}${lead.quote}${continued}`, asOf: base.documents.get(lead.docId)?.date ?? null };
  const fit = askedFit(input, base.index);
  // Said plainly, the answer opens with this passage: in the asker's language, unless the candidate words its own opening (a date, a person).
  const ownLanguage = ['date', 'person'].includes(candidate.origin) || mostlyChinese(lead.quote) === (base.lang === 'zh');
  if (!ownLanguage) return { ...fit, holds: false };
  // A person read from the passage in the role asked (or a date bound to the event), the passage saying most of the rest
  // ("seated next to" for "sat beside"): the typed span is the answer; a missing word or two is paraphrase.
  const mostOf = (candidate.origin === 'person' || candidate.origin === 'date') && fit.span && (fit.required ?? 0) >= MIN_PERSON_TERMS && fit.missing.length * 3 <= (fit.required ?? 0);
  return mostOf ? { ...fit, holds: true } : fit;
}

/**
 * "那腾讯2023年还投了哪家大模型公司?": a name the last answer already gave is no new answer to a follow-up. A question
 * asked again (the planner then sets the last answer aside, but the conversation goes on) may be asking for another.
 */
function nameGivenBefore(named: { name: string; id?: string }, previousAnswer: string | undefined, previousText: string | undefined, base: PlannerContext): boolean {
  if (previousAnswer === undefined) return previousText !== undefined;
  return previousAnswer.includes(named.name) || (named.id !== undefined && base.aliases.ids(previousAnswer).includes(named.id));
}

/**
 * A Chinese which-question over an English passage: the name found there, said in Chinese, answers it plainly
 * when the passages quoted for it (the naming sentence and the one that points back to it) state every word asked
 * through the vocabulary, as an English question's passage must. The quotes stay English; the lead is Chinese.
 */
function namedStatesAsked(frame: QuestionFrame, previousText: string | undefined, named: PlannerContext, base: PlannerContext): boolean {
  const quotes = named.book.list();
  if (!quotes.length) return false;
  // "斑马网络是阿里和哪家车企一起发起的?" over a sentence on Alibaba's other joint ventures: every party the question
  // names is the subject asked about, and a passage that leaves one out is about something else.
  const quoted = new Set(base.aliases.ids(quotes.map((quote) => quote.quote).join(' ')));
  if (frame.entities.some((id) => !quoted.has(id))) return false;
  const input = { question: frame.text, withContext: analysisText(frame, previousText?.split('\n')[0], base), unknownNames: frame.unknownNames, sentence: quotes.map((quote) => quote.quote).join(' '), asOf: base.documents.get(quotes[0]!.docId)?.date ?? null };
  return askedFit(input, base.index).holds;
}

/**
 * The question writes one of the company's names less its last word ("Harbor Lane" of "Harbor Lane Foods"); a one-word
 * name is written whole. English names only: a Chinese name unknown to the table is left to the other checks.
 */
function namedInPart(question: string, names: readonly string[]): boolean {
  const lower = question.toLowerCase();
  return names.some((name) => {
    const words = name.toLowerCase().split(/\s+/);
    const head = (words.length > 1 ? words.slice(0, -1) : words).join(' ');
    return /^[a-z]/.test(head) && head.length >= 3 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(head)}(?![\\p{L}\\p{N}])`, 'u').test(lower);
  });
}

/** A sentence that goes on about the one before it: "It recently secured …", "In May, its …", "The company …". */
const CONTINUES = /^(?:(?:in|by|since|last|this)\s+[^,]{1,30},\s*)?(?:it|its|they|their|the company)\b/i;

/** The fewest content words a who- or when-question must have for its passage to be said plainly while missing one in three. */
const MIN_PERSON_TERMS = 3;

/**
 * A hedge that says what the closest passage leaves out of the question: "The reports don't answer this
 * directly (the closest passage does not mention “IPO guidance” or “April”), but …". Only the English hedge's
 * own opening is extended; anything else is left as it is.
 */
function sayMissing(sentences: string[], phrases: string[]): string[] {
  const [first, ...rest] = sentences;
  if (!first || !phrases.length || phrases.length > MAX_MISSING_PHRASES) return sentences;
  const opening = /^The reports don't (?:answer|state) this directly(?=[,;])/;
  if (!opening.test(first)) return sentences;
  return [first.replace(opening, (said) => `${said} (the closest passage does not mention ${orList(phrases)})`), ...rest];
}

/** More missing phrases than this and the passage is simply about something else: the plain hedge says enough. */
const MAX_MISSING_PHRASES = 2;

/**
 * Direct when the explanation opens with a sentence that is evidence (on the subject, on the aspect, on the
 * question's words); hedged when evidence exists but the opening is weaker; refused when no sentence is
 * evidence, or the question names a company the reports never mention. Undefined: no explanation could be
 * put together from evidence that does exist, so the scored candidates decide.
 */
function openAnswer(frame: QuestionFrame, pool: SentencePool, ranked: { candidate: AnswerCandidate }[], base: PlannerContext, previousAnswer?: string): ChosenAnswer | undefined {
  const entry = ranked.find(({ candidate }) => candidate.origin === 'explanation');
  const absent = namesAbsentFromReports(frame.text, frame.unknownNames, base.aliases, base.index.snapshot.paragraphs, collectionPublisherNames(base.documents.values()));
  const evidenced: ExplanationForm = absent.length ? 'refused' : explanationForm(entry?.candidate.leadSentence, pool);
  // A Chinese question answered from an English sentence is checked through the bilingual vocabulary: when
  // the question has words the vocabulary does not translate, how well the sentence covers them is unknown,
  // and the answer is offered hedged (said plainly, such answers were as often wrong as right); so it is
  // when the sentence covers less than half of the translated words (a translation is a looser match).
  const lead = entry?.candidate.leadSentence;
  // A summary's lead is evidence by its words alone (no reason, risk … said in it), and a translation matches words
  // loosely: over an English sentence a Chinese summary is offered hedged.
  const unchecked = evidenced === 'direct' && frame.lang === 'zh' && !mostlyChinese(lead?.text ?? '')
    && (!chineseQuestionChecked(frame.text, base.aliases) || (lead?.topic ?? 0) < MIN_TRANSLATED_TOPIC || lead?.aspect !== 1);
  // A comparison whose two sides are each told by a sentence that is evidence is answered, whichever side leads.
  const sidesAnswered = evidenced === 'hedged' && entry?.candidate.direct === true;
  // A list the report announces for the asked kind, for the asked subject: its items are the answer in any language.
  const listed = evidenced !== 'refused' && entry?.candidate.listed === true;
  const form: ExplanationForm = listed ? 'direct' : unchecked ? 'hedged' : sidesAnswered ? 'direct' : evidenced;
  if (form === 'refused') {
    const context = forkContext(base);
    const premise = falsePremise(frame, pool, context);
    if (premise) return { sentences: correctedAnswer(premise, [], frame, context), confidence: 'medium', context };
    const declined = dontSay(frame, pool, base, true, previousAnswer);
    return { ...declined, confidence: declined.refused ? 'low' : 'medium' };
  }
  if (!entry) return undefined;
  const { candidate } = entry;
  const context = candidate.context;
  // A false premise is named and corrected first, before anything else is said. After a wrong detail (a figure,
  // a year, a direction) the reports' reasons for the real act still answer the why; after a wrong party they are
  // about someone else's act, and only evidence stated plainly is worth adding.
  const premise = falsePremise(frame, pool, forkContext(base));
  if (premise && form !== 'direct' && premise.wrong === 'party') {
    const corrected = forkContext(base);
    return { sentences: correctedAnswer(falsePremise(frame, pool, corrected)!, [], frame, corrected), confidence: 'medium', context: corrected };
  }
  if (premise) {
    const correction = falsePremise(frame, pool, context)!;
    return { sentences: correctedAnswer(correction, reasonsAfter(correction, candidate.sentences, frame, context), frame, context), confidence: form === 'direct' ? 'high' : 'medium', context };
  }
  const sentences = form === 'direct' ? [...candidate.sentences] : hedged(candidate.hedged ?? candidate.sentences, Boolean(candidate.hedged), context);
  return { sentences, confidence: form === 'direct' ? 'high' : 'medium', context };
}

/** The typed candidate a who-question asks for: a person (dates read this way were wrong on dev, so a when-question has none). */
const TYPED_ORIGIN: Partial<Record<AskedSpan, AnswerCandidate['origin']>> = { person: 'person' };

/**
 * "Who …?" / "When …?" that the scores would decline, while the passage the refusal would quote as closest is the one
 * a person or date candidate was read from: the refusal would contradict its own quote ("The reports don't say who
 * sat next to Liang Wenfeng. The closest passage: “… Pony Ma sat next to Liang Wenfeng …”"). Two signals agree
 * (the typed reading and the search's closeness), so the candidate is offered hedged; neither alone is enough.
 */
function typedClosest(frame: QuestionFrame, ranked: { candidate: AnswerCandidate }[], declined: PlannerContext): AnswerCandidate | undefined {
  const origin = TYPED_ORIGIN[askedSpan(frame.text)];
  const quoted = declined.book.list()[0];
  if (!origin || !quoted) return undefined;
  const typed = ranked.find(({ candidate }) => candidate.origin === origin && candidate.fit.form !== 'off')?.candidate;
  if (!typed) return undefined;
  if (typed.context.book.list()[0]?.paragraphId === quoted.paragraphId) return typed;
  // The same account told twice (a Chinese original, and the timeline's English entry the person was read from): the
  // closest passage names the very person the candidate gives and says most of what was asked ("坐在梁文锋旁边"), so the
  // two signals still agree. (A passage that only names the person, "Who is Pony Ma's favourite chef?", does not.)
  const aliases = declined.aliases;
  const people = aliases.ids(typed.sentences[0] ?? '').filter((id) => aliases.get(id)?.kind === 'person' && !frame.people.includes(id) && !frame.text.includes(aliases.get(id)!.names[0]!));
  if (!people.length || !people.every((id) => aliases.ids(quoted.quote).includes(id))) return undefined;
  const fit = askedFit({ question: frame.text, withContext: frame.text, unknownNames: frame.unknownNames, sentence: quoted.quote, asOf: declined.documents.get(quoted.docId)?.date ?? null }, declined.index);
  return fit.span && (fit.required ?? 0) >= MIN_PERSON_TERMS && fit.missing.length * 3 <= (fit.required ?? 0) ? typed : undefined;
}

/**
 * "Which …?" that the scores would decline or hedge, while the passage quoted as closest names an organisation or
 * product of the asked kind the question does not: that name, offered hedged (the same two signals as `typedClosest`).
 */
function namedClosest(frame: QuestionFrame, pool: SentencePool, base: PlannerContext, quoting: PlannerContext): { sentences: string[]; hedged: string[]; context: PlannerContext; referredBack: boolean; named: { name: string; id?: string } } | undefined {
  const quoted = quoting.book.list()[0]?.paragraphId;
  if (!quoted) return undefined;
  const context = forkContext(base);
  const made = nameCandidate(frame, pool, context);
  return made && context.book.list().some((citation) => citation.paragraphId === quoted) ? { sentences: made.sentences, hedged: made.hedged, context, referredBack: made.referredBack, named: made.named } : undefined;
}

/**
 * A medium-confidence answer says what the reports do say in its first sentence, with the hedge in
 * that same sentence, rather than a sentence of hedge before it.
 */
function hedged(sentences: string[], worded: boolean, context: PlannerContext): string[] {
  // A verdict ("No, not according to the reports.", "不是。") already says how far the reports go: no hedge before it.
  if (worded || !sentences.length || /^(?:No|Yes)\b|^(?:不是|是的|据报道并非如此)/.test(sentences[0]!)) return [...sentences];
  const [first, ...rest] = sentences;
  if (context.lang === 'zh') return [`报告没有直接回答这个问题;最接近的内容是:${first}`, ...rest];
  // "Alibaba invested …" reads on after "but they say that"; a quote or a fragment is introduced instead.
  const plain = /^[A-Z][\w'’-]*(?:\s+[\w'’-]+){2,}/.test(first!) && !/^[^“”]*:\s*“/.test(first!);
  return [plain ? `The reports don't state this directly, but they say that ${inSentence(first!, context)}` : `The reports don't state this directly; the closest they come: ${first}`, ...rest];
}

/**
 * Whether a candidate's first passage (its sentence or paragraph) names every company the question asks
 * about; in a comparison each side has its own passage, so all cited passages together.
 */
function leadTouchesQuestion(frame: QuestionFrame, context: PlannerContext): boolean {
  const cited = context.book.list();
  const passages = frame.kind === 'comparison' ? cited : cited.slice(0, 1);
  if (!passages.length) return false;
  const text = passages.map((citation) => {
    const paragraph = context.paragraphs.get(citation.paragraphId);
    return `${citation.quote}\n${paragraph?.text ?? ''}\n${paragraph?.original ?? ''}`;
  }).join('\n');
  return namesEverySubject(askedTerms(frame, context), text, context);
}

/**
 * An open question the reports cannot answer, declined in words: "The reports don't say why JD.com cut
 * its AI budget." when the question's clause can be restated, else a plain "don't say" sentence.
 */
function openDontSay(frame: QuestionFrame, context: PlannerContext): string {
  return dontSaySentence(frame, context, false);
}

/** The clause of a sentence (between semicolons) that names an asked company and not the figure just given, as a sentence of its own. */
function clauseOnAsked(sentence: SentencePool['sentences'][number], terms: ReturnType<typeof askedTerms>, previousAnswer: string | undefined, context: PlannerContext): SentencePool['sentences'][number] | undefined {
  const asked = terms.entities.filter((entity) => entity.startsWith('@')).map((entity) => entity.slice(1));
  if (!asked.length) return undefined;
  const clause = sentence.text.split(/\s*;\s*/).find((part) => !mentionsFigureOf(part, previousAnswer) && context.aliases.ids(part).some((id) => asked.includes(id)));
  return clause && clause !== sentence.text ? { ...sentence, text: clause } : undefined;
}

/** "The reports don't say …" and the two passages that come closest, quoted so the reader can judge. */
function dontSay(frame: QuestionFrame, pool: SentencePool, base: PlannerContext, open = false, previousAnswer?: string, figureAsked = true): PlanResult & { context: PlannerContext } {
  const context = forkContext(base);
  const terms = askedTerms(frame, base);
  const closest: typeof pool.sentences = [];
  for (const pooled of [...pool.sentences].sort((a, b) => relevance(b) - relevance(a))) {
    if (closest.length === 2) break;
    if (relevance(pooled) < 0.2 || closest.some((chosen) => chosen.paragraph.id === pooled.paragraph.id)) continue;
    // "And the quarter before?" the reports lack: the passage with the figure just given is not the closest answer to it.
    // (Its clause on the newly asked company is: "JD.com will continue to invest …; Meituan's R&D expenditure … 6.3 billion
    // yuan" after Meituan's figure, asked "What about JD.com?".)
    const sentence = mentionsFigureOf(pooled.text, previousAnswer) ? clauseOnAsked(pooled, terms, previousAnswer, base) : pooled;
    if (!sentence) continue;
    // Only a passage on the asked subject and relation comes close; otherwise the refusal stands alone.
    // (An open question's passage paraphrases the asked aspect, so for it the companies alone decide.)
    const paragraph = `${sentence.paragraph.text}\n${sentence.paragraph.original ?? ''}`;
    if (open ? !namesEverySubject(terms, `${sentence.text}\n${paragraph}`, base) : !sharesSubjectAndRelation(terms, sentence.text, paragraph, base)) continue;
    closest.push(sentence);
  }
  // A question about a company or person the reports know is never declined bare: when no passage shares its
  // relation words (an everyday phrasing rarely does), the passages on its subject that the search ranks highest
  // are the closest, so the reader can judge what the reports do say about it.
  if (!closest.length && namesKnownSubject(frame)) closest.push(...onSubject(pool, terms, base, previousAnswer));
  // An open question whose closest passage says most of what it asks, about every company it asks about, is not one the
  // reports are silent on: "The reports don't say why …" would be contradicted by the quote under it. What they do say is
  // offered hedged; a passage that only shares the subject leaves the refusal standing.
  // So is a which- or who-question whose closest passage says as much of it and names someone the question does not:
  // "阿里和哪家公司一起建算力枢纽?" above “Alibaba and Hainan Huatie jointly build a computing power hub …”.
  const span = askedSpan(frame.text);
  const namesAnswer = !open && (span === 'name' || span === 'person') && closest[0] !== undefined && closest[0].topic >= HEDGE_OPEN_TOPIC
    && namesSomeoneElse(span, frame.text, closest[0], base);
  if ((open && closest[0] && closest[0].topic >= HEDGE_OPEN_TOPIC) || namesAnswer) {
    return { sentences: hedged(closest.map((sentence) => supportingQuote(context, sentence)), false, context), refused: false, context };
  }
  const sentences = [open ? openDontSay(frame, context) : dontSaySentence(frame, context, figureAsked)];
  if (closest.length) sentences.push(context.lang === 'en' ? 'The closest passages:' : '最接近的段落:', ...closest.map((sentence) => supportingQuote(context, sentence)));
  return { sentences, refused: true, context };
}

/**
 * The passage names who or what a which/who-question asks for: a person not in the question (who), something named
 * beyond it (which), or — for a Chinese 谁, which asks for a company as often as a person ("面临谁的竞争") — a person or a
 * company the alias table knows.
 */
function namesSomeoneElse(span: AskedSpan, question: string, sentence: SentencePool['sentences'][number], base: PlannerContext): boolean {
  const asOf = base.documents.get(sentence.paragraph.docId)?.date ?? null;
  // (A who-question about a standing, "Who is seen as ahead …?", is answered by a company as a which-question is.)
  if (span === 'name' || (/\b(?:who|whom)\b/i.test(question) && nameKindAsked(question) !== 'company')) return hasAskedSpan(span, question, sentence.text, asOf, base.aliases);
  const asked = new Set(base.aliases.ids(question));
  return hasAskedSpan('person', question, sentence.text, asOf, base.aliases)
    || base.aliases.ids(sentence.text).some((id) => !asked.has(id) && base.aliases.get(id)?.kind === 'company' && !base.aliases.get(id)?.bystander);
}

/** The share of an open question's words (dates aside) its closest passage must state to be offered hedged rather than declined. */
const HEDGE_OPEN_TOPIC = 0.6;

/** The question names a company, product or person the alias table knows (not only a name the reports never use). */
function namesKnownSubject(frame: QuestionFrame): boolean {
  return frame.entities.length > 0 || frame.people.length > 0;
}

/** Below this relevance a passage on the subject is only a passing mention. */
const ON_SUBJECT_FLOOR = 0.15;

/**
 * The two most relevant passages that name every company asked (else one of them) in the sentence or its paragraph,
 * one per paragraph; never the passage with the figure just given (the follow-up asked for something else).
 */
function onSubject(pool: SentencePool, terms: ReturnType<typeof askedTerms>, base: PlannerContext, previousAnswer?: string): SentencePool['sentences'] {
  // The sentence itself names one of the asked subjects: quoted alone, "However, not all companies are going smoothly." says nothing of it.
  const namesOne = (sentence: SentencePool['sentences'][number]) => terms.entities.some((entity) => namesEverySubject({ ...terms, entities: [entity] }, sentence.text, base));
  const ranked = [...pool.sentences].filter((sentence) => relevance(sentence) >= ON_SUBJECT_FLOOR && namesOne(sentence) && !mentionsFigureOf(sentence.text, previousAnswer)).sort((a, b) => relevance(b) - relevance(a));
  const passage = (sentence: SentencePool['sentences'][number]) => `${sentence.text}\n${sentence.paragraph.text}\n${sentence.paragraph.original ?? ''}`;
  const every = ranked.filter((sentence) => namesEverySubject(terms, passage(sentence), base));
  const chosen: SentencePool['sentences'] = [];
  for (const sentence of every.length ? every : ranked) {
    if (chosen.length === 2) break;
    if (!chosen.some((other) => other.paragraph.id === sentence.paragraph.id)) chosen.push(sentence);
  }
  return chosen;
}

/**
 * "Did Alibaba invest in Moonshot AI?": a fact tying the two asked parties in the asked relation ("Alibaba invested
 * approximately $800 million in Moonshot AI") settles it, ahead of a sentence that only lists them together.
 */
function pairFact(frame: QuestionFrame, ranked: { candidate: AnswerCandidate; p: number }[]): { candidate: AnswerCandidate; p: number } | undefined {
  // "Have Alibaba and Tencent backed them?" asks of two investors together, not of one in the other.
  if (askedSpan(frame.text) !== 'yesno' || frame.entities.length !== 2 || /\b(?:and|&|both)\b|和|与|及|以及/i.test(frame.text)) return undefined;
  return ranked.find(({ candidate }) => {
    const fact = candidate.origin === 'facts' ? candidate.lead : undefined;
    return Boolean(fact && !fact.disputed && fact.entity && fact.counterparty && frame.entities.includes(fact.entity) && frame.entities.includes(fact.counterparty)
      && (!frame.metrics.length || frame.metrics.includes(fact.metric)));
  });
}
