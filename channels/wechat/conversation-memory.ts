/** @module What each person said in each chat, kept for follow-ups: time-limited and capped. */
import type { ChatMessage } from '../../core/index.js';

export interface ConversationMemory {
  history(key: string): ChatMessage[];
  remember(key: string, question: string, answer: string): void;
  forget(key: string): void;
}

export function createConversationMemory(options: { ttlMs: number; maxTurns: number; now?: () => number; maxKeys?: number }): ConversationMemory {
  const now = options.now ?? Date.now;
  const store = new Map<string, { turns: ChatMessage[]; at: number }>();
  return {
    history(key) {
      const entry = store.get(key);
      if (!entry || now() - entry.at > options.ttlMs) { store.delete(key); return []; }
      return [...entry.turns];
    },
    remember(key, question, answer) {
      const turns = [...this.history(key), { role: 'user' as const, content: question }, { role: 'assistant' as const, content: answer }];
      store.delete(key);
      store.set(key, { turns: turns.slice(-options.maxTurns), at: now() });
      if (store.size > (options.maxKeys ?? 5_000)) store.delete(store.keys().next().value!);
    },
    forget: (key) => void store.delete(key),
  };
}
