import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WechatyBuilder, type Wechaty } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { BaogaoWechat } from '../channels/wechat/baogao-plugin.js';
import { inProcessAnswerer, type Answerer } from '../channels/wechat/answerers.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const realAnswerer = inProcessAnswerer(async () => index);

interface Harness {
  bot: Wechaty;
  mocker: mock.Mocker;
  me: mock.ContactMock;
  mary: mock.ContactMock;
  li: mock.ContactMock;
  room: mock.RoomMock;
  /** What the bot has sent, in order, per chat (room id or contact id). */
  sent: Map<string, string[]>;
}

async function startBot(options: Parameters<typeof BaogaoWechat>[0], answerer: Answerer = realAnswerer): Promise<Harness> {
  const mocker = new mock.Mocker();
  const bot = WechatyBuilder.build({ name: `test-${Math.random()}`, puppet: new PuppetMock({ mocker }) });
  bot.use(BaogaoWechat(options, { answerer }));
  await bot.start();
  const me = mocker.createContact({ name: 'ReportBot' });
  const mary = mocker.createContact({ name: 'Mary' });
  const li = mocker.createContact({ name: '李雷' });
  const loggedIn = new Promise((resolve) => bot.once('login', resolve));
  mocker.login(me);
  await loggedIn;
  const room = mocker.createRoom({ topic: '投研群', memberIdList: [me.id, mary.id, li.id] });
  const sent = new Map<string, string[]>();
  const record = (chat: string, text: string) => sent.set(chat, [...(sent.get(chat) ?? []), text]);
  room.on('message', (message) => { if (message.payload.talkerId === me.id) record(room.id, message.payload.text ?? ''); });
  for (const contact of [mary, li]) contact.on('message', (message) => { if (message.payload.talkerId === me.id && !message.payload.roomId) record(contact.id, message.payload.text ?? ''); });
  return { bot, mocker, me, mary, li, room, sent };
}

const waitFor = async (check: () => boolean, timeoutMs = 8_000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for the bot');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('WeChat bot in a group (mock puppet)', () => {
  let h: Harness;
  beforeAll(async () => { h = await startBot({ aliases: ['报告君'] }); });
  afterAll(async () => { await h.bot.stop(); });
  const replies = () => h.sent.get(h.room.id) ?? [];

  it('answers an @-mention with plain text and circled sources, @-mentioning the asker', async () => {
    h.mary.say("@ReportBot\u2005What was Tencent's capital expenditure in Q4 2024?", [h.me]).to(h.room);
    await waitFor(() => replies().length >= 1);
    const [first] = replies();
    expect(first).toMatch(/^@Mary /);
    expect(first).toMatch(/36\.578 billion yuan, according to 定焦One \(2025-10-09\)①/);
    expect(first).toMatch(/\n① 定焦One, 2025-10-09 ¶5\n② Caixin, 2025-06-23 ¶59$/);
    expect(first).not.toMatch(/\*\*|\[\d\]/);
  });

  it('answers a mention by its group alias, anywhere in the text, and a prefixed question; ignores chatter', async () => {
    const before = replies().length;
    h.li.say('请问 @报告君\u2005阿里巴巴未来三年在云和AI基础设施上计划投入多少?').to(h.room);
    await waitFor(() => replies().length >= before + 1);
    expect(replies().at(-1)).toMatch(/^@李雷 .*3800亿元/s);
    h.mary.say('今天中午吃什么?').to(h.room);
    h.mary.say('/ask Who founded DeepSeek?').to(h.room);
    await waitFor(() => replies().length >= before + 2);
    expect(replies().at(-1)).toContain('Liang Wenfeng');
    expect(replies()).toHaveLength(before + 2);
  });

  it('reads a quoted reply: the quote is context, the question follows the separator', async () => {
    const before = replies().length;
    h.mary.say('「ReportBot：Tencent spent 36.578 billion yuan in Q4 2024.」\n- - - - - - - - - - - - - - -\n@ReportBot\u2005Who founded DeepSeek?', [h.me]).to(h.room);
    await waitFor(() => replies().length >= before + 1);
    expect(replies().at(-1)).toContain('Liang Wenfeng');
  });

  it('remembers each person separately for follow-ups, and forgets on /reset', async () => {
    const before = replies().length;
    h.mary.say('@ReportBot\u2005How many employees did Alibaba have at the end of 2024?', [h.me]).to(h.room);
    await waitFor(() => replies().length >= before + 1);
    h.mary.say('@ReportBot\u2005And a year earlier?', [h.me]).to(h.room);
    await waitFor(() => replies().length >= before + 2);
    expect(replies().at(-1)).toContain('219,260');
    h.mary.say('@ReportBot\u2005/reset', [h.me]).to(h.room);
    await waitFor(() => replies().length >= before + 3);
    expect(replies().at(-1)).toMatch(/forgotten our conversation/);
    h.li.say('@报告君\u2005#清除记忆').to(h.room);
    await waitFor(() => replies().length >= before + 4);
    expect(replies().at(-1)).toMatch(/已清除/);
  });

  it('explains itself in the group’s language and lists its sources', async () => {
    const before = replies().length;
    h.li.say('@报告君\u2005#帮助').to(h.room);
    await waitFor(() => replies().length >= before + 1);
    expect(replies().at(-1)).toMatch(/向我提问报告内容/);
    h.mary.say('@ReportBot\u2005/help', [h.me]).to(h.room);
    h.mary.say('@ReportBot\u2005/sources', [h.me]).to(h.room);
    await waitFor(() => replies().length >= before + 3);
    expect(replies().at(-2)).toMatch(/Ask me about the reports/);
    expect(replies().at(-1)).toMatch(/Reports I answer from:\n① Caixin, 2025-06-23/);
  });

  it('answers every message in a direct chat', async () => {
    h.mary.say('How much did Alibaba invest in Moonshot AI?').to(h.me);
    await waitFor(() => (h.sent.get(h.mary.id) ?? []).length >= 1);
    expect(h.sent.get(h.mary.id)![0]).toMatch(/^Alibaba invested approximately \$800 million in Moonshot AI①\./);
  });
});

