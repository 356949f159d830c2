/** @module `shouldAnswer(config)(message)`: the one rule for which messages the bot answers. */
import { types, type Message } from 'wechaty';
import type { WechatBotConfig } from './bot-config.js';
import { mentionsAny, splitQuotedReply, stripPrefix } from './read-incoming.js';

/** Every name the bot goes by in this message's chat: its own, its group alias, the configured ones. */
export async function botNames(message: Message, config: Pick<WechatBotConfig, 'aliases'>): Promise<string[]> {
  const me = message.wechaty.currentUser;
  const room = message.room();
  const alias = room ? await room.alias(me).catch(() => undefined) : undefined;
  return [...new Set([me.name(), alias, ...config.aliases].filter((name): name is string => Boolean(name)))];
}

export function shouldAnswer(config: WechatBotConfig) {
  return async function isForTheBot(message: Message): Promise<boolean> {
    // Its own replies come back as messages; system notices and media are not questions.
    if (message.self() || message.type() !== types.Message.Text) return false;
    if (message.age() > config.maxAgeSeconds) return false;
    const room = message.room();
    if (!room) return true;
    if (config.rooms.length) {
      const topic = await room.topic().catch(() => '');
      if (!config.rooms.includes(room.id) && !config.rooms.includes(topic)) return false;
    }
    if (await message.mentionSelf().catch(() => false)) return true;
    const { rest } = splitQuotedReply(message.text());
    return mentionsAny(rest, await botNames(message, config)) || stripPrefix(rest, config.prefixes) !== undefined;
  };
}
