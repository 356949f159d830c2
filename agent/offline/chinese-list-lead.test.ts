import { describe, expect, it } from 'vitest';
import { chineseListKind, chineseListLead, joinChinese } from './chinese-list-lead.js';

describe('chineseListLead', () => {
  it('names what is listed, read from 哪些/哪几家 or 列出 questions', () => {
    expect(chineseListLead('阿里巴巴投资了哪些大模型公司?')).toBe('报道提到的阿里巴巴投资的大模型公司有:');
    expect(chineseListLead('哪些大模型初创公司同时获得了阿里巴巴和腾讯的投资?')).toBe('报道提到的大模型初创公司有:');
    expect(chineseListLead('哪些云厂商推出了大模型开发平台?')).toBe('报道提到的云厂商有:');
    expect(chineseListLead('腾讯投资了哪几家芯片公司？')).toBe('报道提到的腾讯投资的芯片公司有:');
    expect(chineseListLead('列出阿里巴巴投资的机器人公司。')).toBe('报道提到的阿里巴巴投资的机器人公司有:');
    expect(chineseListLead('请列出阿里云的重要客户')).toBe('报道提到的阿里云的重要客户有:');
  });

  it('says only the noun when the words before it end on a coverb whose verb comes after it', () => {
    expect(chineseListLead('腾讯把哪些产品划到了CSIG?')).toBe('报道提到的产品有:');
    expect(chineseListLead('阿里向哪些机器人公司投了钱?')).toBe('报道提到的机器人公司有:');
    // A verb before the noun keeps the whole phrase: "百度把AI能力融入的产品".
    expect(chineseListLead('百度把AI能力融入了哪些产品?')).toBe('报道提到的百度把AI能力融入的产品有:');
    // A verb ending in a coverb's character (成为, 认为, 面对) is no coverb.
    expect(chineseListLead('阿里成为了哪些公司的股东?')).toBe('报道提到的阿里成为的公司有:');
  });

  it('falls back to a plain lead when the question names no kind of thing', () => {
    expect(chineseListLead('有哪些?')).toBe('报道提到的有:');
    expect(chineseListLead('阿里巴巴投资了谁?')).toBe('报道提到的有:');
  });
});

describe('chineseListKind', () => {
  it('is the noun less its head: the words that tell one kind of list from another', () => {
    expect(chineseListKind('阿里巴巴投资了哪些大模型公司?')).toBe('大模型');
    expect(chineseListKind('阿里巴巴在芯片领域对外投资了哪些芯片公司?')).toBe('芯片');
    expect(chineseListKind('列出阿里巴巴投资的机器人公司。')).toBe('机器人');
    expect(chineseListKind('阿里巴巴投资了哪些公司?')).toBe('');
  });
});

describe('joinChinese', () => {
  it('joins with 、 and 和 before the last', () => {
    expect(joinChinese(['智谱'])).toBe('智谱');
    expect(joinChinese(['智谱', '月之暗面'])).toBe('智谱和月之暗面');
    expect(joinChinese(['智谱', '稀宇科技(MiniMax)', '月之暗面'])).toBe('智谱、稀宇科技(MiniMax)和月之暗面');
  });
});