describe('WeChat bot limits and failures (mock puppet)', () => {
  it('splits a long answer at sentence ends into ordered messages under the byte budget', async () => {
    const h = await startBot({ maxBytes: 150, maxMessages: 3 });
    h.mary.say("@ReportBot\u2005What was Tencent's capital expenditure in Q4 2024?", [h.me]).to(h.room);
    await waitFor(() => (h.sent.get(h.room.id) ?? []).length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const messages = h.sent.get(h.room.id)!;
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.length).toBeLessThanOrEqual(3);
    expect(messages[0]).toMatch(/^@Mary The reports differ\./);
    for (const text of messages) expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(150);
    expect(messages.join(' ')).toContain('36.578 billion yuan');
    await h.bot.stop();
  });

  it('rate-limits a person, and answers a burst of 20 in order up to the queue, telling the rest to wait', async () => {
    const limited = await startBot({ perPersonPerMinute: 2 });
    for (let i = 0; i < 3; i++) limited.mary.say('@ReportBot\u2005Who founded DeepSeek?', [limited.me]).to(limited.room);
    await waitFor(() => (limited.sent.get(limited.room.id) ?? []).length >= 3);
    expect(limited.sent.get(limited.room.id)!.filter((text) => /asking quickly/.test(text))).toHaveLength(1);
    await limited.bot.stop();

    const slow: Answerer = { ...realAnswerer, answer: async (messages) => { await new Promise((resolve) => setTimeout(resolve, 30)); return realAnswerer.answer(messages); } };
    const h = await startBot({ perPersonPerMinute: 100, perGroupPerMinute: 100, queueLimit: 10 }, slow);
    const questions = Array.from({ length: 20 }, (_, i) => `/ask What was Alibaba's capital expenditure in Q1 2025? #${i}`);
    for (const question of questions) h.mary.say(question).to(h.room);
    await waitFor(() => (h.sent.get(h.room.id) ?? []).length >= 20, 15_000);
    const messages = h.sent.get(h.room.id)!;
    const answered = messages.filter((text) => text.includes('24.6 billion yuan'));
    const waiting = messages.filter((text) => /questions are waiting/.test(text));
    expect(answered).toHaveLength(10);
    expect(waiting).toHaveLength(10);
    await h.bot.stop();
  });

  it('apologises when the agent fails, and never sends a stack trace', async () => {
    const broken: Answerer = { ...realAnswerer, answer: async () => { throw new Error('TypeError: cannot read properties of undefined\n    at secret.ts:1:1'); } };
    const h = await startBot({}, broken);
    h.li.say('@ReportBot\u2005腾讯2024年第四季度的资本开支是多少?', [h.me]).to(h.room);
    await waitFor(() => (h.sent.get(h.room.id) ?? []).length >= 1);
    expect(h.sent.get(h.room.id)![0]).toBe('@李雷 抱歉,暂时无法回答,请稍后再试。');
    await h.bot.stop();
  });

  it('answers only in allow-listed groups', async () => {
    const h = await startBot({ rooms: ['Another group'] });
    h.mary.say('@ReportBot\u2005Who founded DeepSeek?', [h.me]).to(h.room);
    h.mary.say('Who founded DeepSeek?').to(h.me);
    await waitFor(() => (h.sent.get(h.mary.id) ?? []).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.sent.get(h.room.id)).toBeUndefined();
    await h.bot.stop();
  });
});
