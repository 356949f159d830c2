import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { chineseQuestionChecked, uncheckedChinese } from './chinese-coverage.js';

const aliases = createAliasTable([
  { id: 'tencent', kind: 'company', names: ['Tencent', '腾讯'] },
  { id: 'alibaba', kind: 'company', names: ['Alibaba', '阿里巴巴'] },
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
