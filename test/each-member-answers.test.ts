/**
 * Follow-ups asked of every member of a group the last answer listed ("What does each of them do?",
 * "他们分别负责什么?", "Which firm does each of them work for?"): each person described in turn from
 * what the reports say they are or do, cited; nothing partial when the reports describe only some.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { conversationState, groupMembers } from '../agent/conversation-state.js';
import { ASKS_EACH_MEMBER } from '../agent/offline/plan-each-member.js';
import type { ChatMessage } from '../core/index.js';
import { openIndex, type OpenIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

let index: OpenIndex;
beforeAll(async () => {
  index = await openIndex((await loadCorpus()).snapshot);
});

const chat = (...turns: string[]): ChatMessage[] => turns.map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content }));
const reply = async (...turns: string[]) => answer(chat(...turns), { index });

describe('ASKS_EACH_MEMBER', () => {
  it('recognises a question asked of each member, in English and Chinese, and not a pick among them', () => {
    for (const text of ['What does each of them head?', 'Which firm does each of them work for?', 'What do they do, respectively?', '他们分别负责什么?', '他们各自是哪家公司的?']) expect(ASKS_EACH_MEMBER.test(text), text).toBe(true);
    for (const text of ['Which of them started IPO guidance?', 'Whom do they report to?', '其中哪家还在亏损?']) expect(ASKS_EACH_MEMBER.test(text), text).toBe(false);
  });
});

describe('groupMembers', () => {
  it('takes the people the last answer listed, with the names the reports write them by', () => {
    const state = conversationState(chat('Who heads ByteDance’s Seed team?', 'Wu Yonghui and Zhu Wenjia [1].', '他们分别负责什么?'), index.aliases);
    const members = groupMembers(state, index.aliases);
    expect(members.map((member) => member.label)).toHaveLength(2);
    expect(members[0]!.names[0]).toMatch(/^[A-Z]/);
  });
});

describe('each-member answers', () => {
  it('describes each person the last answer listed, in English', async () => {
    const heads = await reply('Which technical leaders shifted their reporting to Wu Yonghui?', 'Xiang Liang, Li Hang, Yang Jianchao and Qiao Mu [1].', 'What does each of them head?');
    expect(heads.refused).toBe(false);
    expect(heads.answer).toMatch(/^Xiang Liang is head of ByteDance's AML and Doubao large model Foundation team \[1\]; Li Hang is director of ByteDance's AI Lab \[1\]/);
    expect(heads.answer).toMatch(/Qiao Mu is head of the large language model team/);
    expect(heads.answer).not.toMatch(/have shifted|, and \[/);
    const analysts = await reply("Which two analysts does the article on China's AI dragons quote?", 'Wei Sun and Charlie Dai [1][2].', 'Which firm does each of them work for?');
    expect(analysts.answer).toMatch(/Wei Sun is a senior analyst at market research firm Counterpoint Research \[1\]; Charlie Dai is an analyst at market research firm Forrester \[2\]/);
  });

  it('prefers what each one does to what each one is, and says it in Chinese for a Chinese asker', async () => {
    const english = await reply('Who heads ByteDance’s large model Seed team?', 'Wu Yonghui and Zhu Wenjia [1].', 'What does each of them focus on?');
    expect(english.answer).toMatch(/^Wu Yonghui focuses on the basic model \[1\]; Zhu Wenjia focuses on model applications \[1\]/);
    const founders = await reply('2025年2月17日的民营企业家座谈会上有哪几位科技企业家?', '梁文锋、马化腾和马云[1]。', '他们分别是哪家公司的创始人?');
    expect(founders.lang).toBe('zh');
    expect(founders.answer).toMatch(/^据报道,梁文锋是深度求索创始人\[1\];马化腾是腾讯创始人\[\d\];马云是阿里巴巴创始人\[\d\]。/);
    // An English description is quoted for a Chinese asker, never mixed untranslated into the sentence.
    const seed = await reply('字节跳动大模型Seed团队的两位负责人是谁?', '吴永辉和朱文佳[1]。', '他们分别负责什么?');
    expect(seed.answer).toMatch(/^据报道,吴永辉“focuses on the basic model”\[1\];朱文佳“focuses on model applications”\[1\]。/);
  });

  it('says nothing person by person when the reports describe only some of them, or the group is one person', async () => {
    const partial = await reply('Which technical leaders shifted their reporting to Wu Yonghui?', 'Xiang Liang and Jane Nobody [1].', 'What does each of them head?');
    expect(partial.answer).not.toMatch(/^Xiang Liang is head/);
    const one = await reply('Who founded Unitree?', 'Wang Xingxing [1].', 'What does each of them do?');
    expect(one.answer).not.toMatch(/^Wang Xingxing (?:is|focuses)/);
  });
});
