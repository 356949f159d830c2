/**
 * @module The LLM agent: ChatOpenAI with the three tools bound, a bounded tool loop, [n] markers mapped
 * to the paragraphs the tools returned, and the numeric grounding check with one repair round.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { BaogaoError, detectLang, splitSentences, type AgentEvent, type Answer, type AnswerCalculation, type AnswerStep, type ChatMessage } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';
import { createReportTools } from '../../tools/create-report-tools.js';
import { createCitationBook } from '../citation-book.js';
import { conversationState, resolvedQuestionNote } from '../conversation-state.js';
import { checkGrounding } from '../grounding.js';
import { renumberCitations } from '../renumber-citations.js';
import { runToolCall } from './run-tool-call.js';
import { createSourceRegistry, quoteFor, type SourceRegistry } from './source-registry.js';
import { REPAIR_PROMPT, SYSTEM_PROMPT } from './system-prompt.js';

export interface LlmAgentOptions {
  model: BaseChatModel;
  maxSteps?: number;
  /** Wall-clock budget for the whole answer. */
  budgetMs?: number;
  onEvent?: (event: AgentEvent) => void;
}

const REFUSAL = /\b(?:the reports? (?:don't|do not|doesn't|does not) (?:say|cover|mention)|not (?:covered|mentioned) in the reports?)\b|报道(?:没有|未)(?:提到|提及|涉及)|报告中没有/i;

function textOf(message: AIMessage): string {
  return typeof message.content === 'string' ? message.content : message.content.map((part) => ('text' in part && typeof part.text === 'string' ? part.text : '')).join('');
}

/** Turns the model's [n] (tool "cite" numbers) into citations with the sentence that carries each claim. */
function mapMarkers(text: string, registry: SourceRegistry, index: OpenIndex) {
  const book = createCitationBook(new Map(index.snapshot.paragraphs.map((p) => [p.id, p])), new Map(index.snapshot.documents.map((d) => [d.docId, d])));
  const spans = splitSentences(text);
  const mapped = text.replace(/\[(\d+)\]/g, (_marker, n: string, offset: number) => {
    const source = registry.get(Number(n));
    // A marker the tools never handed out points nowhere: drop it.
    if (!source) return '';
    const claim = spans.find((span) => offset >= span.start && offset <= span.end)?.text ?? text;
    return `[${book.cite(source.paragraph.id, quoteFor(source, claim))}]`;
  });
  return { text: mapped, citations: book.list() };
}

export async function answerWithLlm(messages: ChatMessage[], index: OpenIndex, options: LlmAgentOptions): Promise<Answer> {
  const started = performance.now();
  const maxSteps = options.maxSteps ?? 6;
  const signal = AbortSignal.timeout(options.budgetMs ?? 30_000);
  const model = options.model.bindTools?.(createReportTools(index) as never);
  if (!model) throw new BaogaoError('internal', { message: 'The configured chat model cannot call tools' });
  const registry = createSourceRegistry(index);
  const steps: AnswerStep[] = [];
  const calculations: AnswerCalculation[] = [];
  const history: BaseMessage[] = [new SystemMessage(SYSTEM_PROMPT), ...messages.map((message) => (message.role === 'user' ? new HumanMessage(message.content) : new AIMessage(message.content)))];
  // The same conversation state the offline planner reads: the model is told what "it" or "and Tencent?" stands for.
  const note = resolvedQuestionNote(conversationState(messages, index.aliases));
  if (note) history.push(new SystemMessage(note));
  let repairs = 1;
  for (let step = 0; step < maxSteps; step++) {
    const reply = (await model.invoke(history, { signal })) as AIMessage;
    history.push(reply);
    const calls = reply.tool_calls ?? [];
    const invalid = reply.invalid_tool_calls ?? [];
    if (calls.length || invalid.length) {
      // Parallel calls run together; a malformed one gets an error the model can act on.
      const records = await Promise.all(calls.map((call) => runToolCall(call.name, call.args, index, registry)));
      records.forEach((record, i) => {
        steps.push(record.step);
        options.onEvent?.({ type: 'step', step: record.step });
        if (record.calculation) calculations.push(record.calculation);
        history.push(new ToolMessage({ content: record.content, tool_call_id: calls[i]!.id ?? `call_${step}_${i}` }));
      });
      for (const call of invalid) history.push(new ToolMessage({ content: JSON.stringify({ error: { code: 'invalid_input', message: `Arguments are not valid JSON: ${call.error ?? 'parse error'}` } }), tool_call_id: call.id ?? `invalid_${step}` }));
      continue;
    }
    const mapped = mapMarkers(textOf(reply), registry, index);
    const grounding = checkGrounding(mapped.text, { quotes: mapped.citations.map((citation) => citation.quote), amounts: registry.amounts });
    if (!grounding.grounded && repairs-- > 0) {
      history.push(new HumanMessage(REPAIR_PROMPT(grounding.ungroundedNumbers)));
      continue;
    }
    const lang = detectLang(messages.at(-1)!.content);
    const flagged = grounding.grounded ? mapped.text : `${mapped.text} ${lang === 'en' ? `(Not verified against the reports: ${grounding.ungroundedNumbers.join(', ')}.)` : `(以下数字未能在报告中核实:${grounding.ungroundedNumbers.join('、')}。)`}`;
    const final = renumberCitations(flagged, mapped.citations, calculations);
    const toolsMs = steps.reduce((sum, s) => sum + s.ms, 0);
    return {
      answer: final.answer, citations: final.citations, steps, calculations: final.calculations,
      grounded: grounding.grounded, ungroundedNumbers: grounding.ungroundedNumbers,
      refused: REFUSAL.test(final.answer), lang, agent: 'llm',
      timings: { totalMs: Math.round(performance.now() - started), toolsMs: Math.round(toolsMs) },
    };
  }
  throw new BaogaoError('upstream_unavailable', { message: `The model did not finish within ${maxSteps} steps` });
}
