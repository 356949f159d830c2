/** @module What a WeChat message asks: mentions and prefixes removed, a quoted reply split off, commands recognised. */
import { escapeRegExp as escape } from '../../core/index.js';

export type BotCommand = 'reset' | 'help' | 'sources';

export interface Incoming {
  question: string;
  /** The message a quoted reply quotes: context for the question, not the question. */
  quoted?: string;
  command?: BotCommand;
}

/** 「quoted」 then a dashed line then the reply, as WeChat writes a quoted reply. */
const QUOTED_REPLY = /^「([\s\S]*?)」\s*\n\s*-(?:\s*-){4,}\s*\n([\s\S]*)$/;

export function splitQuotedReply(text: string): { quoted?: string; rest: string } {
  const match = text.match(QUOTED_REPLY);
  // The quote often begins with "Name: " (who said it); that is not part of what was said.
  return match ? { quoted: match[1]!.replace(/^[^:：\n]{1,30}[:：]\s*/, '').trim(), rest: match[2]!.trim() } : { rest: text };
}

/** Removes "@name" (followed by WeChat's U+2005 space, a space, or the end) wherever it stands. */
export function stripMentions(text: string, names: string[]): string {
  let result = text;
  for (const name of names.filter(Boolean).sort((a, b) => b.length - a.length)) {
    result = result.replace(new RegExp(`@${escape(name)}(?:[\\u2005\\u0020\\u00a0]|$)`, 'g'), ' ');
  }
  return result.replace(/\s+/g, ' ').trim();
}

export function mentionsAny(text: string, names: string[]): boolean {
  return names.filter(Boolean).some((name) => new RegExp(`@${escape(name)}(?:[\\u2005\\u0020\\u00a0]|$)`).test(text));
}

export function stripPrefix(text: string, prefixes: string[]): string | undefined {
  const trimmed = text.trim();
  const prefix = prefixes.find((candidate) => trimmed.toLowerCase().startsWith(candidate.toLowerCase()));
  return prefix === undefined ? undefined : trimmed.slice(prefix.length).replace(/^[\s:：,，]+/, '');
}

export function readIncoming(text: string, options: { names: string[]; prefixes: string[] }): Incoming {
  const { quoted, rest } = splitQuotedReply(text);
  const withoutMentions = stripMentions(rest, options.names);
  const question = (stripPrefix(withoutMentions, options.prefixes) ?? withoutMentions).trim();
  const command: BotCommand | undefined = /^\/reset\b|^#?清除记忆/i.test(question) ? 'reset'
    : /^\/help\b|^#?帮助$/i.test(question) ? 'help' : /^\/sources\b|^#?(?:来源|报告列表)$/i.test(question) ? 'sources' : undefined;
  return { question, ...(quoted ? { quoted } : {}), ...(command ? { command } : {}) };
}
