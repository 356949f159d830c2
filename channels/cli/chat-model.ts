/** @module The LLM for commands that answer: only when OPENAI_API_KEY is set, and only then is its client loaded. */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from '../../core/index.js';

export async function chatModelFor(config: Config): Promise<BaseChatModel | undefined> {
  if (!config.openai) return undefined;
  const { createChatModel } = await import('../../agent/index.js');
  return createChatModel(config.openai);
}
