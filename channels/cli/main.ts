/** @module The `baogao` command line: one entry point, one subcommand per npm script. */
import { BaogaoError } from '../../core/index.js';
import type { CliIo } from './context.js';
import { ingestCommand } from './ingest-command.js';
import { searchCommand } from './search-command.js';
import { benchCommand } from './bench-command.js';
import { factsCommand } from './facts-command.js';
import { calcCommand } from './calc-command.js';
import { askCommand } from './ask-command.js';
import { evalCommand } from './eval-command.js';
import { startCommand } from './start-command.js';
import { wechatCommand } from './wechat-command.js';

type Command = (args: string[], io: CliIo) => Promise<number>;


export const COMMANDS: Record<string, Command> = {
  ingest: ingestCommand,
  search: searchCommand,
  facts: factsCommand,
  calc: calcCommand,
  start: startCommand,
  ask: askCommand,
  eval: evalCommand,
  bench: benchCommand,
  wechat: wechatCommand,
};

/** Runs one command; every failure becomes one line on stderr and a non-zero exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`Unknown command "${name ?? ''}". Commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    const known = BaogaoError.isInstance(error) ? error : error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS') ? new BaogaoError('invalid_input', { message: error.message, cause: error }) : undefined;
    if (known) {
      io.stderr(`error: ${known.message}\n`);
      return known.code === 'internal' ? 1 : 2;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
  });
  process.exitCode = code;
}
