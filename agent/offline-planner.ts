/**
 * @module The offline planner: understands the question, calls the tools, and writes a short cited
 * answer (or a plain refusal), with no model and no network.
 */
import { BaogaoError, type AgentEvent, type Answer, type ChatMessage } from '../core/index.js';
import type { OpenIndex } from '../index/index.js';
import { createCitationBook } from './citation-book.js';
import { mergeWithPrevious } from './follow-up.js';
import { checkGrounding } from './grounding.js';
import { planCalculation } from './offline/plan-calculation.js';
import { planFigure } from './offline/plan-figure.js';
import { chatterRefusal, refusal, unknownCompanyRefusal } from './offline/plan-refusal.js';
import { planList, planText, planTextForFigure } from './offline/plan-text.js';
import type { Plan, PlannerContext, PlanResult } from './offline/planner-context.js';
import { understandQuestion, type QuestionFrame } from './question-frame.js';
import { sourceName } from './phrases.js';
import { renumberCitations } from './renumber-citations.js';
import { createToolRunner } from './tool-runner.js';

export interface OfflineOptions {
  onEvent?: (event: AgentEvent) => void;
  clock?: () => number;
}

/** Frames for every user turn, each completed from the one before. */
export function framesFor(messages: ChatMessage[], index: OpenIndex): QuestionFrame[] {
  const deps = { aliases: index.aliases, documents: index.snapshot.documents };
  const frames: QuestionFrame[] = [];
  for (const message of messages) {
    if (message.role !== 'user') continue;
    frames.push(mergeWithPrevious(understandQuestion(message.content, deps), frames.at(-1)));
  }
  return frames;
}

function plansFor(frame: QuestionFrame): Plan[] {
  if (frame.kind === 'list') return [planList, planText];
  if (frame.kind === 'date' || frame.kind === 'who' || frame.kind === 'general') return [planText];
  const figure: Plan[] = frame.operation ? [planCalculation, planFigure] : [planFigure];
  // A figure question the fact table cannot answer may still be answered by a sentence that states it.
  return [...figure, async (f, c) => (f.metrics.length || f.entities.length ? planTextForFigure(f, c) : undefined)];
}

async function runPlans(frame: QuestionFrame, context: PlannerContext): Promise<PlanResult> {
  if (frame.chatter) return chatterRefusal(context);
  // "What is Apple's AI capex?": a company the reports never name is not answered with someone else's figures.
  if (frame.unknownNames.length && !frame.entities.length) return unknownCompanyRefusal(frame.unknownNames, context);
  for (const plan of plansFor(frame)) {
    const calculations = context.calculations.length;
    try {
      const result = await plan(frame, context);
      if (result?.sentences.length) return result;
    } catch (error) {
      // A tool refusing its input (a division by zero, an unknown fact) ends this plan, not the answer.
      if (!BaogaoError.isInstance(error) || (error.code !== 'calculation_error' && error.code !== 'invalid_input')) throw error;
      context.calculations.length = calculations;
    }
  }
  return refusal(frame, context);
}

export async function answerOffline(messages: ChatMessage[], index: OpenIndex, options: OfflineOptions = {}): Promise<Answer> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const frames = framesFor(messages, index);
  const frame = frames.at(-1)!;
  const tools = createToolRunner(index, (step) => options.onEvent?.({ type: 'step', step }));
  const context: PlannerContext = {
    index, aliases: index.aliases, tools, lang: frame.lang,
    book: createCitationBook(new Map(index.snapshot.paragraphs.map((p) => [p.id, p])), new Map(index.snapshot.documents.map((d) => [d.docId, d]))),
    documents: new Map(index.snapshot.documents.map((d) => [d.docId, d])),
    paragraphs: new Map(index.snapshot.paragraphs.map((p) => [p.id, p])),
    amounts: [], calculations: [],
  };

  let result: PlanResult;
  const previous = frames.at(-2);
  if (frame.kind === 'source' && previous) {
    // "Which report said that?": answer the previous question again and name its sources.
    await runPlans(previous, context);
    const cited = context.book.list();
    const documents = [...new Map(cited.map((citation) => [citation.docId, citation])).values()];
    result = cited.length
      ? { sentences: [documents.map((citation) => `${sourceName(context.documents.get(citation.docId), context.lang)}, “${citation.title}” ${cited.filter((c) => c.docId === citation.docId).map((c) => `[${c.n}]`).join('')}`).join(context.lang === 'en' ? '; ' : ';') + (context.lang === 'en' ? '.' : '。')] }
      : refusal(previous, context);
    context.amounts.length = 0;
  } else {
    result = await runPlans(frame, context);
  }
  if (frame.injection) {
    result.sentences.unshift(context.lang === 'en' ? "I can't share my instructions or configuration; here is what the reports say." : '我不能透露指令或配置;以下是报告中的内容。');
  }
  const final = renumberCitations(result.sentences.join(' '), context.book.list(), context.calculations);
  const answerText = final.answer;
  const citations = final.citations;
  const grounding = checkGrounding(answerText, { quotes: citations.map((citation) => citation.quote), amounts: context.amounts });
  const toolsMs = tools.steps.reduce((sum, step) => sum + step.ms, 0);
  const answer: Answer = {
    answer: answerText,
    citations,
    steps: tools.steps,
    calculations: final.calculations,
    grounded: grounding.grounded,
    ungroundedNumbers: grounding.ungroundedNumbers,
    refused: result.refused ?? false,
    lang: frame.lang,
    agent: 'offline',
    timings: { totalMs: Math.round((clock() - started) * 100) / 100, toolsMs: Math.round(toolsMs * 100) / 100 },
  };
  return answer;
}
