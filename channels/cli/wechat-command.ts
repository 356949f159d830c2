/**
 * @module `baogao wechat`: the Wechaty bot with the puppet from WECHATY_PUPPET, logged in politely (backoff,
 * each failure said once, a bounded number of attempts); `baogao wechat --demo` simulates a group instead.
 */
import { z } from 'zod';
import { BaogaoError, type Config } from '../../core/index.js';
import type { Answerer } from '../wechat/answerers.js';
import type { WechatBotConfig } from '../wechat/bot-config.js';
import { chatModelFor } from './chat-model.js';
import { configFrom, loggerFor, openIndexFor, type CliIo } from './context.js';
import { parseFlags } from './options-error.js';
import { parseCommandLine } from './parse-command-line.js';

const flagsSchema = z.object({
  demo: z.boolean().default(false),
  'max-attempts': z.coerce.number().int().min(1).max(20).default(5),
});

/** Answers in this process, or through BAOGAO_URL (e.g. the Worker). */
export async function answererFor(config: Config, io: CliIo): Promise<Answerer> {
  const { inProcessAnswerer, remoteAnswerer } = await import('../wechat/answerers.js');
  if (config.wechat.baogaoUrl) return remoteAnswerer(config.wechat.baogaoUrl);
  const index = await openIndexFor(config, io);
  return inProcessAnswerer(async () => index, await chatModelFor(config));
}

export function botConfigFrom(config: Config): Partial<WechatBotConfig> {
  return { prefixes: config.wechat.prefixes, aliases: config.wechat.aliases, rooms: config.wechat.rooms, maxBytes: config.wechat.maxBytes, maxMessages: config.wechat.maxMessages };
}

function hintFor(puppet: string): string {
  const demo = 'To see the bot without a WeChat account: baogao wechat --demo';
  if (puppet === 'wechaty-puppet-wechat4u') return `the network (wechat4u logs in through login.wx.qq.com) and that this account may use web WeChat; or pick another puppet with WECHATY_PUPPET.\n${demo}`;
  if (puppet === 'wechaty-puppet-service') return `WECHATY_PUPPET_SERVICE_TOKEN and that the puppet service is reachable from here.\n${demo}`;
  return `that ${puppet} (WECHATY_PUPPET) is installed (npm install ${puppet}) and can reach its server.\n${demo}`;
}

export async function wechatCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { demo: { type: 'boolean' }, 'max-attempts': { type: 'string' } });
  if (positionals.length) throw new BaogaoError('invalid_input', { message: `wechat takes no arguments, got "${positionals.join(' ')}"`, field: 'args' });
  const flags = parseFlags(flagsSchema, values);
  const config = configFrom(io);
  const answerer = await answererFor(config, io);
  if (flags.demo) return (await import('./wechat-demo.js')).runWechatDemo({ answerer, config: botConfigFrom(config), io, log: loggerFor(config, io) });

  // wechat4u reports its own stray exceptions on stdout; keep the process alive as it intends, but quietly.
  const before = new Set(process.listeners('uncaughtException'));
  const [{ WechatyBuilder }, { BaogaoWechat }, { superviseLogin }] = await Promise.all([
    import('wechaty'), import('../wechat/baogao-plugin.js'), import('../wechat/login-supervisor.js'),
  ]);
  const debug = loggerFor(config, io, 'debug');
  const quietStrayExceptions = () => {
    for (const listener of process.listeners('uncaughtException')) if (!before.has(listener)) process.off('uncaughtException', listener);
    if (!process.listeners('uncaughtException').length) process.on('uncaughtException', (error) => debug(`[wechat] puppet: ${error.message}`));
  };
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  const log = loggerFor(config, io);
  const code = await superviseLogin({
    maxAttempts: flags['max-attempts'],
    hint: hintFor(config.wechat.puppet),
    say: (line) => io.stderr(`${line}\n`),
    signal: stop.signal,
    createBot: () => {
      const bot = WechatyBuilder.build({
        name: 'baogao',
        puppet: config.wechat.puppet as never,
        ...(config.wechat.puppetToken ? { puppetOptions: { token: config.wechat.puppetToken } } : {}),
      });
      bot.use(BaogaoWechat(botConfigFrom(config), { answerer, log }));
      bot.on('scan', (qrcode) => io.stdout(`Scan to log in: https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}\n`));
      bot.on('login', (user) => io.stdout(`Logged in as ${user.name()}; answering ${config.wechat.rooms.length ? `in ${config.wechat.rooms.join(', ')}` : 'in every group'} and in direct chats.\n`));
      bot.on('start', quietStrayExceptions);
      return bot;
    },
  });
  quietStrayExceptions();
  return code;
}
