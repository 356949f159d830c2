import { describe, expect, it } from 'vitest';
import { restateQuestion } from './restate-question.js';

describe('restateQuestion', () => {
  it('keeps a question whose wh-word is its subject as it is', () => {
    expect(restateQuestion("Who led SiliconFlow's Series A round?", 'en')).toBe("who led SiliconFlow's Series A round");
    expect(restateQuestion('Which Alibaba-backed companies are on the road to going public?', 'en')).toBe('which Alibaba-backed companies are on the road to going public');
    expect(restateQuestion('Who backed Zhipu AI in 2023?', 'en')).toBe('who backed Zhipu AI in 2023');
    expect(restateQuestion('How much of that was to be delivered this year?', 'en')).toBe('how much of that was to be delivered this year');
    expect(restateQuestion('What is uncertain about Baidu\'s cloud spending?', 'en')).toBe('what is uncertain about Baidu\'s cloud spending');
    expect(restateQuestion('What slogan has Tencent Cloud used in its ads?', 'en')).toBe('what slogan Tencent Cloud has used in its ads');
    expect(restateQuestion("How many GPU hours has Alibaba's ModelScope community given developers?", 'en')).toBe("how many GPU hours Alibaba's ModelScope community has given developers");
  });

  it('puts a source named at the end after the restated clause, not inside it', () => {
    expect(restateQuestion("What's the main risk in Alibaba's AI spending, according to Business Show?", 'en')).toBe("what the main risk in Alibaba's AI spending is, according to Business Show");
    expect(restateQuestion("What are the main risks to Alibaba's big AI bet, as Business Show sees it?", 'en')).toBe("what the main risks to Alibaba's big AI bet are, as Business Show sees it");
    expect(restateQuestion('Why did Tencent buy GPUs in a hurry, as Caixin puts it?', 'en')).toBe('why Tencent bought GPUs in a hurry, as Caixin puts it');
    expect(restateQuestion('How much had Microsoft put into OpenAI in total, per the Zhidongxi piece?', 'en')).toBe('how much Microsoft had put into OpenAI in total, per the Zhidongxi piece');
    expect(restateQuestion("What is Tencent's spending per year?", 'en')).toBe("what Tencent's spending per year is");
  });

  it('puts an inverted question back in statement order', () => {
    expect(restateQuestion('What did Alibaba pay for its stake in Unitree?', 'en')).toBe('what Alibaba paid for its stake in Unitree');
    expect(restateQuestion("What's the main thing stopping Tencent from rolling AI out across WeChat?", 'en')).toBe('what the main thing stopping Tencent from rolling AI out across WeChat is');
    expect(restateQuestion('How does Baidu price its Ernie model?', 'en')).toBe('how Baidu prices its Ernie model');
    expect(restateQuestion('Is it making money yet?', 'en')).toBe('whether it is making money yet');
    expect(restateQuestion('And where is Zhipu AI at these days?', 'en')).toBe('where Zhipu AI is at these days');
    // A phrasal verb after a possessive keeps its particle, and an irregular verb its past.
    expect(restateQuestion("Why did Tencent's new app shake up the chatbot market?", 'en')).toBe("why Tencent's new app shook up the chatbot market");
    expect(restateQuestion("How did Baidu's cloud unit roll out its model?", 'en')).toBe("how Baidu's cloud unit rolled out its model");
  });

  it('restates a Chinese question as its embedded form, without the link word or particle', () => {
    expect(restateQuestion('斑马网络这家阿里系公司目前有哪些隐忧?', 'zh')).toBe('斑马网络这家阿里系公司目前有哪些隐忧');
    expect(restateQuestion('那为什么网友一听说阿里要投就那么反感呢?', 'zh')).toBe('为什么网友一听说阿里要投就那么反感');
    expect(restateQuestion('谁领投了百川智能的A轮?', 'zh')).toBe('谁领投了百川智能的A轮');
  });

  it('declines what it cannot restate safely: a figure of the asker\'s own, a yes/no 吗-question, two questions in one', () => {
    expect(restateQuestion('Why did Alibaba commit 480 billion yuan to AI?', 'en')).toBeUndefined();
    expect(restateQuestion('宇树盈利了吗?', 'zh')).toBeUndefined();
    expect(restateQuestion('How much of that was cash, and why does that matter?', 'en')).toBeUndefined();
    expect(restateQuestion('阿里云的营收是多少?', 'en')).toBeUndefined();
  });
});

describe('restateQuestion after a polite lead-in', () => {
  it.each([
    ['Could you tell me whether Alibaba invested in DeepSeek?', 'whether Alibaba invested in DeepSeek'],
    ['Can you tell me if Tencent bought Nvidia chips?', 'whether Tencent bought Nvidia chips'],
    ["I'd like to know what Apple spent on AI.", 'what Apple spent on AI'],
  ])('%s → %s', (question, clause) => {
    expect(restateQuestion(question, 'en')).toBe(clause);
  });
});

describe('review fixes: a unit price is no source', () => {
  it('keeps "per H20" in the clause', () => {
    expect(restateQuestion('What is the price per H20?', 'en')).toBe('what the price per H20 is');
  });
});

describe('restateQuestion: "has … had" keeps its participle', () => {
  it('restates "How many model downloads has X had?" in statement order', () => {
    expect(restateQuestion("How many model downloads has Alibaba Cloud's ModelScope community had?", 'en')).toBe("how many model downloads Alibaba Cloud's ModelScope community has had");
  });
});
