import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { chineseQuestionChecked, contentChinese, uncheckedChinese } from './chinese-coverage.js';

const aliases = createAliasTable([
  { id: 'tencent', kind: 'company', names: ['Tencent', '腾讯'] },
  { id: 'alibaba', kind: 'company', names: ['Alibaba', '阿里巴巴', '阿里'] },
  { id: 'turingengine', kind: 'company', names: ['TuringEngine', '图灵引擎'] },
  { id: 'unitree', kind: 'company', names: ['Unitree', '宇树科技'] },
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
});

describe('conversational padding and everyday market words: a Chinese open question as people ask it', () => {
  it.each([
    ['帮我概括一下国内云厂商争夺大模型客户的整体格局。'],
    ['腾讯为啥要从杭州的图灵引擎那里采购集群算力服务?'],
    ['北京收紧反垄断,对大模型创业公司融资意味着什么?'],
    ['宇树科技明明盈利了,为啥还要融资?'],
    ['腾讯为什么向图灵引擎购买集群算力?'],
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
