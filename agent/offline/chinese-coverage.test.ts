import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { chineseQuestionChecked, contentChinese, uncheckedChinese, withoutNames } from './chinese-coverage.js';

const aliases = createAliasTable([
  { id: 'tencent', kind: 'company', names: ['Tencent', '腾讯'] },
  { id: 'alibaba', kind: 'company', names: ['Alibaba', '阿里巴巴', '阿里'] },
  { id: 'turingengine', kind: 'company', names: ['TuringEngine', '图灵引擎'] },
  { id: 'unitree', kind: 'company', names: ['Unitree', '宇树科技'] },
  { id: 'robin-li', kind: 'person', names: ['Robin Li', '李彦宏'] },
  { id: 'jack-ma', kind: 'person', names: ['Jack Ma', '马云'] },
]);

describe('chineseQuestionChecked: the vocabulary accounts for a Chinese question, so an English sentence can be checked against it', () => {
  it.each([
    ['腾讯为什么在2024年第四季度抢购GPU？'],
    ['宇树科技已经盈利，为什么还要融资？'],
    ['阿里巴巴的AI战略和腾讯有什么不同？'],
    ['美国的芯片限制对阿里巴巴有什么影响？'],
  ])('checked: %s', (question) => {
    expect(chineseQuestionChecked(question, aliases)).toBe(true);
  });

  it.each([
    // Words the vocabulary does not translate: an English sentence's coverage says nothing about them.
    ['阿里巴巴为什么要收编那些濒临倒闭的孵化器？', '收编濒临倒闭孵化器'],
    ['腾讯的鹅厂文化如何影响员工跳槽？', '鹅厂文化跳槽'],
  ])('unchecked: %s', (question, rest) => {
    expect(chineseQuestionChecked(question, aliases)).toBe(false);
    expect(uncheckedChinese(question, aliases)).toBe(rest);
  });

  it('does not count names, the aspect asked, dates or function words as unchecked', () => {
    expect(uncheckedChinese('腾讯为什么在2024年第四季度抢购GPU？', aliases)).toBe('');
    expect(uncheckedChinese('宇树科技已经盈利，为什么还要融资？', aliases)).toBe('');
  });

  it('reads everyday verbs of paying and buying, and how an amount, a count or "each" is asked, as checked words', () => {
    expect(uncheckedChinese('腾讯投图灵引擎花了多少钱？', aliases)).toBe('');
    expect(uncheckedChinese('宇树科技是被谁买下的？', aliases)).toBe('');
    expect(uncheckedChinese('阿里巴巴和腾讯各自买了多少芯片？', aliases)).toBe('');
    expect(uncheckedChinese('图灵引擎的模型下载了多少次？', aliases)).toBe('');
    // 跟 is "with", like 和 and 与.
    expect(uncheckedChinese('腾讯跟图灵引擎合作了吗？', aliases)).toBe('');
  });

  it('reads each aspect\'s words on the whole question, so one aspect\'s words do not cut another\'s (怎么看 is a view, not 怎么 + 看)', () => {
    expect(uncheckedChinese('李彦宏怎么看中国AI应用?', aliases)).toBe('');
    expect(uncheckedChinese('马云如何看待阿里的投资?', aliases)).toBe('');
  });
});

describe('conversational padding and everyday market words: a Chinese open question as people ask it', () => {
  it.each([
    ['帮我概括一下国内云厂商争夺大模型客户的整体格局。'],
    ['腾讯为啥要从杭州的图灵引擎那里采购集群算力服务?'],
    ['北京收紧反垄断,对大模型创业公司融资意味着什么?'],
    ['宇树科技明明盈利了,为啥还要融资?'],
    ['腾讯为什么向图灵引擎购买集群算力?'],
    ['宇树科技本身已经盈利了,为什么还要融资?'],
    ['李彦宏怎么看中国AI应用的现状?'],
  ])('checked: %s', (question) => {
    expect(chineseQuestionChecked(question, aliases)).toBe(true);
  });

  it('lets a word or two go unchecked in a long question, not in a short one where it is what was asked', () => {
    // "找" is one of seven content characters: the rest is checked.
    expect(uncheckedChinese('宇树科技自己就赚钱,为什么还要找阿里这些资本融资?', aliases)).toBe('找');
    expect(contentChinese('宇树科技自己就赚钱,为什么还要找阿里这些资本融资?', aliases).length).toBeGreaterThanOrEqual(4);
    expect(chineseQuestionChecked('宇树科技自己就赚钱,为什么还要找阿里这些资本融资?', aliases)).toBe(true);
    // Two of four content characters unchecked ("跳槽"): half the question cannot be looked for.
    expect(chineseQuestionChecked('腾讯员工为什么跳槽？', aliases)).toBe(false);
  });
});

