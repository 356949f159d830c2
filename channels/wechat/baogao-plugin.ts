/** @module The Wechaty plugin: answers questions in groups and direct chats through the Baogao agent. */
import type { Contact, Message, Room, Wechaty } from 'wechaty';
import { detectLang, type Lang } from '../../core/index.js';
import { createTokenBuckets } from '../shared/token-buckets.js';
import { createAnswerQueue } from './answer-queue.js';
import type { Answerer } from './answerers.js';
import { DEFAULT_CONFIG, type WechatBotConfig } from './bot-config.js';
import { createConversationMemory } from './conversation-memory.js';
import { formatReply, helpText, sourcesList } from './format-reply.js';
import { readIncoming } from './read-incoming.js';
import { botNames, shouldAnswer } from './should-answer.js';

export interface PluginDeps {
  answerer: Answerer;
  log?: (message: string) => void;
  now?: () => number;
}

const SAY: Record<'busy' | 'slow' | 'sorry' | 'limited' | 'reset', Record<Lang, string>> = {
  busy: { en: 'Many questions are waiting; please ask again in a minute.', zh: '排队的问题较多,请一分钟后再问。' },
  limited: { en: 'You are asking quickly; please wait a moment before the next question.', zh: '提问太频繁了,请稍等片刻再问。' },
  slow: { en: 'Sorry, that took too long to answer. Please try again.', zh: '抱歉,回答超时了,请稍后再试。' },
  sorry: { en: 'Sorry, I could not answer that just now. Please try again later.', zh: '抱歉,暂时无法回答,请稍后再试。' },
  reset: { en: 'Done: I have forgotten our conversation.', zh: '好的,已清除我们的对话记忆。' },
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error('answer timed out'), { timedOut: true })), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error: unknown) => { clearTimeout(timer); reject(error); });
  });
}

export function BaogaoWechat(partial: Partial<WechatBotConfig>, deps: PluginDeps) {
  const config: WechatBotConfig = { ...DEFAULT_CONFIG, ...partial };
  const isForTheBot = shouldAnswer(config);
  const memory = createConversationMemory({ ttlMs: config.memoryTtlMs, maxTurns: config.memoryTurns, ...(deps.now ? { now: deps.now } : {}) });
  const people = createTokenBuckets({ perMinute: config.perPersonPerMinute, ...(deps.now ? { now: deps.now } : {}) });
  const groups = createTokenBuckets({ perMinute: config.perGroupPerMinute, ...(deps.now ? { now: deps.now } : {}) });
  const queue = createAnswerQueue(config.queueLimit);
  const seen = new Set<string>();

  /** Replies in order; in a group the first message @-mentions the asker. */
  async function reply(room: Room | undefined, talker: Contact, messages: string[]) {
    for (const [i, text] of messages.entries()) {
      if (room) await (i === 0 ? room.say(text, talker) : room.say(text));
      else await talker.say(text);
    }
  }

  async function handle(message: Message) {
    // Each message is answered at most once, even if the puppet delivers it twice.
    if (seen.has(message.id)) return;
    seen.add(message.id);
    if (seen.size > 5_000) seen.delete(seen.values().next().value!);
    if (!(await isForTheBot(message))) return;
    const room = message.room();
    const talker = message.talker();
    const incoming = readIncoming(message.text(), { names: await botNames(message, config), prefixes: config.prefixes });
    const lang: Lang = detectLang(incoming.question || message.text());
    const key = `${room?.id ?? 'direct'}:${talker.id}`;
    const say = (text: string) => reply(room ?? undefined, talker, [text]);

    if (incoming.command === 'reset') { memory.forget(key); return say(SAY.reset[lang]); }
    if (incoming.command === 'help' || !incoming.question) return say(helpText(lang, config.prefixes));
    if (incoming.command === 'sources') return say(sourcesList(await deps.answerer.reports(), lang));

    const person = people.take(key);
    const group = room ? groups.take(room.id) : { ok: true as const };
    if (!person.ok || !group.ok) return say(SAY.limited[lang]);

    const accepted = queue.push(async () => {
      // A quoted message is context: it goes in as the turn before the question, not into it.
      const context = incoming.quoted ? [{ role: 'user' as const, content: incoming.quoted }] : [];
      try {
        const result = await withTimeout(deps.answerer.answer([...memory.history(key), ...context, { role: 'user', content: incoming.question }]), config.answerBudgetMs);
        memory.remember(key, incoming.question, result.answer);
        await reply(room ?? undefined, talker, formatReply(result, { maxBytes: config.maxBytes, maxMessages: config.maxMessages }));
      } catch (error) {
        deps.log?.(`[wechat] answer failed: ${error instanceof Error ? error.message : String(error)}`);
        await say((error as { timedOut?: boolean }).timedOut ? SAY.slow[lang] : SAY.sorry[lang]).catch(() => undefined);
      }
    });
    if (!accepted) await say(SAY.busy[lang]);
  }

  return function installBaogao(bot: Wechaty) {
    const onMessage = (message: Message) => {
      handle(message).catch((error: unknown) => deps.log?.(`[wechat] message handling failed: ${error instanceof Error ? error.message : String(error)}`));
    };
    bot.on('message', onMessage);
    return () => { bot.off('message', onMessage); };
  };
}

export { DEFAULT_CONFIG };
