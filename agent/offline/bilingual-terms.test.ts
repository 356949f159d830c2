import { describe, expect, it } from 'vitest';
import { withTranslations } from './bilingual-terms.js';

describe('withTranslations: the other language’s words for what a question measures', () => {
  it.each([
    ['腾讯元宝在四个月内更新了多少次?', 'updates'],
    ['商业秀报道的阿里巴巴股票成交额是多少?', 'trading volume'],
    ['AI优化后的商品转化率提升了多少?', 'conversion'],
    ['哪个业务板块增长最快?', 'fastest-growing'],
    ['元宝在iOS免费榜上排名第几?', 'rank'],
    ['为什么阿里巴巴把决策权交给被投企业?', 'decision-making power'],
  ])('%s gains "%s"', (question, english) => {
    expect(withTranslations(question)).toContain(english);
  });

  it('gives English questions the Chinese words too, and leaves a question with none of the vocabulary alone', () => {
    expect(withTranslations('How many updates did Yuanbao ship?')).toContain('更新');
    expect(withTranslations('Hello there')).toBe('Hello there');
  });
});

describe('withTranslations: months', () => {
  it.each([
    ['国内几家大厂8月向英伟达下了多大的芯片订单?', 'August'],
    ['腾讯在11月和松江做了什么?', 'November'],
    ['2025年2月24日阿里宣布了什么?', 'February'],
    ['1月份发生了什么?', 'January'],
  ])('%s gains "%s"', (question, month) => {
    expect(withTranslations(question)).toContain(month);
  });

  it('does not read a figure or a span as a month, nor turn English months into Chinese ones', () => {
    expect(withTranslations('过去12个月投入多少?')).not.toMatch(/December/);
    expect(withTranslations('3.8月')).not.toMatch(/August|March/);
    expect(withTranslations('What happened in February?')).not.toContain('2月');
  });
});

describe('withTranslations: a verb of focusing', () => {
  it('reads 聚焦 and 专注 as "focus"', () => {
    expect(withTranslations('吴泳铭说阿里今后要聚焦哪几类业务?')).toMatch(/\bfocus\b/);
    expect(withTranslations('腾讯专注于AI应用')).toMatch(/\bfocus\b/);
  });
});
