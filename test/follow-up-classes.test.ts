/**
 * Follow-up classes end to end, each with members written from the reports (not from any dev question):
 * a pronoun beside the question's own name, a demonstrative naming a kind of organisation, "them" as the
 * group the last question asked about, a when-answer whose date names the asked event, and a yes/no
 * question settled by its passage.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import type { ChatMessage } from '../core/index.js';
import { openIndex, type OpenIndex } from '../index/index.js';
import { loadCorpus } from './helpers/corpus.js';

let index: OpenIndex;
beforeAll(async () => {
  index = await openIndex((await loadCorpus()).snapshot);
});

const chat = (...turns: string[]): ChatMessage[] => turns.map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content }));
const reply = async (...turns: string[]) => (await answer(chat(...turns), { index })).answer;
/** The answer's own first sentence, up to its first citation marker (not the source line's date). */
const opening = async (...turns: string[]) => (await reply(...turns)).split('[')[0]!;

describe('a pronoun beside a name of the question’s own is the other thing just talked about', () => {
  it('answers about the conversation’s subject, in English and Chinese', async () => {
    expect(await opening('How much is YMTC’s DRAM output expected to grow this year?', 'By 68% [1].', 'In which year did Alibaba invest in it?')).toMatch(/2022/);
    expect(await opening('长江存储今年的DRAM产量预计增长多少?', '68%[1]。', '阿里巴巴哪一年投资了它?')).toMatch(/2022/);
  });
});

describe('a demonstrative and a kind of organisation point at the unit the last answer named', () => {
  it('finds the unit’s role holder', async () => {
    expect(await opening('Which Tencent group runs Tencent Cloud?', 'The Cloud and Smart Industries Group [1].', 'Who is the COO of that group?')).toMatch(/Qiu Yuepeng/);
  });
});

describe('a when-answer’s date is the date of the asked event, not of another event in a sentence naming the same person', () => {
  it('dates the appointment, not an announcement its holder made', async () => {
    for (const turns of [
      ['Who announced Alibaba’s 380 billion yuan plan?', 'Alibaba CEO Wu Yongming [1].', 'When did he become CEO?'],
      ['阿里3800亿元的计划是谁宣布的?', '阿里巴巴CEO吴泳铭[1]。', '他是什么时候当上CEO的?'],
      ['When did Wu Yongming become CEO of Alibaba?'],
    ]) {
      const text = await opening(...turns);
      expect(text).toMatch(/2023/);
      expect(text).not.toMatch(/2025/);
    }
  });
});

describe('a yes/no question whose passage states it opens "Yes —"', () => {
  it('says yes when the passage states the asked relation of the asked subjects', async () => {
    expect(await reply('Did WeChat integrate Yuanbao?')).toMatch(/^Yes — .*April 16, 2025/);
    expect(await reply('What is Alibaba’s chip design company called?', 'T-Head Semiconductor [1].', 'Does it develop an AI inference chip?')).toMatch(/^Yes — .*Hanguang 800/);
    expect(await reply('How fast did Yuanbao’s daily active users grow in March 2025?', 'Twentyfold [1].', 'Did it end up inside WeChat?')).toMatch(/^Yes — /);
  });

  it('does not say yes to what the passage reports only as a plan or rumour, or does not state', async () => {
    expect(await reply('Did Alibaba invest $1 billion in DeepSeek?')).not.toMatch(/^Yes\b/);
    expect(await reply('Did Tencent acquire Zhipu AI?')).not.toMatch(/^Yes\b/);
    expect(await reply('Did Alibaba sell YMTC?')).not.toMatch(/^Yes\b/);
  });
});

describe('"他们俩怎么分工?", "How do they divide the work?": each of the pair the last answer named, not whom they report to', () => {
  it('describes each member, in Chinese and English', async () => {
    const zh = await reply('字节Seed团队由谁负责?', '吴永辉和朱文佳,都向CEO梁汝波汇报[1]。', '他们俩怎么分工?');
    expect(zh).toMatch(/吴永辉.*朱文佳/);
    expect(zh).not.toMatch(/梁汝波/);
    expect(await reply('Who leads ByteDance’s Seed team?', 'Wu Yonghui and Zhu Wenjia [1].', 'How do they divide the work?')).toMatch(/Wu Yonghui focuses on the basic model.*Zhu Wenjia focuses on model applications/);
  });
});

