/**
 * The command line as a user runs it: the `baogao` bin on plain node (compiled JavaScript, built on first
 * run when sources changed), what each command loads, piped `chat` with a follow-up, and `npm run calc`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTS_DIR } from './helpers/corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'channels/cli/bin.js');
let work: string;

/** The environment of someone with no key and no WeChat set-up; the data folder is the test's own. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, REPORTS_DIR, BAOGAO_DATA_DIR: join(work, 'data'), LOG_LEVEL: 'warn', ...extra };
  return env;
}

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; stdin?: string; nodeArgs?: string[] } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, [...(options.nodeArgs ?? []), ...args], { cwd: ROOT, env: options.env ?? cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const baogao = (args: string[], options: Parameters<typeof run>[2] = {}) => run(process.execPath, [BIN, ...args], options);

/** Runs a command with a resolve hook that writes down every module it loads. */
async function modulesLoadedBy(args: string[]): Promise<string[]> {
  const record = join(work, `imports-${args[0]}.txt`);
  await writeFile(record, '');
  const result = await baogao(args, { env: cleanEnv({ RECORD_IMPORTS: record }), nodeArgs: ['--import', join(work, 'register.mjs')] });
  expect(result.code, result.stderr).toBe(0);
  return (await readFile(record, 'utf8')).split('\n').filter(Boolean);
}

const packageOf = (url: string) => url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'baogao-cli-process-'));
  await writeFile(join(work, 'hooks.mjs'), [
    "import { appendFileSync } from 'node:fs';",
    'export async function resolve(specifier, context, next) {',
    '  const result = await next(specifier, context);',
    '  appendFileSync(process.env.RECORD_IMPORTS, `${result.url}\\n`);',
    '  return result;',
    '}',
  ].join('\n'));
  await writeFile(join(work, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${join(work, 'hooks.mjs')}`).href)});\n`);
  // Builds the CLI if the sources are newer than dist/cli/, and the index into this test's data folder.
  const first = await baogao(['ingest']);
  expect(first.code, first.stderr).toBe(0);
}, 180_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the baogao command on plain node', () => {
  it('runs compiled JavaScript and prints usage', async () => {
    const help = await baogao(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: baogao <command>/);
    for (const command of ['ask', 'chat', 'search', 'facts', 'calc', 'wechat']) expect(help.stdout).toContain(`  ${command} `);
    const unknown = await baogao(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
  });

  it('ask, calc, search, facts and chat load neither wechaty nor the server, benchmark or demo packages', async () => {
    const heavy = ['wechaty', 'wechaty-puppet-mock', 'wechaty-puppet-wechat4u', 'autocannon', 'minisearch', 'hono', '@hono/node-server', 'tsx'];
    const commands = [['ask', "What was Tencent's capital expenditure in Q4 2024?"], ['calc', '1 + 2'], ['search', 'Alibaba capex'], ['facts', '--entity', 'Tencent'], ['chat']];
    for (const args of commands) {
      const loaded = await modulesLoadedBy(args);
      expect(loaded.some((url) => url.includes('/dist/cli/channels/cli/main.js')), `${args[0]} runs the compiled CLI`).toBe(true);
      expect(loaded.filter((url) => url.endsWith('.ts')), `${args[0]} loads no TypeScript`).toEqual([]);
      const packages = new Set(loaded.map(packageOf).filter(Boolean));
      for (const name of heavy) expect(packages.has(name), `${args[0]} loaded ${name}`).toBe(false);
    }
    // The recorder does see wechaty when a command needs it.
    expect(new Set((await modulesLoadedBy(['wechat', '--demo'])).map(packageOf)).has('wechaty')).toBe(true);
  }, 120_000);

  it('chat answers piped lines one at a time and keeps the history for follow-ups', async () => {
    const result = await baogao(['chat'], { stdin: ["What was Tencent's capital expenditure in Q4 2024?", 'Which report said that?', '/sources', '腾讯2024年第四季度的资本开支是多少?', '/reset', '/help', ''].join('\n') });
    expect(result.code, result.stderr).toBe(0);
    const turns = result.stdout.split(/^> /m).slice(1);
    expect(turns.map((turn) => turn.split('\n')[0])).toEqual(["What was Tencent's capital expenditure in Q4 2024?", 'Which report said that?', '/sources', '腾讯2024年第四季度的资本开支是多少?', '/reset', '/help']);
    expect(turns[0]).toMatch(/36\.578 billion yuan/);
    expect(turns[0]).toMatch(/^\[1\] 定焦One, 2025-10-09 — .* ¶5$/m);
    // The follow-up only makes sense with the first question: it names the reports behind that figure.
    expect(turns[1]).toMatch(/定焦One/);
    expect(turns[1]).toMatch(/^\[1\] /m);
    expect(turns[2]).toMatch(/^\[5\] 定焦One, 2025-10-09/m);
    expect(turns[3]).toMatch(/365\.78亿元/);
    expect(turns[4]).toMatch(/Conversation cleared/);
    expect(turns[5]).toMatch(/\/sources/);
  }, 60_000);

  it('npm run calc takes an expression that starts with a minus', async () => {
    const result = await run('npm', ['run', '--silent', 'calc', '--', '-1 + 2'], { env: { ...cleanEnv(), npm_config_loglevel: 'silent' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^1 {2}\(1\)/);
  }, 60_000);
});
