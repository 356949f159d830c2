/** @module The one entry point the channels use: `answer(messages, options)` and its streaming twin. */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { BaogaoError, splitSentences, type AgentEvent, type Answer } from '../core/index.js';
import type { OpenIndex } from '../index/index.js';
import { parseConversation } from './messages.js';
import { answerOffline } from './offline-planner.js';

export interface AnswerOptions {
  index: OpenIndex;
  /** When set, the LLM agent answers; on any provider failure the offline planner does, marked as a fallback. */
  model?: BaseChatModel | undefined;
  maxSteps?: number;
  budgetMs?: number;
  onEvent?: (event: AgentEvent) => void;
}

export async function answer(rawMessages: unknown, options: AnswerOptions): Promise<Answer> {
  const messages = parseConversation(rawMessages);
  if (!options.model) return answerOffline(messages, options.index, { ...(options.onEvent ? { onEvent: options.onEvent } : {}) });
  try {
    // Loaded only with a model: the offline path (and the CLI's cold start) never pays for LangChain.
    const { answerWithLlm } = await import('./llm/llm-agent.js');
    return await answerWithLlm(messages, options.index, {
      model: options.model, ...(options.maxSteps ? { maxSteps: options.maxSteps } : {}), ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    });
  } catch (error) {
    const reason = BaogaoError.from(error, 'upstream_unavailable').message;
    const offline = await answerOffline(messages, options.index, { ...(options.onEvent ? { onEvent: options.onEvent } : {}) });
    return { ...offline, fallback: { from: 'llm', reason } };
  }
}

/** Steps as the tools run, then the verified answer in sentence-sized deltas, then the full Answer. */
export async function* streamAnswer(rawMessages: unknown, options: AnswerOptions): AsyncGenerator<AgentEvent> {
  const queue: AgentEvent[] = [];
  let wake: (() => void) | undefined;
  let finished: Answer | undefined;
  let failed: unknown;
  const running = answer(rawMessages, { ...options, onEvent: (event) => { queue.push(event); wake?.(); } })
    .then((result) => { finished = result; }, (error: unknown) => { failed = error; })
    .finally(() => wake?.());
  while (!finished && failed === undefined) {
    if (!queue.length) await new Promise<void>((resolve) => { wake = resolve; });
    wake = undefined;
    while (queue.length) yield queue.shift()!;
  }
  await running;
  while (queue.length) yield queue.shift()!;
  if (failed !== undefined) throw failed;
  for (const sentence of splitSentences(finished!.answer)) yield { type: 'delta', text: `${sentence.text} ` };
  yield { type: 'done', answer: finished! };
}
