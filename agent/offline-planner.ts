/**
 * @module The offline planner: understands the question, calls the tools, and writes a short cited
 * answer (or a plain refusal), with no model and no network.
 */
import { parseQuantities, sameAmount, splitSentences, wholeWord, type AgentEvent, type Lang, type Answer, type ChatMessage, type Citation, type Metric, type Quantity } from '../core/index.js';
import type { OpenIndex } from '../index/index.js';
import { createCitationBook } from './citation-book.js';
import { conversationState, groupMembers, ownWords, pickedAmong, type ConversationState } from './conversation-state.js';
import { ASKS_EACH_MEMBER, planEachMember } from './offline/plan-each-member.js';
import { calculationFromHistory, earlierFromGrowth, mergeWithPrevious } from './follow-up.js';
import { checkGrounding } from './grounding.js';
import { chooseAnswer, rankCandidates } from './offline/choose-answer.js';
import { leadingType, wantedTypes } from './offline/answer-type.js';
import { UNITS_OF_TYPE, type AnswerFit } from './offline/answer-fit.js';
import { chatterRefusal, unknownCompanyRefusal } from './offline/plan-refusal.js';
import type { PlannerContext, PlanResult } from './offline/planner-context.js';
import { understandQuestion, type QuestionFrame } from './question-frame.js';
import { otherYearSentence } from './document-scope.js';
import { companyId, snapshotLookups } from '../index/index.js';
import { figure, sourceName } from './phrases.js';
import { echoOpening } from './offline/echo-question.js';
import { renumberCitations } from './renumber-citations.js';
import { asksPriceOnly, mergeAnswers, splitCompound, withActNamed, withPayerNamed, withPriceInLead } from './compound-question.js';
import { asksDirection, directionWord, withDirection } from './direction-answer.js';
import { statedFigures } from './calculation-intent.js';
import { createToolRunner, type ToolRunner } from './tool-runner.js';

export interface OfflineOptions {
  onEvent?: (event: AgentEvent) => void;
  clock?: () => number;
}

/** "How much of that …?", "其中多少…?": a part of what the last reply gave. */
const PART_OF_LAST = /\bhow much of (?:that|it|this|those|these|the money|the sum|the investment)\b|其中(?:有)?多少|这(?:笔钱|些钱|笔投资)(?:里|中)(?:有)?多少/i;

const PERCENT_METRICS = new Set<Metric>(['stake', 'revenue_share', 'market_share', 'deal_share', 'cost_reduction', 'growth_rate']);
/** Measures of a deal between two parties: what was paid, the stake, the valuation, the round, the order. */
const DEAL_METRICS = new Set<Metric>(['investment', 'stake', 'valuation', 'funding', 'orders', 'deal_share']);

/** Frames for every user turn, each read from the question as resolved by the conversation state and completed from the one before where it leans on it. */
export function framesFor(messages: ChatMessage[], index: OpenIndex): QuestionFrame[] {
  return framesOf(conversationState(messages, index.aliases), index);
}