describe('an ellipsis over a vague relation is answered about what the conversation discussed', () => {
  it('finds the new subject’s claim about the same thing', async () => {
    const text = await reply('How many clients does Baidu Intelligent Cloud’s Qianfan platform serve?', 'Over 17,000 [1].', 'And what does Volcano Engine claim?', 'That over 70% of the domestic large model market are its clients [1].', 'What about Alibaba Cloud?');
    expect(text.split('[')[0]).toMatch(/more than half of China's large model companies/);
  });
});

describe('an output asked after a company is its production figure', () => {
  it('answers "How many pieces is its output expected to exceed?" after YMTC with 2.7 million', async () => {
    const result = await answer([
      { role: 'user', content: 'Which memory maker did Alibaba invest in in 2022?' },
      { role: 'assistant', content: 'YMTC.' },
      { role: 'user', content: 'How many pieces is its output expected to exceed?' },
    ], { index });
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/2\.7 million/);
  });
});

describe('"before the deal" after a deal question asks about the thing bought, dated by the report', () => {
  it('answers Kaola\'s 27.7% market share, said plainly', async () => {
    const result = await answer([
      { role: 'user', content: 'How much did Alibaba pay for Kaola?' },
      { role: 'assistant', content: 'Alibaba acquired NetEase Kaola for $2 billion in September 2019.' },
      { role: 'user', content: 'What market share did it have before the deal?' },
    ], { index });
    expect(result.answer.split('\n')[0]).toMatch(/27\.7%/);
    expect(result.answer).not.toMatch(/don't answer this directly/);
  });
});

describe('a figure the last reply only quoted, under an answer about something else, answers the next question', () => {
  it('gives the figure in its own words, in both languages', async () => {
    const quoted = '“Wang Xingxing, the founder of Unitree, said in July that Unitree\'s annual revenue in 2025 had reached "about one billion yuan".”[1]';
    expect(await opening('宇树科技的创始人是谁?', `宇树科技的创始人是王兴兴[1]。 据定焦One(2025-10-09):${quoted}`, '他说宇树今年营收大概多少?')).toMatch(/10亿元/);
    expect(await opening('Who founded Unitree?', `Wang Xingxing founded Unitree [1]. 定焦One (2025-10-09): ${quoted}`, 'What did he say its revenue was this year?')).toMatch(/one billion yuan/);
  });

  it('still never repeats a figure the last reply stated in its own words', async () => {
    const said = await reply('How much did Tencent spend on capex in Q4 2024?', 'Tencent\'s capital expenditure in Q4 2024 was 36.578 billion yuan [1].', 'And what does it plan to spend this year?');
    expect(said.split('[')[0]).not.toMatch(/36\.578/);
  });
});

describe('"it" after a question about a deal is the company bought or backed when it asks what that company does on its own account', () => {
  it('reads the backed company\'s profit, in Chinese and English', async () => {
    expect(await reply('阿里是什么时候投资思必驰(Smart Voice)的?', '报告没有给出具体时间。', '它现在盈利了吗?')).toMatch(/Smart Voice/);
    expect(await reply('When did Alibaba invest in Smart Voice?', 'The reports give no date.', 'Has it turned a profit yet?')).toMatch(/Smart Voice[^.]*profitab/);
  });

  it('keeps the investor for what the investor does', async () => {
    expect(await opening('How much did Alibaba pay for Kaola?', '$2 billion [1].', 'How much did it invest in Moonshot AI?')).toMatch(/Alibaba|800 million/);
  });
});

describe('"What was it a year earlier?" after a figure: "it" is the figure\'s measure, not the company', () => {
  it('resolves to the measure and works the earlier figure out from the stated growth', async () => {
    const text = await reply("What was Tencent's capital expenditure in Q4 2024, according to 定焦One?", '36.578 billion yuan, up 386% year on year [1].', 'So what was it a year earlier?');
    expect(text).toMatch(/7\.53 billion yuan/);
  });

  it('is not answered by another report\'s figure for the same period, a timeline entry dated by its heading', async () => {
    const text = await reply("What was Tencent's capital expenditure in Q4 2024?", "Tencent's Q4 2024 capital expenditure was 36.578 billion yuan, up 386% year on year [1].", 'So what was it a year earlier?');
    expect(text).toMatch(/7\.53 billion yuan/);
    expect(text).not.toMatch(/39 billion yuan/);
  });

  it('leaves "it" a company where no measure was asked', async () => {
    const text = await reply('Which company did Alibaba buy in 2019?', 'Alibaba bought Kaola in 2019 [1].', 'What was it worth a year earlier?');
    expect(text).not.toMatch(/capital expenditure/);
  });
});

describe('a possessive ellipsis ("And Tencent\'s?", "那腾讯的呢?") asks the last question of the named company', () => {
  it.each([
    [['What share of Alibaba\'s China deals since 2023 went to AI startups?', '40%, a record high for Alibaba, according to ITJuzi.', "And Tencent's?"], /30%/],
    [['阿里2023年以来国内投资交易中投向AI初创公司的比例是多少?', '40%[1]。', '那腾讯的呢?'], /30%/],
  ])('%j', async (turns, figure) => {
    expect(await reply(...turns)).toMatch(figure);
  });
});

describe('"it" as what a team iterates on, updates or launches is the product the last turn named, not its maker', () => {
  it('resolves "iterate on it" to Yuanbao', async () => {
    const text = await reply('What did Pony Ma decide on February 13, 2025?', "That Tencent would fully back its chatbot Yuanbao and integrate DeepSeek's R1 and V3 models into it.", 'How fast did the team iterate on it after that?');
    expect(text).toMatch(/Yuanbao/);
    expect(text).not.toMatch(/iterated on Tencent/);
  });
});

describe('a share of a named whole asked of the last figure, as a follow-up or as the second half of one question', () => {
  it.each([
    [["What was Taobao and Tmall's Q4 2024 revenue, and what share of Alibaba's total revenue was it?"]],
    [['2024年四季度淘宝天猫收入多少?占阿里总收入多大比例?']],
    [["What was Taobao and Tmall's Q4 2024 revenue?", "Taobao and Tmall's revenue in Q4 2024 was RMB 136.091 billion [1].", "What share of Alibaba's total revenue was it?"]],
  ])('%j', async (turns) => {
    const said = await reply(...turns);
    expect(said).toMatch(/48\.7%/);
    // Not the cloud unit's share, which another sentence of the same report gives.
    expect(said).not.toMatch(/13%/);
  });
});

describe('"Which of those …?" picks one of the names the last reply gave, never the sentence that listed them all (class: pick among)', () => {
  it.each([
    [['Which Alibaba-invested companies are in the process of going public, according to 定焦One?', 'Smart Voice, YMTC, Zhipu AI and Zebra Network [1].', 'Which of those is still deeply in the red?'], /Zebra Network/],
    [['Which automakers use Alibaba Cloud\'s full-stack AI applications?', 'FAW, BYD, Geely, NIO and XPeng [1].', 'Which of those placed an order for an intelligent cockpit in June?'], /BYD/],
  ])('%j', async (turns, picked) => {
    const said = await reply(...turns);
    expect(said).toMatch(picked);
    expect(said).not.toMatch(/^The reports don't/);
    // The listing sentence names them all; the answer's passage names the one picked.
    expect(said).not.toMatch(/Smart Voice, YMTC, Zhipu AI, and Zebra|FAW, BYD, Geely, NIO, and XPeng/);
  });
});

describe('a percentage change from the period before, asked of the figure just given (class: "from a year earlier, in percent", "比一年前下降了百分之多少")', () => {
  it.each([
    ['How many staff did Alibaba have at the end of 2024?', '194,320 employees as of December 31, 2024.', 'And how big a drop is that from a year earlier, in percent?'],
    ['How many employees did Alibaba have at the end of 2024?', '194,320 [1].', 'By what percentage did it fall from a year earlier?'],
    ['阿里巴巴2024年底有多少员工?', '19.432万人[1]。', '比一年前下降了百分之多少?'],
  ])('%s → %s → %s: worked out from the two year-ends, the figure just given as the later one', async (...turns) => {
    const text = await reply(...turns);
    expect(text).toMatch(/11\.37%/);
    // No correction of the figure just given: it is the later side, not the year before.
    expect(text).not.toMatch(/not the reports'|而不是/);
  });

  it('still reads "Is that up or down from a year earlier?" as the direction of the year before', async () => {
    expect(await reply('How many employees did Alibaba have at the end of 2024?', '194,320 [1].', 'Is that up or down from a year earlier?')).toMatch(/219,260/);
  });
});
