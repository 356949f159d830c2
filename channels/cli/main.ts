/** @module The `baogao` command line: one entry point; each command's module is imported only when it runs. */
import { BaogaoError } from '../../core/errors.js';
import type { CliIo } from './context.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

interface CommandEntry {
  summary: string;
  /** Imported on use, so `ask` never pays for wechaty, the HTTP server or the benchmark tools. */
  load: () => Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  ask: { summary: 'ask "question" [--json] [--history file.json] [--user "…" --assistant "…"]: one answer with numbered sources', load: async () => (await import('./ask-command.js')).askCommand },
  chat: { summary: 'chat: a conversation in the terminal (or one line at a time from piped stdin), with follow-ups', load: async () => (await import('./chat-command.js')).chatCommand },
  search: { summary: 'search "query" [--k 5] [--doc id] [--lang en|zh] [--json]: ranked paragraphs', load: async () => (await import('./search-command.js')).searchCommand },
  facts: { summary: 'facts [--entity …] [--metric …] [--period …] [--query …] [--doc id] [--k 30] [--json]: the fact table', load: async () => (await import('./facts-command.js')).factsCommand },
  calc: { summary: 'calc "expression" [--operand name=value] [--rate USD/CNY=7.2] [--json]: the calculator', load: async () => (await import('./calc-command.js')).calcCommand },
  ingest: { summary: 'ingest [--rebuild] [--json]: read the reports and write the index', load: async () => (await import('./ingest-command.js')).ingestCommand },
  start: { summary: 'start [--host 0.0.0.0]: the HTTP API and web chat on PORT (default 8787)', load: async () => (await import('./start-command.js')).startCommand },
  wechat: { summary: 'wechat [--demo]: the WeChat group bot; --demo simulates a group in this terminal (no account needed)', load: async () => (await import('./wechat-command.js')).wechatCommand },
  eval: { summary: 'eval [--gold FILE] [--split train|dev|heldout] [--agent offline,llm] [--judge llm] [--only kind] [--min-correctness 0.4] [--baseline PATH] [--answers-out PATH] [--json]: answer-accuracy evals, held-out split first', load: async () => (await import('./eval-command.js')).evalCommand },
  'eval-financebench': { summary: 'eval-financebench [--questions FILE] [--dir DIR] [--answers-out FILE] [--summary-out FILE] [--limit N] [--json]: FinanceBench filings as a report folder, ingested and every question answered and scored', load: async () => (await import('./financebench-command.js')).financeBenchCommand },
  bench: { summary: 'bench [--scale 100] [--http-seconds 30] [--json]: latency, memory, load and CLI cold start', load: async () => (await import('./bench-command.js')).benchCommand },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary.slice(entry.summary.indexOf(':') + 2)}`);
  return `Usage: baogao <command> [options]   (or npm run <command> -- [options])\n\n${lines.join('\n')}\n\nEvery command reads REPORTS_DIR (default reports/) and builds the index on first use.\n`;
}

function asKnownError(error: unknown): BaogaoError | undefined {
  if (BaogaoError.isInstance(error)) return error;
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return new BaogaoError('invalid_input', { message: error.message, cause: error });
  return undefined;
}

/** Runs one command; every failure becomes one line on stderr and a non-zero exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr(`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')} (baogao help)\n`);
    return 2;
  }
  if (args[0] === '--help' || args[0] === '-h') {
    io.stdout(`Usage: baogao ${entry.summary.replace(':', '\n\n ')}\n`);
    return 0;
  }
  try {
    const command = await entry.load();
    return await command(args, io);
  } catch (error) {
    const known = asKnownError(error);
    if (known) {
      io.stderr(`error: ${known.message}\n`);
      return known.code === 'internal' ? 1 : 2;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** The process entry (`bin.js` calls this): real stdio, and a closed pipe (`| head`) ends quietly. */
export async function main(argv: string[]): Promise<number> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return runCli(argv, {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
  });
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) process.exitCode = await main(process.argv.slice(2));
