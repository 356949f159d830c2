/** @module Answers as WeChat plain text: circled source numbers, split at sentence ends under a byte budget. */
import { sourceLabel, splitSentences, type Answer, type ReportDocument } from '../../core/index.js';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const circled = (n: number) => (n >= 1 && n <= 20 ? CIRCLED[n - 1]! : `(${n})`);
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Markdown has no place in WeChat: emphasis, headings and code marks go; [n] becomes ①. */
export function plainText(text: string): string {
  return text.replace(/\*\*|__|`+/g, '').replace(/^#{1,6}\s+/gm, '').replace(/\s*\[(\d+)\]/g, (_m, n: string) => circled(Number(n))).trim();
}

export function sourcesBlock(answer: Answer): string {
  return answer.citations.map((citation) => `${circled(citation.n)} ${sourceLabel(citation, answer.lang, { brief: true })} ¶${citation.paragraph}`).join('\n');
}

/** Pieces of at most `maxBytes` each, cut at sentence ends (or inside an over-long sentence). */
function packPieces(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const units = splitSentences(text).map((span) => span.text).flatMap((sentence) => {
    if (bytes(sentence) <= maxBytes) return [sentence];
    const parts: string[] = [];
    let part = '';
    for (const char of sentence) {
      if (bytes(part + char) > maxBytes) { parts.push(part); part = ''; }
      part += char;
    }
    return part ? [...parts, part] : parts;
  });
  for (const unit of units) {
    const joined = current ? `${current} ${unit}` : unit;
    if (bytes(joined) <= maxBytes) current = joined;
    else { if (current) pieces.push(current); current = unit; }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Whole lines (one source each) per message, as many as fit; a line longer than a message is cut like prose. */
function packLines(text: string, maxBytes: number): string[] {
  const messages: string[] = [];
  for (const line of text.split('\n').flatMap((one) => (bytes(one) <= maxBytes ? [one] : packPieces(one, maxBytes)))) {
    const last = messages.at(-1);
    if (last !== undefined && bytes(`${last}\n${line}`) <= maxBytes) messages[messages.length - 1] = `${last}\n${line}`;
    else messages.push(line);
  }
  return messages;
}

/** The reply as WeChat messages, in order, none over the budget, at most `maxMessages` of them. */
export function formatReply(answer: Answer, options: { maxBytes: number; maxMessages: number; mentionPrefix?: string }): string[] {
  const mention = options.mentionPrefix ?? '';
  const sources = sourcesBlock(answer);
  const body = plainText(answer.answer);
  const whole = sources ? `${body}\n\n${sources}` : body;
  if (bytes(mention + whole) <= options.maxBytes) return [mention + whole];
  const more = answer.lang === 'zh' ? '……(回答过长,已截断)' : '… (answer cut short)';
  // The first message also carries the @-mention, so it has that much less room.
  const budget = (i: number) => options.maxBytes - (i === 0 ? bytes(mention) : 0);
  const pieces = packPieces(body, budget(0) - bytes(more) - 2);
  const messages = [...pieces];
  if (sources) {
    const last = messages.length - 1;
    if (bytes(`${messages[last]}\n\n${sources}`) <= budget(last)) messages[last] = `${messages[last]}\n\n${sources}`;
    else messages.push(...packLines(sources, options.maxBytes));
  }
  if (messages.length > options.maxMessages) {
    messages.length = options.maxMessages;
    // The cut marker must fit too: trim the last message (by whole characters) to make room.
    let last = [...messages.at(-1)!];
    const room = budget(messages.length - 1) - bytes(more);
    while (last.length && bytes(last.join('')) > room) last = last.slice(0, -1);
    messages[messages.length - 1] = `${last.join('').trimEnd()}${more}`;
  }
  messages[0] = mention + messages[0];
  return messages;
}

export function sourcesList(documents: ReportDocument[], lang: 'en' | 'zh'): string {
  const lines = documents.map((document, i) => `${circled(i + 1)} ${sourceLabel(document, lang)}`);
  return `${lang === 'en' ? 'Reports I answer from:' : '我依据的报告:'}\n${lines.join('\n')}`;
}

export function helpText(lang: 'en' | 'zh', prefixes: string[]): string {
  return lang === 'en'
    ? `Ask me about the reports: @-mention me or start with "${prefixes[0]}". I answer with numbered sources.\n/sources — the reports\n/reset — forget our conversation\n/help — this message`
    : `向我提问报告内容:@我,或以"${prefixes[1] ?? prefixes[0]}"开头。回答附带编号来源。\n/sources 或 #来源 — 报告列表\n/reset 或 #清除记忆 — 清除对话记忆\n/help 或 #帮助 — 使用说明`;
}