function framesOf(state: ConversationState, index: OpenIndex): QuestionFrame[] {
  const deps = { aliases: index.aliases, documents: index.snapshot.documents };
  const frames: QuestionFrame[] = [];
  for (const [i, turn] of state.turns.entries()) {
    // The answer is in the language the turn was asked in, even when it was resolved against a question in the other.
    const own: QuestionFrame = { ...understandQuestion(turn.resolved, deps), lang: turn.lang, leansOnHistory: turn.leansOnHistory };
    const previous = frames.at(-1);
    const merged = mergeWithPrevious(own, previous);
    // "它为此支付了多少钱?" after "What stake did Alibaba take in Moonshot AI?": the same deal, so both sides stay.
    // (A measure of one side's own, "How much is its DRAM output expected to grow?" after "What's YMTC's connection to
    // Alibaba?", is that side's alone: only the deal's own measures, or none, keep both sides.)
    const sameDeal = previous && turn.leansOnHistory && own.entities.length > 0 && own.entities.every((id) => previous.entities.includes(id)) && previous.entities.length > own.entities.length
      && (own.wantsMoney || own.metrics.every((metric) => DEAL_METRICS.has(metric)));
    // "How much did it pay for that?" after a question about a stake asks for money, not the stake again.
    // So does "How much of that …?": a part of the sum just given is money, whatever share came with it.
    // So does "How much did Alibaba pay for that stake?": the stake it names is what was paid for, not the figure asked.
    const ownShareOnly = own.metrics.length === 0 || (own.wantsMoney && own.metrics.every((metric) => PERCENT_METRICS.has(metric)));
    const moneyNotShare = turn.leansOnHistory && (own.wantsMoney || PART_OF_LAST.test(own.text)) && ownShareOnly && merged.metrics.every((metric) => PERCENT_METRICS.has(metric));
    const adjusted = { ...merged, ...(sameDeal ? { entities: previous.entities } : {}), ...(moneyNotShare ? { metrics: [] } : {}) };
    frames.push(calculationFromHistory(adjusted, previous, state.turns[i - 1]?.answer, index.aliases, index.snapshot.facts));
  }
  return frames;
}

