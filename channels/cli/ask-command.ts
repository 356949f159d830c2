/** @module `npm run ask -- "question" [--json] [--history file.json] [--user "…" --assistant "…" …]` */
import { readFile } from 'node:fs/promises';
// From its own module, not the agent's index: that one also loads the LLM agent and LangChain.
import { answer } from '../../agent/answer.js';
import { BaogaoError, type ChatMessage } from '../../core/index.js';
import { chatModelFor } from './chat-model.js';
import { configFrom, openIndexFor, type CliIo } from './context.js';
import { parseCommandLine } from './parse-command-line.js';
import { renderAnswer } from './render-answer.js';

export { renderAnswer };

/** Earlier turns, in order: --user/--assistant flags as given on the command line. */
function turnsFromFlags(tokens: ReturnType<typeof parseCommandLine>['tokens']): ChatMessage[] {
  return tokens.flatMap((token) => (token.kind === 'option' && (token.name === 'user' || token.name === 'assistant') && token.value !== undefined ? [{ role: token.name, content: token.value }] : []));
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

export async function askCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals, tokens } = parseCommandLine(args, {
    json: { type: 'boolean' }, history: { type: 'string' }, user: { type: 'string', multiple: true }, assistant: { type: 'string', multiple: true },
  });
  const question = positionals.join(' ').trim();
  if (!question) throw new BaogaoError('invalid_input', { message: 'ask needs a question: npm run ask -- "How much will Alibaba invest in AI?"', field: 'question' });
  const config = configFrom(io);
  const earlier = [...(values.history ? await historyFrom(values.history) : []), ...turnsFromFlags(tokens)];
  const index = await openIndexFor(config, io);
  const result = await answer([...earlier, { role: 'user', content: question }], { index, model: await chatModelFor(config) });
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderAnswer(result));
  return 0;
}
