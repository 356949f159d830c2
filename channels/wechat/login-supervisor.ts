/**
 * @module Logging a real puppet in, politely: a failed login (no network, a refused token, a puppet that is
 * not installed) is said once with what to check, retried with capped exponential backoff, and given up
 * after a bounded number of attempts with a non-zero exit code — never the same error every second.
 */

/** The part of a Wechaty the supervisor needs; a fresh one per attempt (a stopped puppet is not restarted). */
export interface SupervisedBot {
  start(): Promise<void>;
  stop(): Promise<void>;
  on(event: 'login', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface LoginSupervisorOptions<Bot extends SupervisedBot> {
  createBot: () => Bot;
  /** Failed logins in a row before giving up. */
  maxAttempts: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** What a person should check, e.g. the network, WECHATY_PUPPET, the token. */
  hint: string;
  say: (line: string) => void;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Aborting stops the bot and resolves with 0. */
  signal: AbortSignal;
}

export const DEFAULT_BASE_DELAY_MS = 2_000;
export const DEFAULT_MAX_DELAY_MS = 60_000;

/** Delay before retry number `failures` (1-based): base, 2×base, 4×base … capped. */
export function backoffDelay(failures: number, baseDelayMs = DEFAULT_BASE_DELAY_MS, maxDelayMs = DEFAULT_MAX_DELAY_MS): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, failures - 1));
}

const abortableSleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(done, ms);
  function done() { clearTimeout(timer); signal.removeEventListener('abort', done); resolve(); }
  signal.addEventListener('abort', done, { once: true });
});

/** A failure no retry can fix: the puppet package is missing. */
const isPermanent = (reason: string) => /ERR_MODULE_NOT_FOUND|Cannot find (module|package)|not installed/i.test(reason);

type Outcome = { kind: 'stopped' } | { kind: 'failed'; reason: string };

/** One login attempt: resolves when the bot fails before logging in, or when the signal stops it. */
function attempt(bot: SupervisedBot, signal: AbortSignal, onLogin: () => void, say: (line: string) => void): Promise<Outcome> {
  return new Promise((resolve) => {
    let loggedIn = false;
    let settled = false;
    const errorsSaid = new Set<string>();
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => settle({ kind: 'stopped' });
    signal.addEventListener('abort', onAbort, { once: true });
    bot.on('login', () => { loggedIn = true; onLogin(); });
    bot.on('error', (error) => {
      const reason = error?.message ?? String(error);
      if (!loggedIn) return settle({ kind: 'failed', reason });
      // Once logged in, the puppet recovers by itself; each distinct error is said once.
      if (!errorsSaid.has(reason)) { errorsSaid.add(reason); say(`wechaty: ${reason}`); }
    });
    bot.start().catch((error: unknown) => settle({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }));
  });
}

/** Runs the bot until the signal stops it (0), or until `maxAttempts` logins in a row have failed (1). */
export async function superviseLogin<Bot extends SupervisedBot>(options: LoginSupervisorOptions<Bot>): Promise<number> {
  const sleep = options.sleep ?? abortableSleep;
  let failures = 0;
  let lastReason = '';
  while (!options.signal.aborted) {
    const bot = options.createBot();
    const outcome = await attempt(bot, options.signal, () => { failures = 0; lastReason = ''; }, options.say);
    await bot.stop().catch(() => undefined);
    if (outcome.kind === 'stopped') return 0;
    failures++;
    if (outcome.reason !== lastReason) options.say(`WeChat login failed: ${outcome.reason}\nCheck ${options.hint}`);
    lastReason = outcome.reason;
    if (isPermanent(outcome.reason) || failures >= options.maxAttempts) {
      options.say(`Giving up after ${failures} failed login${failures === 1 ? '' : 's'}.`);
      return 1;
    }
    const delay = backoffDelay(failures, options.baseDelayMs, options.maxDelayMs);
    options.say(`Retrying in ${Math.round(delay / 1000)} s (attempt ${failures + 1} of ${options.maxAttempts})…`);
    await sleep(delay, options.signal);
  }
  return 0;
}
