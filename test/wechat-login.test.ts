/** Real puppets fail politely: each failure said once with what to check, capped exponential backoff, a bounded number of attempts. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { backoffDelay, superviseLogin, type SupervisedBot } from '../channels/wechat/login-supervisor.js';

/** A bot whose puppet fails (or logs in) the way the script says, one entry per attempt. */
function fakeBots(script: ('fail' | 'login' | 'missing')[]) {
  let attempts = 0;
  const stopped: number[] = [];
  const createBot = (): SupervisedBot => {
    const events = new EventEmitter();
    const attempt = attempts++;
    const plan = script[Math.min(attempt, script.length - 1)];
    return {
      on: (event: string, listener: (...args: unknown[]) => void) => events.on(event, listener),
      async start() {
        if (plan === 'missing') throw new Error("Cannot find package 'wechaty-puppet-nope'");
        setTimeout(() => {
          if (plan === 'login') events.emit('login');
          // wechat4u repeats its error several times a second; only the first counts.
          else for (let i = 0; i < 5; i++) events.emit('error', new Error('getaddrinfo ENOTFOUND login.wx.qq.com'));
        }, 1);
      },
      async stop() { stopped.push(attempt); },
    } as SupervisedBot;
  };
  return { createBot, stopped, attempts: () => attempts };
}

describe('logging in a real puppet', () => {
  it('doubles the delay up to a cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, 2_000, 60_000))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('says the error once with what to check, backs off, and exits non-zero after the bounded attempts', async () => {
    const bots = fakeBots(['fail']);
    const said: string[] = [];
    const slept: number[] = [];
    const code = await superviseLogin({
      createBot: bots.createBot, maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 3_000, hint: 'the network', say: (line) => said.push(line),
      sleep: async (ms) => { slept.push(ms); }, signal: new AbortController().signal,
    });
    expect(code).toBe(1);
    expect(bots.attempts()).toBe(4);
    expect(bots.stopped).toEqual([0, 1, 2, 3]);
    expect(slept).toEqual([1_000, 2_000, 3_000]);
    expect(said.filter((line) => line.includes('ENOTFOUND'))).toEqual(['WeChat login failed: getaddrinfo ENOTFOUND login.wx.qq.com\nCheck the network']);
    expect(said.at(-1)).toBe('Giving up after 4 failed logins.');
  });

  it('gives up at once when the puppet is not installed, and runs until stopped once logged in', async () => {
    const missing = fakeBots(['missing']);
    const said: string[] = [];
    expect(await superviseLogin({ createBot: missing.createBot, maxAttempts: 5, hint: 'WECHATY_PUPPET', say: (line) => said.push(line), sleep: async () => {}, signal: new AbortController().signal })).toBe(1);
    expect(missing.attempts()).toBe(1);
    expect(said[0]).toMatch(/Cannot find package 'wechaty-puppet-nope'\nCheck WECHATY_PUPPET/);

    const flaky = fakeBots(['fail', 'fail', 'login']);
    const stop = new AbortController();
    const running = superviseLogin({ createBot: flaky.createBot, maxAttempts: 3, hint: 'x', say: () => {}, sleep: async () => {}, signal: stop.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(flaky.attempts()).toBe(3);
    stop.abort();
    expect(await running).toBe(0);
    expect(flaky.stopped).toEqual([0, 1, 2]);
  });
});
