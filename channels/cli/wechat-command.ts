/** @module `npm run wechat`: the Wechaty bot, with the puppet from WECHATY_PUPPET. */
import { WechatyBuilder } from 'wechaty';
import { createChatModel } from '../../agent/index.js';
import { inProcessAnswerer, remoteAnswerer } from '../wechat/answerers.js';
import { BaogaoWechat } from '../wechat/baogao-plugin.js';
import { configFrom, loggerFor, openIndexFor, type CliIo } from './context.js';

export async function wechatCommand(_args: string[], io: CliIo): Promise<number> {
  const config = configFrom(io);
  const index = config.wechat.baogaoUrl ? undefined : openIndexFor(config, io);
  if (index) await index;
  const answerer = config.wechat.baogaoUrl
    ? remoteAnswerer(config.wechat.baogaoUrl)
    : inProcessAnswerer(() => index!, config.openai ? createChatModel(config.openai) : undefined);
  const bot = WechatyBuilder.build({
    name: 'baogao',
    puppet: config.wechat.puppet as never,
    ...(config.wechat.puppetToken ? { puppetOptions: { token: config.wechat.puppetToken } } : {}),
  });
  bot.use(BaogaoWechat({ prefixes: config.wechat.prefixes, aliases: config.wechat.aliases, rooms: config.wechat.rooms, maxBytes: config.wechat.maxBytes, maxMessages: config.wechat.maxMessages }, {
    answerer, log: loggerFor(config, io),
  }));
  bot.on('scan', (qrcode) => io.stdout(`Scan to log in: https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}\n`));
  bot.on('login', (user) => io.stdout(`Logged in as ${user.name()}; answering ${config.wechat.rooms.length ? `in ${config.wechat.rooms.join(', ')}` : 'in every group'} and in direct chats.\n`));
  bot.on('error', (error) => io.stderr(`wechaty: ${error.message}\n`));
  await bot.start();
  return new Promise<number>((resolve) => {
    const stop = () => void bot.stop().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