describe('withoutNames: a name inside a longer word of the vocabulary is part of that word', () => {
  // The seed table's "云" (cloud), "投资" and "芯片" are names (terms) of their own, and also inside longer words.
  const seeded = createAliasTable();
  it.each([
    ['国内大模型公司为什么选择公有云?', '公有云'],
    ['为什么云厂商都在降价?', '云厂商'],
    ['这笔投资款是什么时候到账的?', '投资款'],
    ['哪些芯片公司拿到了融资?', '芯片公司'],
  ])('keeps the longer word whole in %s', (question, word) => {
    expect(withoutNames(question, seeded)).toContain(word);
    // The whole word is then the vocabulary's to check: no fragment of it ("公有", "厂商") is left unchecked.
    expect(uncheckedChinese(question, seeded)).not.toMatch(new RegExp(`[${word}]`, 'u'));
  });

  it('still blanks a name standing on its own, and a name that is itself the longer word', () => {
    expect(withoutNames('云的价格为什么下降?', seeded)).not.toContain('云');
    expect(withoutNames('阿里云为什么降价?', seeded)).not.toContain('阿里云');
    expect(withoutNames('腾讯为什么投资月之暗面?', seeded)).not.toMatch(/腾讯|月之暗面/u);
    // An English text has no Chinese word to be inside.
    expect(withoutNames('Why did Alibaba Cloud cut prices?', seeded)).not.toContain('Alibaba Cloud');
  });
});

describe('withoutNames: overlapping names blank their characters once, and nothing after them', () => {
  // "腾讯云" is Tencent Cloud and, through it, Tencent: two mentions of one place in the text.
  const shared = createAliasTable([
    { id: 'tencent-cloud', kind: 'company', names: ['腾讯云'] },
    { id: 'tencent', kind: 'company', names: ['腾讯', '腾讯云'] },
    { id: 'alibaba', kind: 'company', names: ['阿里'] },
    { id: 'alibaba-cloud', kind: 'company', names: ['阿里云'] },
  ]);
  it.each([
    ['腾讯从2020年起就在腾讯云上内部测试哪家公司的芯片?', '上内部测试'],
    ['阿里云和腾讯云谁的客户更多?', '谁的客户更多'],
    ['阿里云的收入是多少?', '的收入是多少'],
  ])('keeps the words after the names in %s', (question, after) => {
    const rest = withoutNames(question, shared);
    expect(rest).toContain(after);
    expect(rest).not.toMatch(/腾讯|阿里|云/u);
  });
});

describe('everyday words of Chinese which / when questions the vocabulary translates (内部测试, 一起, 合并, 领先)', () => {
  it.each([
    ['腾讯从2020年起就在腾讯云上内部测试哪家公司的芯片?'],
    ['阿里和哪家公司一起投资了宇树科技?'],
    ['阿里收购的芯片公司后来和谁合并了?'],
    // Where (哪里, 哪儿), the largest, a centre, construction, put into (塞进) as integrate.
    ['腾讯和哪里合作,建了国内最大的GPU算力中心?'],
    ['阿里在哪儿建设数据中心?'],
    ['腾讯是怎么把AI塞进这些产品的?'],
  ])('checked: %s', (question) => {
    // At most a lone character of grammar left ("从2020年起"'s 起).
    expect(uncheckedChinese(question, aliases).length).toBeLessThanOrEqual(1);
    expect(chineseQuestionChecked(question, aliases)).toBe(true);
  });
});

describe('which / who question words and connectives: how a Chinese question is asked, not what about', () => {
  it.each([
    ['阿里是哪年收购的宇树科技?', ''],
    ['腾讯后来是谁负责的?', '负责'],
    // A lone 做 is left: it is part of content words too (做空).
    ['阿里旗下哪家公司做芯片?', '做'],
  ])('leaves %s with only its content unchecked', (question, rest) => {
    expect(uncheckedChinese(question, aliases)).toBe(rest);
  });
});
