import { describe, expect, it } from 'vitest';
import { parseConversation } from './messages.js';

describe('parseConversation', () => {
  it('strips zero-width characters inside words, for every channel', () => {
    expect(parseConversation([{ role: 'user', content: 'How much did Ten\u200bcent spend?' }])[0]!.content).toBe('How much did Tencent spend?');
  });

  it('refuses a message of nothing but invisible characters, naming the field', () => {
    expect(() => parseConversation([{ role: 'user', content: '\u200b\u200c\ufeff' }])).toThrow(/messages\.0\.content: must not be empty/);
  });

  it('names the field of a turn in the wrong place', () => {
    expect(() => parseConversation([{ role: 'assistant', content: 'hi' }])).toThrow(/the last message must be from the user/);
  });
});
