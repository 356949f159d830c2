/** @module `npm run ask -- "question" [--json] [--history file.json] [--user "…" --assistant "…" …]` */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { answer, createChatModel } from '../../agent/index.js';
import { BaogaoError, type Answer, type ChatMessage } from '../../core/index.js';
import { configFrom, openIndexFor, type CliIo } from './context.js';

/** Earlier turns, in order: --user/--assistant flags as given on the command line. */
function turnsFromFlags(args: string[]): ChatMessage[] {
  const turns: ChatMessage[] = [];
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if ((flag === '--user' || flag === '--assistant') && args[i + 1] !== undefined) turns.push({ role: flag === '--user' ? 'user' : 'assistant', content: args[++i]! });
  }
  return turns;
}

async function historyFrom(path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new BaogaoError('invalid_input', { message: `Cannot read --history file ${path}`, field: 'history', cause });
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    const list = Array.isArray(parsed) ? parsed : (parsed as { messages?: unknown }).messages;
    if (!Array.isArray(list)) throw new Error('expected an array of messages or {"messages": [...]}');
    return list;
  } catch (cause) {
    throw new BaogaoError('invalid_input', { message: `--history ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, field: 'history', cause });
  }
}

export function renderAnswer(result: Answer): string {
  const lines = [result.answer, ''];
  if (result.fallback) lines.push(`(answered offline: the model failed — ${result.fallback.reason})`, '');
  for (const citation of result.citations) {
    lines.push(`[${citation.n}] ${citation.publisher ?? 'Unknown publisher'}, ${citation.date ?? 'undated'} — ${citation.title} ¶${citation.paragraph}`);
    lines.push(`    “${citation.quote.replace(/\s+/g, ' ')}”`);
  }
  for (const calculation of result.calculations) {
    lines.push(`calc: ${calculation.steps.map((step) => `${step.expression} = ${step.result}`).join('; ') || `${calculation.expression} = ${calculation.result.english}`}`);
  }
  if (!result.grounded) lines.push(`unverified figures: ${result.ungroundedNumbers.join(', ')}`);
  return `${lines.join('\n').trim()}\n`;
}

export async function askCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { json: { type: 'boolean' }, history: { type: 'string' }, user: { type: 'string', multiple: true }, assistant: { type: 'string', multiple: true } },
  });
  const question = positionals.join(' ').trim();
  if (!question) throw new BaogaoError('invalid_input', { message: 'ask needs a question: npm run ask -- "How much will Alibaba invest in AI?"', field: 'question' });
  const config = configFrom(io);
  const earlier = [...(values.history ? await historyFrom(values.history) : []), ...turnsFromFlags(args)];
  const index = await openIndexFor(config, io);
  const result = await answer([...earlier, { role: 'user', content: question }], { index, model: config.openai ? createChatModel(config.openai) : undefined });
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderAnswer(result));
  return 0;
}
