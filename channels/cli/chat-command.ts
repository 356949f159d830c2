/**
 * @module `baogao chat`: a conversation in the terminal. Each question goes to the agent with the turns
 * before it, so follow-ups work; `/reset`, `/sources`, `/help`, `/quit`. With piped stdin it answers one
 * line at a time, keeping the history, so scripts can hold a conversation too.
 */
import { createInterface } from 'node:readline';
// From its own module, not the agent's index: that one also loads the LLM agent and LangChain.
import { streamAnswer } from '../../agent/answer.js';
import { BaogaoError, sourceLabel, type Answer, type ChatMessage, type ReportDocument } from '../../core/index.js';
import { chatModelFor } from './chat-model.js';
import { configFrom, openIndexFor, type CliIo } from './context.js';
import { parseCommandLine } from './parse-command-line.js';
import { renderFootnotes } from './render-answer.js';

/** Earlier messages sent with each question: the last five exchanges, well inside the agent's 20 turns. */
const HISTORY_MESSAGES = 10;
/** The agent takes at most 2,000 characters per message; a longer earlier answer goes back shortened. */
const MAX_REMEMBERED_CHARS = 2_000;

const HELP = [
  'Ask about the reports in English or Chinese; follow-ups ("And a year earlier?") use the conversation so far.',
  '  /sources  the reports I answer from (#来源)',
  '  /reset    forget the conversation (#清除记忆)',
  '  /help     this message (#帮助)',
  '  /quit     leave (or Ctrl-D)',
].join('\n');

type ChatLine = { kind: 'question'; text: string } | { kind: 'help' | 'reset' | 'sources' | 'quit' | 'unknown' | 'empty'; text: string };

export function readChatLine(raw: string): ChatLine {
  const text = raw.trim();
  if (!text) return { kind: 'empty', text };
  if (/^(\/help|#帮助)$/i.test(text)) return { kind: 'help', text };
  if (/^(\/reset|#清除记忆)$/i.test(text)) return { kind: 'reset', text };
  if (/^(\/sources|#来源|#报告列表)$/i.test(text)) return { kind: 'sources', text };
  if (/^\/(quit|exit|q)$/i.test(text)) return { kind: 'quit', text };
  if (/^\/[a-z]+$/i.test(text)) return { kind: 'unknown', text };
  return { kind: 'question', text };
}

export function sourcesText(documents: ReportDocument[]): string {
  return documents.map((document, i) => `[${i + 1}] ${sourceLabel(document)}`).join('\n');
}

export function remember(history: ChatMessage[], question: string, result: Answer): ChatMessage[] {
  return [...history, { role: 'user' as const, content: question }, { role: 'assistant' as const, content: result.answer.slice(0, MAX_REMEMBERED_CHARS) }].slice(-HISTORY_MESSAGES);
}

export async function chatCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandLine(args, {});
  if (positionals.length) throw new BaogaoError('invalid_input', { message: 'chat takes no arguments: type questions after it starts, or pipe them in one per line', field: 'args' });
  const input = io.stdin ?? process.stdin;
  const terminal = io.stdin ? false : Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const config = configFrom(io);
  const index = await openIndexFor(config, io);
  const model = await chatModelFor(config);
  if (terminal) io.stdout(`Baogao — ${index.snapshot.documents.length} reports, ${model ? 'LLM agent' : 'offline planner'}. /help for commands, Ctrl-D to leave.\n`);

  const lines = createInterface({ input, ...(terminal ? { output: process.stdout, prompt: 'you> ' } : {}), terminal });
  let history: ChatMessage[] = [];
  // Ctrl-C leaves, as Ctrl-D does (readline would otherwise only pause).
  lines.on('SIGINT', () => { process.stdout.write('\n'); lines.close(); });
  let failures = 0;
  if (terminal) lines.prompt();
  for await (const raw of lines) {
    const line = readChatLine(raw);
    // Piped input has no prompt, so the transcript shows each question before its answer.
    if (!terminal && line.kind !== 'empty') io.stdout(`> ${line.text}\n`);
    if (line.kind === 'quit') break;
    if (line.kind === 'help' || line.kind === 'unknown') io.stdout(`${line.kind === 'unknown' ? `Unknown command ${line.text}.\n` : ''}${HELP}\n`);
    else if (line.kind === 'reset') { history = []; io.stdout('Conversation cleared. 已清除对话记忆。\n'); }
    else if (line.kind === 'sources') io.stdout(`${sourcesText(index.snapshot.documents)}\n`);
    else if (line.kind === 'question') {
      try {
        const result = await answerInto(io, [...history, { role: 'user', content: line.text }], { index, model });
        history = remember(history, line.text, result);
      } catch (error) {
        failures++;
        io.stderr(`error: ${BaogaoError.from(error, 'internal').message}\n`);
      }
    }
    if (line.kind !== 'empty') io.stdout('\n');
    if (terminal) lines.prompt();
  }
  lines.close();
  return failures && !terminal ? 1 : 0;
}

/** Streams the answer text as it is written, then the footnotes; returns the full Answer. */
async function answerInto(io: CliIo, messages: ChatMessage[], options: Parameters<typeof streamAnswer>[1]): Promise<Answer> {
  let wrote = false;
  for await (const event of streamAnswer(messages, options)) {
    if (event.type === 'delta') { io.stdout(event.text); wrote = true; }
    if (event.type !== 'done') continue;
    const result = event.answer;
    if (!wrote) io.stdout(result.answer);
    const notes = [...(result.fallback ? [`(answered offline: the model failed — ${result.fallback.reason})`] : []), ...renderFootnotes(result)];
    io.stdout(`\n${notes.length ? `\n${notes.join('\n')}\n` : ''}`);
    return result;
  }
  throw new BaogaoError('internal', { message: 'the agent finished without an answer' });
}
