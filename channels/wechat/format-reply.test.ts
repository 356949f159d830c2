import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../core/index.js';
import { formatReply, plainText } from './format-reply.js';

const answerOf = (text: string, citations = 2, lang: 'en' | 'zh' = 'en'): Answer => ({
  answer: text, lang, agent: 'offline', refused: false, grounded: true, ungroundedNumbers: [], steps: [], calculations: [], timings: { totalMs: 1, toolsMs: 1 },
  citations: Array.from({ length: citations }, (_, i) => ({ n: i + 1, paragraphId: `d#p${i + 1}`, docId: 'd', paragraph: i + 1, title: 't', publisher: 'Caixin', date: '2025-06-23', quote: 'q' })),
});
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('formatReply', () => {
  it('writes plain text with circled markers and sources', () => {
    expect(plainText('**Yes** [1], and `code` [2].')).toBe('Yes①, and code②.');
    expect(formatReply(answerOf('Short answer [1].', 1), { maxBytes: 2000, maxMessages: 3, mentionPrefix: '@Mary ' })).toEqual(['@Mary Short answer①.\n\n① Caixin, 2025-06-23 ¶1']);
  });

  it('keeps one source per line when the sources need a message of their own', () => {
    const messages = formatReply(answerOf('A sentence that takes up most of the room in the first message [1]. Another one [2].', 3), { maxBytes: 110, maxMessages: 3 });
    expect(messages.at(-1)).toBe('① Caixin, 2025-06-23 ¶1\n② Caixin, 2025-06-23 ¶2\n③ Caixin, 2025-06-23 ¶3');
  });

  it('never exceeds the byte budget or the message count, keeps order, and marks a cut', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.lorem({ maxCount: 12 }), fc.constant('资本开支为365.78亿元。')), { minLength: 1, maxLength: 40 }), fc.integer({ min: 120, max: 600 }), fc.integer({ min: 1, max: 4 }), (sentences, maxBytes, maxMessages) => {
      const text = sentences.map((sentence) => `${sentence.trim() || 'x'}.`).join(' ');
      const messages = formatReply(answerOf(text, 3), { maxBytes, maxMessages, mentionPrefix: '@李雷 ' });
      expect(messages.length).toBeLessThanOrEqual(maxMessages);
      for (const message of messages) expect(bytes(message)).toBeLessThanOrEqual(maxBytes);
      expect(messages[0]!.startsWith('@李雷 ')).toBe(true);
    }), { numRuns: 200 });
  });
});
