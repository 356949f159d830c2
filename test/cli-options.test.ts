/** Numeric options are refused beyond their limits with the limit named (never quietly capped); text may start with a minus. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTS_K_MAX } from '../channels/cli/facts-command.js';
import { runCli } from '../channels/cli/main.js';
import { parseCommandLine } from '../channels/cli/parse-command-line.js';
import { lookupFactsInput } from '../tools/index.js';
import { REPORTS_DIR } from './helpers/corpus.js';

let data: string;
beforeAll(async () => { data = await mkdtemp(join(tmpdir(), 'baogao-cli-options-')); });
afterAll(() => rm(data, { recursive: true, force: true }));

async function cli(argv: string[], stdinLines?: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { REPORTS_DIR, BAOGAO_DATA_DIR: data, LOG_LEVEL: 'warn' },
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    interactive: false,
    ...(stdinLines ? { stdin: Readable.from([stdinLines.join('\n')]) } : {}),
  });
  return { code, stdout, stderr };
}

describe('option limits', () => {
  it('facts --k is limited to what one lookup returns, and the limit matches the tool', () => {
    expect(lookupFactsInput.safeParse({ k: FACTS_K_MAX }).success).toBe(true);
    expect(lookupFactsInput.safeParse({ k: FACTS_K_MAX + 1 }).success).toBe(false);
  });

  it('refuses every numeric option beyond its limit, naming the limit, in one line', async () => {
    const cases: [string[], RegExp][] = [
      [['facts', '--k', '1000'], /--k 1000 is over the limit: at most 50/],
      [['facts', '--k', '0'], /--k 0 is under the limit: at least 1/],
      [['facts', '--k', '2.5'], /--k/],
      [['search', 'x', '--k', '101'], /--k 101 is over the limit: at most 100/],
      [['search', 'x', '--k', '0'], /at least 1/],
      [['bench', '--scale', '5000'], /--scale 5000 is over the limit: at most 1000/],
      [['bench', '--http-seconds', '601'], /--http-seconds 601 is over the limit: at most 600/],
      [['wechat', '--max-attempts', '0'], /--max-attempts 0 is under the limit: at least 1/],
      [['wechat', '--max-attempts', '50'], /--max-attempts 50 is over the limit: at most 20/],
      [['calc', '1', '--rate', 'USD/CNY=0'], /positive/],
      [['chat', 'extra words'], /chat takes no arguments/],
    ];
    for (const [argv, message] of cases) {
      const result = await cli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(result.stderr, argv.join(' ')).toMatch(message);
    }
  });

  it('says each command\'s options with --help, without running it', async () => {
    const help = await cli(['facts', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: baogao facts \[--entity …\].*\[--k 30\]/);
  });

  it('facts --k up to the limit is honoured, not cut', async () => {
    const result = await cli(['facts', '--k', String(FACTS_K_MAX), '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { facts: unknown[] }).facts.length).toBe(FACTS_K_MAX);
  });
});

describe('text that starts with a minus', () => {
  it('is an expression, whole or split into words, and option values may start with one too', async () => {
    expect((await cli(['calc', '-1 + 2'])).stdout).toMatch(/^1 {2}\(1\)/);
    expect((await cli(['calc', '-1', '+', '2', '--json'])).stdout).toContain('"expression": "-1 + 2"');
    expect((await cli(['calc', '-(2 * 3)'])).stdout).toMatch(/^-6 /);
    expect((await cli(['calc', 'a + 1', '--operand', 'a=-5'])).stdout).toMatch(/^-4 /);
    expect(parseCommandLine(['--user', '-x?', 'q'], { user: { type: 'string', multiple: true } })).toMatchObject({ values: { user: ['-x?'] }, positionals: ['q'] });
    expect(parseCommandLine(['a', '--', '--json'], { json: { type: 'boolean' } })).toMatchObject({ values: {}, positionals: ['a', '--json'] });
    const unknown = await cli(['calc', '1', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/bogus/);
  });
});

describe('chat in process', () => {
  it('answers each line, says what went wrong without stopping, and ends at /quit', async () => {
    const result = await cli(['chat'], ["What was Tencent's capital expenditure in Q4 2024?", 'x'.repeat(2_100), '/nope', '#来源', '/quit', 'never asked']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/36\.578 billion yuan/);
    expect(result.stderr).toMatch(/messages\.\d+\.content/);
    expect(result.stdout).toMatch(/Unknown command \/nope/);
    expect(result.stdout).toMatch(/^\[1\] Caixin, 2025-06-23/m);
    expect(result.stdout).not.toContain('never asked');
  });
});