/** The words a leaning follow-up borrows for search: the last question as resolved, and the names its answer gave when this turn picks among them. */
function borrowedText(state: ConversationState, frame: QuestionFrame, index: OpenIndex): string | undefined {
  if (!(frame.leansOnHistory || state.current.leansOnWords) || !state.previous) return undefined;
  const picked = pickedAmong(state, index.aliases);
  // "Which of those …?": the names to pick among, not the last question's words (they find the sentence that listed the names again).
  if (picked.length) return picked.join(' ');
  // A turn leaning only on the words also reads what the last reply said ("over 70% of the domestic large model market"),
  // on a line of its own after the last question (the fit check reads the first line only: the reply's words were not asked).
  const answered = !frame.leansOnHistory && state.previous.answer ? `\n${ownWords(state.previous.answer)}` : '';
  return `${state.previous.resolved}${answered}`;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the conversation already said (the last question and its answer), which a new question must not
 * be answered with again; nothing when this turn asks the very same thing on its own (asked twice, or
 * by two people in a group), which deserves the same answer.
 */
function knownBefore(state: ConversationState, frame: QuestionFrame, previous: QuestionFrame | undefined): string | undefined {
  if (!state.previous) return undefined;
  const askedAgain = previous && !frame.leansOnHistory && frame.kind === previous.kind && sameList(frame.entities, previous.entities)
    && sameList(frame.metrics, previous.metrics) && sameList(frame.periods.map((period) => [period.from, period.to]), previous.periods.map((period) => [period.from, period.to]));
  return askedAgain ? undefined : `${state.previous.resolved}\n${state.previous.answer ?? ''}`;
}

/** A question that asks which report said something (not "who said", which may want a person; not "open-source"). */
const NAMES_REPORT = /\bwhich (?:report|article|publication|outlet)s?\b|哪(?:篇|个|家)(?:报告|文章|报道|媒体)|出处/i;

/** "It was reported by Caixin (2025-06-23), in “…” [1].": the reports that said it, as a sentence. */
function sourceSentence(sources: { name: string; title: string; markers: string }[], lang: Lang): string {
  if (lang === 'zh') return `出自${sources.map((source) => `${source.name}的《${source.title}》${source.markers}`).join(';')}。`;
  return `It was reported by ${sources.map((source) => `${source.name}, in “${source.title}” ${source.markers}`).join('; and by ')}.`;
}

/** Which way the figure the last reply gave moved from the earlier one the answer states (its first fact), in words. */
function movedSince(previousAnswer: string | undefined, used: PlannerContext, lang: Lang): string | undefined {
  const earlier = used.amounts[0];
  if (!previousAnswer || !earlier) return undefined;
  const later = statedFigures(previousAnswer.replace(/\[\d+\]/g, ' ')).find((quantity) => directionWord(quantity, earlier, lang) !== undefined);
  return later ? directionWord(later, earlier, lang) : undefined;
}

/** Whether a name the alias table lacks still occurs in some report: then it is searched, not refused unseen. */
function mentionedAnywhere(name: string, context: PlannerContext): boolean {
  const pattern = wholeWord(name);
  // "the FT's numbers": an acronym the reports spell out ("according to the Financial Times") is mentioned.
  const spelled = spelledOut(name);
  for (const paragraph of context.paragraphs.values()) if (pattern.test(paragraph.text) || spelled?.test(paragraph.text)) return true;
  return false;
}

/** For an acronym ("FT", "WSJ"), the capitalised words whose initials spell it ("Financial Times"); undefined for other names. */
export function spelledOut(name: string): RegExp | undefined {
  if (!/^[A-Z]{2,5}$/.test(name)) return undefined;
  // Each word a capitalised content word: "For Tencent" spells no "FT".
  const word = (letter: string) => `(?!(?:For|From|The|This|That|These|Those|To|Of|On|In|At|By|And|But|Or|As|If|It|Its|Since|While|When|With)\\b)${letter}[a-z]+`;
  return new RegExp(`\\b${[...name].map(word).join('\\s+')}\\b`);
}

/**
 * An answer about one company's year from another year's or another company's document says so
 * first: "The reports have Boeing's 2022 filing, not its 2018 one; …".
 */
function scopeNote(frame: QuestionFrame, leadDocId: string | undefined, context: PlannerContext): string | undefined {
  const scope = frame.scope;
  if (!scope || !leadDocId) return undefined;
  const lead = context.documents.get(leadDocId);
  const leadCompany = companyId(context.aliases.entries, lead?.company);
  if (lead && leadCompany && leadCompany !== scope.company.id) {
    const what = [lead.fiscalYear, lead.docType].filter(Boolean).join(' ') || 'report';
    return context.lang === 'en'
      ? `This is from ${lead.company}'s ${what}, not from ${scope.company.name}'s own reports.`
      : `以下内容来自${lead.company}的文件,而不是${scope.company.name}自己的报告。`;
  }
  return scope.yearMissing ? otherYearSentence(scope, context.lang) : undefined;
}

function plannerContext(index: OpenIndex, tools: ToolRunner, lang: Lang): PlannerContext {
  const { paragraphs, documents } = snapshotLookups(index.snapshot);
  return { index, aliases: index.aliases, tools, lang, book: createCitationBook(paragraphs, documents), documents, paragraphs, amounts: [], calculations: [] };
}

export async function answerOffline(messages: ChatMessage[], index: OpenIndex, options: OfflineOptions = {}): Promise<Answer> {
  // "How many developers …, and how many models …?": each question answered in turn, the second as a follow-up to the first.
  const last = messages.at(-1);
  const parts = last?.role === 'user' ? splitCompound(last.content) : undefined;
  if (parts) {
    const history = messages.slice(0, -1);
    const first = await answerSingle([...history, { role: 'user', content: parts[0] }], index, options);
    // "…, and for how much?": a first answer that already says the deal's price (in its own first sentence) answers both.
    if (asksPriceOnly(parts[1]) && !first.refused && parseQuantities(splitSentences(first.answer)[0]?.text ?? '').some((quantity) => quantity.unit === 'currency')) return first;
    // … or whose lead cites the passage giving the price: the price joins that lead.
    const priced = asksPriceOnly(parts[1]) && !first.refused ? withPriceInLead(first, (amount) => figure(amount, first.lang), (amount, citation) => isDealPrice(amount, citation, parts[0], index)) : undefined;
    if (priced) return priced;
    const mentions = index.aliases.find(parts[0]);
    const named = withPayerNamed(withActNamed(parts[1], parts[0], mentions), parts[0], mentions.filter((mention) => index.aliases.get(mention.id)?.kind === 'company'));
    const second = await answerSingle([...history, { role: 'user', content: parts[0] }, { role: 'assistant', content: first.answer }, { role: 'user', content: named }], index, options);
    // "金额多大、大概多少台?": a first answer that already said the count beside the amount answers the second part; its
    // refusal ("the reports don't say how many") would contradict what was just said.
    // (Only a bare second part: one naming a company of its own, "and how many did JD order?", keeps its own answer.)
    const ownNames = [...index.aliases.ids(parts[1]).filter((id) => !index.aliases.ids(parts[0]).includes(id)),
      ...(parts[1].slice(1).match(/\b[A-Z][\w-]+/g) ?? []).filter((name) => !parts[0].includes(name))];
    if (second.refused && !first.refused && !ownNames.length && saysKindAsked(first.answer, parts[1])) return first;
    return mergeAnswers(first, second);
  }
  return answerSingle(messages, index, options);
}

/**
 * Whether an amount a cited passage gives is the price of the deal a question asks about: a fact of that paragraph, of
 * a deal's measure, not reported as denied talk, whose other companies the question names are named in the quote too
 * ("…acquired it for $2 billion and renamed it 'Kaola.com'" prices Kaola, not Suning.com).
 */
function isDealPrice(amount: Quantity, citation: Citation, question: string, index: OpenIndex): boolean {
  const fact = index.snapshot.facts.find((candidate) => candidate.paragraphId === citation.paragraphId && candidate.unit === 'currency' && sameAmount(candidate, amount, 0.001));
  if (!fact || fact.disputed || !DEAL_METRICS.has(fact.metric)) return false;
  const named = new Set(index.aliases.ids(citation.quote));
  const own = (id: string) => id === fact.entity || index.aliases.get(id)?.parent === fact.entity || index.aliases.get(fact.entity ?? '')?.parent === id;
  const parties = index.aliases.ids(question).filter((id) => index.aliases.get(id)?.kind === 'company' && !own(id));
  return parties.every((id) => named.has(id) || fact.counterparty === id);
}

/** Whether an answer states, in its own words, a figure of the kind a question asks (a count, an amount, a share). */
function saysKindAsked(answer: string, question: string): boolean {
  const units: string[] | undefined = UNITS_OF_TYPE[leadingType(wantedTypes(question))];
  return units !== undefined && parseQuantities(ownWords(answer)).some((quantity) => units.includes(quantity.unit));
}

async function answerSingle(messages: ChatMessage[], index: OpenIndex, options: OfflineOptions): Promise<Answer> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const state = conversationState(messages, index.aliases);
  const frames = framesOf(state, index);
  const frame = frames.at(-1)!;
  const tools = createToolRunner(index, (step) => options.onEvent?.({ type: 'step', step }));
  const context = plannerContext(index, tools, frame.lang);

  let result: PlanResult & { confidence?: 'high' | 'medium' | 'low'; context?: PlannerContext };
  const previous = frames.at(-2);
  const previousText = borrowedText(state, frame, index);
  let eachMember: PlanResult | undefined;
  if (frame.chatter) {
    result = chatterRefusal(context);
  } else if (frame.unknownNames.length && !frame.entities.length && !frame.unknownNames.some((name) => mentionedAnywhere(name, context))) {
    // "What is Apple's AI capex?": a company the reports never name is not answered with someone else's figures.
    result = unknownCompanyRefusal(frame.unknownNames, context);
  } else if (frame.kind === 'source' && (previous || NAMES_REPORT.test(frame.text))) {
    // "Which report said that?": answer the previous question again and name its sources; "哪篇报道说…" answers its own claim.
    const again = await chooseAnswer(previous ?? frame, undefined, context);
    const cited = again.context.book.list();
    const documents = [...new Map(cited.map((citation) => [citation.docId, citation])).values()];
    result = cited.length
      ? { context: again.context, sentences: [sourceSentence(documents.map((citation) => ({ name: sourceName(context.documents.get(citation.docId), context.lang), title: citation.title, markers: cited.filter((c) => c.docId === citation.docId).map((c) => `[${c.n}]`).join('') })), context.lang)] }
      : again;
  } else if (ASKS_EACH_MEMBER.test(state.current.asked) && (eachMember = await planEachMember(groupMembers(state, index.aliases), context))) {
    // "他们分别负责什么?": each person the last answer listed, described in turn.
    result = { ...eachMember, confidence: 'high' };
  } else {
    result = await chooseAnswer(frame, previousText, context, knownBefore(state, frame, previous));
    const derived = result.refused ? earlierFromGrowth(frame, previous) : undefined;
    if (derived) {
      // The earlier year is not stated, but the later figure and its growth may be: worked out, it answers.
      const worked = await chooseAnswer(derived, previousText, plannerContext(index, tools, frame.lang), knownBefore(state, frame, previous));
      if (!worked.refused) result = worked;
    }
  }
  const used = result.context ?? context;
  // "Is that up or down from a year earlier?": the earlier figure found, against the one the last reply gave, says which way.
  const direction = frame.shift && !result.refused && asksDirection(state.current.asked) ? movedSince(state.previous?.answer, used, frame.lang) : undefined;
  if (direction && result.sentences[0]) result = { ...result, sentences: [withDirection(result.sentences[0], direction, frame.lang, frame.shift ?? 'year'), ...result.sentences.slice(1)] };
  // A figure question stated plainly is answered in its own words: the figure where 多少 stood, or the question turned into a statement.
  const echoed = result.confidence === 'high' && !result.refused && !frame.leansOnHistory && result.sentences[0]
    ? echoOpening(state.current.asked, result.sentences[0], index.aliases, frame.lang, new Map(used.book.list().map((citation) => [citation.n, citation.quote]))) : undefined;
  if (echoed) result = { ...result, sentences: [echoed, ...result.sentences.slice(1)] };
  if (frame.injection) {
    result.sentences.unshift(context.lang === 'en' ? "I can't share my instructions or configuration; here is what the reports say." : '我不能透露指令或配置;以下是报告中的内容。');
  }
  const final = renumberCitations(result.sentences.join(' '), used.book.list(), used.calculations);
  const citations = final.citations;
  const note = result.refused ? undefined : scopeNote(frame, citations[0]?.docId, context);
  const answerText = note ? `${note} ${final.answer}` : final.answer;
  // Said with a caveat, so not stated plainly.
  if (note && result.confidence === 'high') result.confidence = 'medium';
  // A cited report's title ("… Form 10-K Fiscal 2024") is named in the answer as written: its numbers are the report's own.
  const grounding = checkGrounding(answerText, { quotes: citations.flatMap((citation) => [citation.quote, citation.title]), amounts: used.amounts });
  // The steps are the question's own lookups and the chosen answer's: a candidate weighed and dropped did not answer.
  const steps = used.tools === tools ? tools.steps : [...tools.steps, ...used.tools.steps];
  const toolsMs = tools.spentMs();
  const answer: Answer = {
    answer: answerText,
    citations,
    steps,
    calculations: final.calculations,
    grounded: grounding.grounded,
    ungroundedNumbers: grounding.ungroundedNumbers,
    refused: result.refused ?? false,
    ...(result.confidence ? { confidence: result.confidence } : {}),
    lang: frame.lang,
    agent: 'offline',
    timings: { totalMs: Math.round((clock() - started) * 100) / 100, toolsMs: Math.round(toolsMs * 100) / 100 },
  };
  return answer;
}

/** Every candidate the offline agent weighed for the last question, rendered as an answer would be (for evals and weight fitting). */
export async function offlineCandidates(messages: ChatMessage[], index: OpenIndex): Promise<{ origin: string; p: number; features: Record<string, number>; fit: AnswerFit; answer: string; citations: Answer['citations'] }[]> {
  const state = conversationState(messages, index.aliases);
  const frame = framesOf(state, index).at(-1)!;
  const context = plannerContext(index, createToolRunner(index), frame.lang);
  const { ranked } = await rankCandidates(frame, borrowedText(state, frame, index), context, knownBefore(state, frame, framesOf(state, index).at(-2)));
  return ranked.map(({ candidate, p }) => {
    const rendered = renumberCitations(candidate.sentences.join(' '), candidate.context.book.list(), candidate.context.calculations);
    return { origin: candidate.origin, p, features: { ...candidate.features }, fit: candidate.fit, answer: rendered.answer, citations: rendered.citations };
  });
}
