/** @module How long a CLI command takes from a cold `node` to its exit, next to `node -e 0` on the same machine. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ColdStartFigures {
  command: string;
  medianMs: number;
  runs: number[];
}

// This file runs from the checkout (tsx) or from its compiled copy under dist/cli/; the bin is in the checkout.
const HERE = fileURLToPath(import.meta.url);
const ROOT = HERE.includes('/dist/cli/') ? HERE.slice(0, HERE.indexOf('/dist/cli/')) : fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'channels', 'cli', 'bin.js');

/** The commands a user types most, each run as `node channels/cli/bin.js …` in a fresh process. */
export const COLD_START_COMMANDS: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['baogao ask', [BIN, 'ask', "What was Tencent's capital expenditure in Q4 2024?"]],
  ['baogao calc', [BIN, 'calc', 'prior_from_growth(36.578e9, 386%)']],
  ['baogao search', [BIN, 'search', '腾讯 第四季度 资本开支']],
  ['baogao facts', [BIN, 'facts', '--entity', 'Tencent']],
];

function wallMs(args: string[], env: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cold start: ${args.slice(1).join(' ')} exited ${result.status}: ${result.stderr.trim()}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Median of `runs` runs per command, after one warm-up run (which builds the CLI or the index if needed). */
export function measureColdStart(env: NodeJS.ProcessEnv, runs = 5): ColdStartFigures[] {
  return COLD_START_COMMANDS.map(([command, args]) => {
    wallMs(args, env);
    const samples = Array.from({ length: runs }, () => wallMs(args, env)).map((ms) => Math.round(ms));
    const sorted = [...samples].sort((a, b) => a - b);
    return { command, medianMs: sorted[Math.floor(sorted.length / 2)]!, runs: samples };
  });
}
