/**
 * @module A simulated WeChat group for `baogao wechat --demo`: the real Baogao plugin on a real Wechaty,
 * driven by wechaty-puppet-mock. People "say" things into the group (or to the bot directly); what the bot
 * sends back is collected as WeChat would deliver it. `send` resolves once the bot has finished replying.
 */
import { WechatyBuilder, type Message, type Wechaty } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { escapeRegExp as escape, type Answer } from '../../core/index.js';
import type { Answerer } from './answerers.js';
import { BaogaoWechat } from './baogao-plugin.js';
import { DEFAULT_CONFIG, type WechatBotConfig } from './bot-config.js';
import { formatReply } from './format-reply.js';
import { shouldAnswer } from './should-answer.js';

export interface DemoMessage {
  /** Where it was said: the group's topic, or "direct" for a one-to-one chat with the bot. */
  chat: string;
  from: string;
  text: string;
  fromBot: boolean;
}

export interface DemoGroupOptions {
  answerer: Answerer;
  config?: Partial<WechatBotConfig>;
  botName?: string;
  topic?: string;
  members?: string[];
  log?: (message: string) => void;
  /** Every message said in the group or to the bot, in order, as it happens. */
  onMessage?: (message: DemoMessage) => void;
}

export interface DemoGroup {
  readonly botName: string;
  readonly topic: string;
  readonly members: string[];
  /**
   * `from` says `text` in the group (or to the bot directly). Resolves with the bot's replies once it is done
   * (an empty list when the bot lets the message pass, as it does with chatter that is not for it).
   */
  send(from: string, text: string, options?: { direct?: boolean }): Promise<{ forTheBot: boolean; replies: DemoMessage[] }>;
  stop(): Promise<void>;
}

export async function startDemoGroup(options: DemoGroupOptions): Promise<DemoGroup> {
  const botName = options.botName ?? 'Baogao';
  const topic = options.topic ?? '报告讨论群';
  const memberNames = options.members ?? ['You', 'Mary', '李雷'];
  // The demo group is the only group: an allow-list meant for real groups would silence it.
  const config: WechatBotConfig = { ...DEFAULT_CONFIG, ...options.config, rooms: [] };

  // Counts answers under way and the WeChat messages each finished answer will take, so `send` knows when the bot is done.
  let answering = 0;
  let expectedReplies = 0;
  const answerer: Answerer = {
    reports: () => options.answerer.reports(),
    async answer(messages) {
      answering++;
      try {
        const result: Answer = await options.answerer.answer(messages);
        expectedReplies += formatReply(result, { maxBytes: config.maxBytes, maxMessages: config.maxMessages }).length;
        return result;
      } catch (error) {
        expectedReplies += 1; // the apology
        throw error;
      } finally {
        answering--;
      }
    },
  };

  const mocker = new mock.Mocker();
  const bot: Wechaty = WechatyBuilder.build({ name: 'baogao-demo', puppet: new PuppetMock({ mocker }) });
  bot.use(BaogaoWechat(config, { answerer, ...(options.log ? { log: options.log } : {}) }));
  const isForTheBot = shouldAnswer(config);
  let decide: ((forTheBot: boolean) => void) | undefined;
  bot.on('message', (message: Message) => {
    if (message.self() || !decide) return;
    const settle = decide;
    decide = undefined;
    isForTheBot(message).then(settle, () => settle(false));
  });
  await bot.start();
  const me = mocker.createContact({ name: botName });
  const people = new Map(memberNames.map((name) => [name, mocker.createContact({ name })]));
  const loggedIn = new Promise((resolve) => bot.once('login', resolve));
  mocker.login(me);
  await loggedIn;
  const room = mocker.createRoom({ topic, memberIdList: [me.id, ...[...people.values()].map((person) => person.id)] });

  const names = new Map([[me.id, botName], ...[...people].map(([name, person]) => [person.id, name] as const)]);
  let botSaid: DemoMessage[] = [];
  const record = (chat: string, payload: { talkerId: string; text?: string }) => {
    const message = { chat, from: names.get(payload.talkerId) ?? payload.talkerId, text: (payload.text ?? '').replace(/\u2005/g, ' '), fromBot: payload.talkerId === me.id };
    if (message.fromBot) botSaid.push(message);
    options.onMessage?.(message);
  };
  room.on('message', (message) => record(topic, message.payload));
  for (const person of people.values()) {
    person.on('message', (message) => { if (!message.payload.roomId && message.payload.talkerId === me.id) record('direct', message.payload); });
  }

  const waitUntil = async (done: () => boolean, timeoutMs: number) => {
    const started = Date.now();
    while (!done() && Date.now() - started < timeoutMs) await new Promise((resolve) => setTimeout(resolve, 15));
  };

  return {
    botName,
    topic,
    members: memberNames,
    async send(from, text, sendOptions = {}) {
      const person = people.get(from);
      if (!person) throw new Error(`${from} is not in the group; members: ${memberNames.join(', ')}`);
      botSaid = [];
      expectedReplies = 0;
      const decided = new Promise<boolean>((resolve) => { decide = resolve; });
      // WeChat puts U+2005 after an @-mention and lists the mentioned people with the message.
      const mentionsBot = new RegExp(`@${escape(botName)}(?:\\s|$)`).test(text);
      const wechatText = text.replace(new RegExp(`@${escape(botName)} `, 'g'), `@${botName}\u2005`);
      if (sendOptions.direct) {
        person.say(wechatText).to(me);
        record('direct', { talkerId: person.id, text: wechatText });
      } else {
        person.say(wechatText, mentionsBot ? [me] : []).to(room);
      }
      const forTheBot = await decided;
      if (forTheBot) await waitUntil(() => botSaid.length >= Math.max(1, expectedReplies) && answering === 0, config.answerBudgetMs + 5_000);
      return { forTheBot, replies: [...botSaid] };
    },
    stop: () => bot.stop(),
  };
}
