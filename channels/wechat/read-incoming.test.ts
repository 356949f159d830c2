import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionsAny, readIncoming, splitQuotedReply, stripMentions } from './read-incoming.js';

const options = { names: ['ReportBot', '报告君'], prefixes: ['/ask', '问报告'] };

describe('reading WeChat messages', () => {
  it('removes mentions anywhere, with the U+2005 space or without', () => {
    expect(stripMentions('@ReportBot\u2005How much?', options.names)).toBe('How much?');
    expect(stripMentions('请问 @报告君\u2005多少? @ReportBot', options.names)).toBe('请问 多少?');
    expect(mentionsAny('hi @ReportBotX there', options.names)).toBe(false);
    expect(mentionsAny('hi @报告君 there', options.names)).toBe(true);
  });

  it('splits a quoted reply into context and question', () => {
    expect(splitQuotedReply('「Mary：Tencent spent 36.578 billion yuan.」\n- - - - - - - - - - - - - - -\n@ReportBot\u2005And Alibaba?')).toEqual({ quoted: 'Tencent spent 36.578 billion yuan.', rest: '@ReportBot\u2005And Alibaba?' });
    expect(splitQuotedReply('no quote here')).toEqual({ rest: 'no quote here' });
  });

  it('reads any text without throwing, and never leaves a mention of the bot in the question (fuzzed)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('', '@ReportBot\u2005', '@报告君 ', '/ask ', '「x」\n- - - - - -\n'), (text, lead) => {
      const incoming = readIncoming(lead + text, options);
      expect(typeof incoming.question).toBe('string');
      expect(incoming.question).not.toMatch(/@ReportBot[\u2005 ]|@报告君[\u2005 ]/);
    }), { numRuns: 400 });
  });

  it('recognises prefixes and commands in both languages', () => {
    expect(readIncoming('/ask Who founded DeepSeek?', options)).toEqual({ question: 'Who founded DeepSeek?' });
    expect(readIncoming('问报告:腾讯资本开支?', options)).toEqual({ question: '腾讯资本开支?' });
    expect(readIncoming('@ReportBot\u2005/reset', options).command).toBe('reset');
    expect(readIncoming('@报告君\u2005#清除记忆', options).command).toBe('reset');
    expect(readIncoming('@报告君\u2005#帮助', options).command).toBe('help');
    expect(readIncoming('@ReportBot\u2005/sources', options).command).toBe('sources');
    expect(readIncoming('@ReportBot\u2005what are your sources of revenue?', options).command).toBeUndefined();
  });
});
