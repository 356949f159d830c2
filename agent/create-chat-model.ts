/** @module A ChatOpenAI for any OpenAI-compatible endpoint (OpenAI, DeepSeek, Qwen, vLLM, Ollama …). */
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../core/index.js';

export function createChatModel(openai: NonNullable<Config['openai']>, options: { timeoutMs?: number } = {}): ChatOpenAI {
  return new ChatOpenAI({
    model: openai.model,
    apiKey: openai.apiKey,
    configuration: openai.baseUrl ? { baseURL: openai.baseUrl } : {},
    temperature: 0,
    // One attempt: on a 429 or a timeout the offline planner answers instead of making the user wait.
    maxRetries: 0,
    timeout: options.timeoutMs ?? 20_000,
  });
}
