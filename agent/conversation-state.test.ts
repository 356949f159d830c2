import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../core/index.js';
import { createAliasTable } from '../index/index.js';
import { conversationState, pickedAmong, repeatsAnswer, resolvedQuestionNote, withoutTopicSwitch } from './conversation-state.js';

const aliases = createAliasTable();

function chat(...turns: string[]): ChatMessage[] {
  return turns.map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content }));
}

const resolve = (...turns: string[]) => conversationState(chat(...turns), aliases).current;

describe('conversationState: pronouns', () => {
  it('resolves he/him/his to the person the last answer named, known to the alias table or not', () => {
    expect(resolve('Who founded DeepSeek?', 'Liang Wenfeng [1].', 'Which tech bosses sat with him in February?').resolved).toBe('Which tech bosses sat with Liang Wenfeng in February?');
    expect(resolve('Who is the CEO of Alibaba Group?', 'Wu Yongming [1].', 'What did he announce?').resolved).toBe('What did Wu Yongming announce?');
    expect(resolve('Who is the founder of Unitree?', 'Wang Xingxing [1].', 'What did he say about his company?').resolved).toBe('What did Wang Xingxing say about Unitree?');
  });

  it('resolves it/its/the company to the last subject, not to a company the answer named', () => {
    expect(resolve("What was Tencent's capital expenditure in Q4 2024?", '36.578 billion yuan [1].', 'And what does it plan to spend this year?').resolved).toBe('And what does Tencent plan to spend this year?');
    expect(resolve('Which company did Alibaba acquire in 2019?', 'Kaola [1].', 'How much did it pay?').resolved).toBe('How much did Alibaba pay?');
    expect(resolve('How many employees did Alibaba have at the end of 2024?', '194,320 [1].', 'How many did the company have a year earlier?')).toMatchObject({ resolved: 'How many did Alibaba have a year earlier?', leansOnHistory: true });
    expect(resolve("What was Alibaba's market capitalization?", 'HK$2.6173 trillion [1].', 'And its share price?').resolved).toBe("And Alibaba's share price?");
  });

  it('resolves they/them to the companies of the last question, but not inside "which of them"', () => {
    expect(resolve("Which Huawei executive attended iFLYTEK's launch?", 'Xu Zhijun [1].', 'What did they announce?').resolved).toBe('What did Huawei and iFLYTEK announce?');
    const state = conversationState(chat('Which startups have Alibaba and Tencent both invested in?', 'Zhipu AI, MiniMax and Moonshot AI [1].', 'Which of them started IPO guidance?'), aliases);
    expect(state.current.resolved).toBe('Which of them started IPO guidance?');
    expect(pickedAmong(state, aliases)).toEqual(['Zhipu AI', 'MiniMax', 'Moonshot AI']);
  });

  it('resolves 他/它/该公司 in Chinese, writing the alias table’s Chinese names', () => {
    expect(resolve('深度求索的创始人是谁?', '梁文锋[1]。', '他2月17日参加了什么会议?').resolved).toBe('梁文锋2月17日参加了什么会议?');
    expect(resolve('腾讯今年计划在AI上投资多少?', '1000亿元[1]。', '该公司去年第四季度的资本开支是多少?').resolved).toBe('腾讯去年第四季度的资本开支是多少?');
    expect(resolve('What stake did Alibaba take in Moonshot AI?', '36% [1].', '它为此支付了多少钱?')).toMatchObject({ resolved: '阿里巴巴为月之暗面支付了多少钱?', lang: 'zh', leansOnHistory: true });
  });

  it('leaves a dummy "it" alone and does not invent a referent on the first turn', () => {
    expect(resolve('What was Tencent’s capex?', '36.578 billion yuan [1].', 'Is it true that the figure was revised?').resolved).toBe('Is it true that the figure was revised?');
    expect(resolve('What does it cost?')).toMatchObject({ resolved: 'What does it cost?', leansOnHistory: false });
  });
});

describe('conversationState: what the last answer makes the subject', () => {
  it('points it/its/它/该公司 at a unit or product the answer named under the asked company', () => {
    expect(resolve("What is Alibaba's chip design company called?", 'T-Head Semiconductor [1].', 'Which AI inference chip does it develop?').resolved).toBe('Which AI inference chip does T-Head Semiconductor develop?');
    expect(resolve("What is Tencent's AI chatbot called?", 'Yuanbao [1].', 'How much did its daily active users grow?').resolved).toBe("How much did Yuanbao's daily active users grow?");
    expect(resolve('阿里巴巴的芯片设计公司叫什么?', '平头哥[1]。', '它开发了什么芯片?').resolved).toBe('平头哥开发了什么芯片?');
  });

  it('keeps it/它 on the company the question was about when the reply names a product of another company it mentioned', () => {
    // Tmall Genie is Alibaba's; the question named Smart Voice besides Alibaba, so the speaker is a detail of the reply.
    expect(resolve('What is Smart Voice and how is it linked to Alibaba?', 'It supplies voice technology for Alibaba hardware such as Tmall Genie.', 'Is it making money yet?').resolved).toBe('Is Smart Voice making money yet?');
    expect(resolve('阿里投的Smart Voice是做什么的?', '它为天猫精灵等阿里生态硬件提供语音交互技术。', '它现在赚钱了吗?').resolved).toBe('思必驰现在赚钱了吗?');
    expect(resolve('What does Alibaba-backed Zebra Network do?', 'It makes in-car systems; Alibaba Cloud supplies its cloud services.', 'How much did it lose?').resolved).toBe('How much did Zebra Network lose?');
    expect(resolve('腾讯投资的MiniMax做什么?', '做大模型,产品接入了微信。', '它估值多少?').resolved).toBe('稀宇科技估值多少?');
    expect(resolve('What does Alibaba-backed Moonshot AI make?', 'Kimi, which runs on Alibaba Cloud.', 'How much did it raise?').resolved).toBe('How much did Moonshot AI raise?');
    // A describing phrase between owner and head: the head is still what the next "it" / "它" is.
    expect(resolve('阿里早年投过的那家对话式AI公司Smart Voice是做什么的?', 'Smart Voice是一家对话式人工智能平台公司。', '它现在赚钱了吗?').resolved).toBe('思必驰现在赚钱了吗?');
    expect(resolve("What does Alibaba's early voice AI bet Smart Voice do?", 'It supplies voice interaction technology.', 'Is it profitable?').resolved).toBe('Is Smart Voice profitable?');
    expect(resolve('腾讯去年领投的那家大模型公司MiniMax做什么?', '做大模型。', '它估值多少?').resolved).toBe('稀宇科技估值多少?');
  });

  it('keeps the first company as the subject when the words between start a clause or join two names', () => {
    expect(resolve("What is Alibaba's stake in Zhipu AI worth?", 'The reports do not say.', 'How much did it invest?').resolved).toBe('How much did Alibaba invest?');
    expect(resolve('阿里和腾讯的投资有什么不同?', '阿里重云,腾讯重应用。', '它投了哪些公司?').resolved).toBe('阿里巴巴投了哪些公司?');
  });

  it('still points it at the unit the reply named when the question named only its owner', () => {
    expect(resolve("What is Alibaba's chip design company called?", 'T-Head Semiconductor [1].', 'What does it make?').resolved).toBe('What does T-Head Semiconductor make?');
    // A modifier that is the only company stays the subject.
    expect(resolve("How much did Alibaba's cloud unit earn?", 'The reports do not say.', 'And what did it spend?').resolved).toBe('And what did Alibaba spend?');
  });

  it('points it/they at the answer when the question asked for that company as its subject', () => {
    expect(resolve("Which Alibaba-backed company is expected to become China's first large-model stock?", 'Zhipu AI [1].', 'When did it start IPO guidance?').resolved).toBe('When did Zhipu AI start IPO guidance?');
    expect(resolve('Which two companies competed to invest in Anthropic?', 'Amazon and Google [1].', 'How much did they each commit?').resolved).toBe('How much did Amazon and Google each commit?');
    expect(resolve('哪家跨境电商平台以27.7%的市场份额领先行业?', '考拉[1]。', '该公司后来被谁收购了?').resolved).toBe('考拉海购后来被谁收购了?');
  });

  it('points it/它 at the product a question asked about under its owner, not at the owner', () => {
    // With the release the question named: "Was it open source?" is about 2.0, not the whole series.
    expect(resolve('When did Alibaba release Tongyi Qianwen 2.0?', 'In October 2023 [1].', 'Was it open source?').resolved).toBe('Was Qwen 2.0 open source?');
    expect(resolve('阿里巴巴什么时候发布了通义千问2.0?', '2023年10月[1]。', '它是开源的吗?').resolved).toBe('通义千问2.0是开源的吗?');
    expect(resolve('When did Tencent release Hunyuan?', 'In 2023 [1].', 'Was it open source?').resolved).toBe('Was Hunyuan open source?');
    expect(resolve("How many clients does Baidu Intelligent Cloud's Qianfan platform serve?", 'Over 17,000 [1].', 'How many models does it manage?').resolved).toBe('How many models does Qianfan manage?');
    // A company asked about beside another company is no product of it: the subject stays.
    expect(resolve('How much did Alibaba invest in Moonshot AI?', 'About $800 million [1].', 'What stake did it get?').resolved).toBe('What stake did Alibaba get?');
  });

  it('points it/它 at the one product the answer named from the asked unit’s own group, not at several or at a company', () => {
    expect(resolve('What did Alibaba Cloud launch in April 2023?', 'Tongyi Qianwen [1].', '它什么时候开源的?').resolved).toBe('通义千问什么时候开源的?');
    expect(resolve('阿里云2023年4月推出了什么?', '通义千问[1]。', 'When did it become open source?').resolved).toBe('When did Qwen become open source?');
    expect(resolve('Which large model company did Tencent Cloud help upgrade its infrastructure?', 'MiniMax [1].', 'How much did it cut costs?').resolved).not.toMatch(/Qwen|Hunyuan/);
  });

  it('reads "the company" / "该公司" beside a name of the question’s own as the other company just talked about', () => {
    expect(resolve('Which Hangzhou company did Tencent buy cluster computing services from in May?', 'TuringEngine [1].', 'How much did Tencent pay the company?').resolved).toBe('How much did Tencent pay TuringEngine?');
    expect(resolve('腾讯5月向哪家杭州公司购买了集群算力服务?', '图灵引擎[1]。', '腾讯付给该公司多少钱?').resolved).toBe('腾讯付给图灵引擎多少钱?');
    // Without a name of its own, "the company" is still the conversation's subject.
    expect(resolve('How many employees did Alibaba have at the end of 2024?', '194,320 [1].', 'How many did the company have a year earlier?').resolved).toBe('How many did Alibaba have a year earlier?');
  });

  it('reads an ellipsis naming only another thing to count as the same count question of it', () => {
    expect(resolve('How many developers had the Wenxin large model reached as of August 31?', '54,000 [1].', 'And applications?').resolved).toBe('How many applications had the Wenxin large model reached as of August 31?');
    expect(resolve('百度千帆平台服务了多少客户?', '超过1.7万家[1]。', '那开发者呢?').resolved).toBe('百度千帆平台服务了多少开发者?');
    // An aspect, a name or a period is read elsewhere, and a question that counted nothing is not rewritten.
    expect(resolve('How many developers had the Wenxin large model reached?', '54,000 [1].', 'And the risks?').resolved).not.toMatch(/how many risks/i);
    expect(resolve('How many employees did Alibaba have at the end of 2024?', '194,320 [1].', 'And Tencent?').resolved).toMatch(/How many employees did Tencent have/);
    expect(resolve('What was Tencent’s capex in Q4 2024?', '36.578 billion yuan [1].', 'And applications?').resolved).toBe('And applications?');
  });

  it('keeps the asker’s subject when the company asked for was an object ("Which company did Alibaba acquire?")', () => {
    expect(resolve('Which company did Alibaba acquire in 2019?', 'Kaola [1].', 'How much did it pay?').resolved).toBe('How much did Alibaba pay?');
    expect(resolve('Which startups has Tencent invested in?', 'Zhipu AI and MiniMax [1].', 'How much did it invest?').resolved).toBe('How much did Tencent invest?');
    expect(resolve('Which chip companies has Alibaba invested in externally?', 'Cambricon and YMTC [1].', 'How much has it invested in AI infrastructure?').resolved).toBe('How much has Alibaba invested in AI infrastructure?');
  });

  it('points it/它 at the company asked for as an object when the question asks what that company does on its own account', () => {
    expect(resolve('Which conversational AI company did Alibaba invest in twice?', 'Smart Voice [1].', 'How much financing did it complete this year?').resolved).toBe('How much financing did Smart Voice complete this year?');
    expect(resolve('Which company did Alibaba acquire in 2019?', 'Kaola [1].', 'Was it profitable?').resolved).toBe('Was Kaola.com profitable?');
    expect(resolve('Which robotics company did Alibaba invest in in 2025?', 'Unitree [1].', 'When is it going public?').resolved).toBe('When is Unitree going public?');
    expect(resolve('Which chip company did Alibaba buy in 2018?', 'C-Sky Microsystems [1].', '它是哪一年成立的?').resolved).toBe('中天微是哪一年成立的?');
    // What the investor does to it (pay, invest, buy) stays the investor's.
    expect(resolve('Which robotics company did Alibaba invest in in 2025?', 'Unitree [1].', 'How much did it invest?').resolved).toBe('How much did Alibaba invest?');
    expect(resolve('Which company did Alibaba acquire in 2019?', 'Kaola [1].', '它花了多少钱收购?').resolved).toBe('阿里巴巴花了多少钱收购?');
  });

  it('gives a role asked about a product to the company that owns it', () => {
    expect(resolve('豆包大模型是哪家公司开发的?', '字节跳动[1]。', 'Who is its CEO?').resolved).toBe("Who is ByteDance's CEO?");
    expect(resolve('What is Tencent’s chatbot called?', 'Yuanbao [1].', 'Who founded it?').resolved).toBe('Who founded Tencent?');
    // Not a role: the product stays.
    expect(resolve('魔搭社区是哪家公司推出的?', '阿里巴巴[1]。', '它上面有多少个模型?').resolved).toBe('魔搭社区上面有多少个模型?');
  });

  it('reads "his company" / "他的公司" as the company the alias table knows the person for, and leaves unknown people’s alone', () => {
    expect(resolve("Who is Baichuan Intelligence's founder?", 'Wang Xiaochuan [1].', 'How often can his company iterate a model?').resolved).toBe('How often can Baichuan Intelligence iterate a model?');
    expect(resolve('宇树科技的创始人是谁?', '王兴兴[1]。', '他的公司2025年收入多少?').resolved).toBe('宇树科技2025年收入多少?');
    expect(resolve('Who runs the fund?', 'Zhang Sanfeng [1].', 'How big is his company?').resolved).toBe("How big is Zhang Sanfeng's company?");
  });
});

describe('conversationState: ellipsis and topic switches', () => {
  it('rewrites "and X?" / "what about X?" / "X呢?" as the last question about X', () => {
    expect(resolve("What share of Alibaba's deals went to AI startups?", '40% [1].', 'And Tencent?')).toMatchObject({ resolved: "What share of Tencent's deals went to AI startups?", entities: ['tencent'], leansOnHistory: false });
    expect(resolve('How much funding did Zhipu AI raise?', 'Over 2.5 billion yuan [1].', 'What about Baichuan Intelligence?').resolved).toBe('How much funding did Baichuan Intelligence raise?');
    expect(resolve('阿里巴巴在中国的投资交易中有多少比例投向了AI初创公司?', '40%[1]。', '那腾讯呢?').resolved).toBe('腾讯在中国的投资交易中有多少比例投向了AI初创公司?');
  });

  it('drops the old subject’s own products when the ellipsis names a new subject', () => {
    expect(resolve("How many clients does Baidu Intelligent Cloud's Qianfan platform serve?", 'Over 17,000 [1].', 'And Alibaba Cloud?').resolved).toBe("How many clients does Alibaba Cloud's platform serve?");
    expect(resolve('百度智能云千帆平台服务了多少客户?', '超过1.7万家[1]。', '那阿里云呢?').resolved).toBe('阿里云平台服务了多少客户?');
    // A party that is not the old subject's stays ("in Moonshot AI").
    expect(resolve('How much did Alibaba invest in Moonshot AI?', 'About $800 million [1].', 'And Tencent?').resolved).toBe('How much did Tencent invest in Moonshot AI?');
  });

  it('swaps a unit written as its company and a unit word ("Alibaba International", "阿里国际") whole', () => {
    expect(resolve('What AI product did Alibaba International launch?', 'Accio [1].', 'And Quark?').resolved).toBe('What AI product did Quark launch?');
    expect(resolve('阿里国际推出了什么AI产品?', 'Accio[1]。', '那夸克呢?').resolved).toBe('夸克推出了什么AI产品?');
    expect(resolve('How much did Tencent Holdings invest in Zhipu AI?', 'Not stated [1].', 'And Alibaba?').resolved).toBe('How much did Alibaba invest in Zhipu AI?');
    // A word of the question that is no unit word stays, and a unit word that begins a longer word or name is not one.
    expect(resolve('What did Alibaba announce internationally?', 'Accio [1].', 'And Tencent?').resolved).toBe('What did Tencent announce internationally?');
    expect(resolve('阿里国际化战略是什么?', '…[1]。', '那腾讯呢?').resolved).toBe('腾讯国际化战略是什么?');
  });

  it('swaps the period for an elliptical period, in the last question’s language', () => {
    expect(resolve('阿里巴巴2024年底有多少员工?', '194,320人[1]。', '2023年底呢?').resolved).toBe('阿里巴巴2023年底有多少员工?');
    expect(resolve('阿里巴巴截至2024年底有多少员工?', '194,320人[1]。', 'And at the end of 2023?')).toMatchObject({ resolved: '阿里巴巴截至2023年底有多少员工?', lang: 'en' });
    expect(resolve('What was Alibaba revenue in Q4 2024?', 'RMB 1 billion [1].', 'And in Q3 2024?').resolved).toBe('What was Alibaba revenue in Q3 2024?');
  });

  it('adds the currency for "what about in dollars?" and keeps period shifts as a lean', () => {
    expect(resolve('How much does Alibaba plan to invest over the next three years?', 'Over 380 billion yuan [1].', 'What about in dollars?').resolved).toBe('How much does Alibaba plan to invest over the next three years in US dollars?');
    expect(resolve('What was Alibaba capex in Q1 2025?', '24.6 billion yuan [1].', 'And the quarter before?')).toMatchObject({ resolved: 'And the quarter before?', leansOnHistory: true });
  });

  it('replaces "that quarter" / "the same year" with the last turn’s period', () => {
    expect(resolve('How much revenue did Taobao make in Q4 2024?', 'RMB 136.091 billion [1].', 'What about the international segment that quarter?').resolved).toBe("How much revenue did Alibaba's international segment make in Q4 2024?");
  });


  it('drops the old subject when a question names a new one', () => {
    expect(resolve('How much did Alibaba invest in Moonshot AI?', 'About $800 million [1].', 'How much funding did Zhipu AI secure?')).toMatchObject({ entities: ['zhipu-ai'], leansOnHistory: false });
    expect(resolve("What was Tencent's capital expenditure in Q4 2024?", '36.578 billion yuan [1].', "What was Samsung's capital expenditure in the same quarter?")).toMatchObject({ resolved: "What was Samsung's capital expenditure in Q4 2024?", entities: [], leansOnHistory: false });
    expect(resolve('腾讯第四季度的资本开支同比增长了多少?', '386%[1]。', '美团第二季度的研发支出是多少?')).toMatchObject({ entities: ['meituan'], leansOnHistory: false });
  });

  it('lets a question without a subject lean on the last turn', () => {
    expect(resolve('How much does Alibaba plan to invest over three years?', 'Over 380 billion yuan [1].', '平均每年是多少?').leansOnHistory).toBe(true);
    expect(resolve('How much did Alibaba invest in Moonshot AI?', '$800 million [1].', 'What stake did that buy?').leansOnHistory).toBe(true);
  });

  it('records each turn’s answer and what it named', () => {
    const state = conversationState(chat('Who founded DeepSeek?', 'Liang Wenfeng founded DeepSeek [1]. Caixin: “… Pony Ma …” [1]', 'And Tencent?'), aliases);
    expect(state.previous).toMatchObject({ answer: expect.stringContaining('Liang Wenfeng'), answerPeople: [{ id: 'liang-wenfeng', name: 'Liang Wenfeng' }], answerEntities: ['deepseek'] });
  });
});

describe('repeatsAnswer', () => {
  it('is true when a reply only restates amounts the conversation already gave', () => {
    expect(repeatsAnswer("Tencent's capital expenditure in Q4 2024 was 36.578 billion yuan [1].", 'What was it?\n36.578 billion yuan [1]; Caixin gives 39 billion yuan [2].')).toBe(true);
    expect(repeatsAnswer('The reports don’t state this directly. Caixin: “capital expenditures totaled 24.6 billion yuan in Q1 2025” [1]', 'Q1 2025?\n24.6 billion yuan [1].')).toBe(true);
  });

  it('is false for a new figure, for a reply with no figure, or with no history', () => {
    expect(repeatsAnswer('Tencent plans to invest 100 billion yuan this year [1].', '36.578 billion yuan [1].')).toBe(false);
    expect(repeatsAnswer('Alibaba took a 36% stake [1]. Report: “$800 million for a 36% stake”', 'About $800 million [1].')).toBe(false);
    expect(repeatsAnswer('Liang Wenfeng founded DeepSeek [1].', '36.578 billion yuan [1].')).toBe(false);
    expect(repeatsAnswer('36.578 billion yuan [1].', undefined)).toBe(false);
    expect(repeatsAnswer('这个计划是吴泳铭宣布的[1]。据财新:“Wu Yongming announced a plan to invest over 380 billion yuan”[1]', '未来三年投入多少?\n超过3800亿元[1]。', false)).toBe(false);
    expect(repeatsAnswer('Huawei and iFLYTEK jointly announced the Flying Star One platform at the Spark 2.0 launch [1].', "Which executive attended iFLYTEK's Spark 2.0 launch?\nXu Zhijun [1].")).toBe(false);
  });
});

describe('resolvedQuestionNote', () => {
  it('tells a model what the last question stands for, only when resolution changed it', () => {
    expect(resolvedQuestionNote(conversationState(chat('Who founded DeepSeek?', 'Liang Wenfeng [1].', 'Who sat with him?'), aliases))).toContain('"Who sat with Liang Wenfeng?"');
    expect(resolvedQuestionNote(conversationState(chat('Who founded DeepSeek?'), aliases))).toBeUndefined();
    expect(resolvedQuestionNote(conversationState(chat('Who founded DeepSeek?', 'Liang Wenfeng [1].', 'Who founded Unitree?'), aliases))).toBeUndefined();
  });
});

describe('relative time in a conversation', () => {
  it('moves a dated turn back for an elliptical "and last year?" / "去年呢?", as for "a year earlier"', async () => {
    const { createAliasTable: table } = await import('../index/index.js');
    const { understandQuestion } = await import('./question-frame.js');
    const { mergeWithPrevious } = await import('./follow-up.js');
    const deps = { aliases: table(), documents: [] };
    const first = understandQuestion('How many employees did Alibaba have at the end of 2024?', deps);
    expect(resolve('How many employees did Alibaba have at the end of 2024?', '194,320 [1].', 'And last year?')).toMatchObject({ resolved: 'And last year?', leansOnHistory: true });
    // "At the end of 2024" is its last month: a year earlier is the end of 2023.
    expect(mergeWithPrevious(understandQuestion('And last year?', deps), first).periods[0]).toMatchObject({ from: '2023-12-01', to: '2023-12-31' });
    expect(mergeWithPrevious(understandQuestion('去年呢?', deps), understandQuestion('阿里巴巴2024年有多少员工?', deps)).periods[0]).toMatchObject({ from: '2023-01-01' });
    expect(mergeWithPrevious(understandQuestion('And the quarter before?', deps), understandQuestion('Tencent capex in Q1 2025?', deps)).periods[0]).toMatchObject({ from: '2024-10-01', to: '2024-12-31' });
  });

  it('moves an undated "this year" back in words, and leaves a question with its own subject to the report date', async () => {
    const { understandQuestion } = await import('./question-frame.js');
    const { mergeWithPrevious } = await import('./follow-up.js');
    const deps = { aliases, documents: [] };
    expect(mergeWithPrevious(understandQuestion('And a year earlier?', deps), understandQuestion('How much does Tencent plan to invest this year?', deps)).periods).toEqual([{ text: 'last year', from: null, to: null }]);
    const own = understandQuestion('What did Tencent spend last year?', deps);
    expect(own.shift).toBeUndefined();
    expect(own.periods[0]).toMatchObject({ text: 'last year', from: null });
    expect(resolve("What was Tencent's capex in Q4 2024?", '36.578 billion yuan [1].', 'And what does it plan to spend this year?')).toMatchObject({ resolved: 'And what does Tencent plan to spend this year?', periods: [{ text: 'this year', from: null, to: null }] });
  });

  it('says an undated report’s relative period relative to the report', async () => {
    const { periodPhrase } = await import('./phrases.js');
    expect(periodPhrase({ text: 'this year', from: null, to: null }, 'en')).toBe(' in the year of the report');
    expect(periodPhrase({ text: 'last year', from: null, to: null }, 'en')).toBe(' in the year before the report');
    expect(periodPhrase({ text: 'last quarter', from: null, to: null }, 'en')).toBe(' in the quarter before the report');
    expect(periodPhrase({ text: '今年', from: null, to: null }, 'zh')).toBe('(报告当年)');
    expect(periodPhrase({ text: '去年', from: null, to: null }, 'zh')).toBe('(报告发布的上一年)');
    expect(periodPhrase({ text: 'Q4 2024', from: '2024-10-01', to: '2024-12-31' }, 'zh')).toBe('2024年第四季度');
  });
});

describe('conversationState: a group of people, a part of a company, two sides swapped', () => {
  it('resolves they/them/their/他们 to the people the last reply named', () => {
    expect(resolve("Who heads ByteDance's Seed team?", 'Wu Yonghui and Zhu Wenjia [1].', 'Whom do they report to?').resolved).toBe('Whom do Wu Yonghui and Zhu Wenjia report to?');
    expect(resolve('Who attended the symposium with Liang Wenfeng?', 'Pony Ma and Jack Ma [1].', 'Which companies did they found?').resolved).toBe('Which companies did Pony Ma and Jack Ma found?');
    expect(resolve('字节跳动Seed团队的负责人是谁?', '吴永辉和朱文佳[1]。', '他们分别负责什么?').resolved).toBe('吴永辉和朱文佳分别负责什么?');
  });

  it('keeps "they" for companies when the reply named one person or none', () => {
    expect(resolve("Which Huawei executive attended iFLYTEK's launch?", 'Xu Zhijun [1].', 'What did they announce?').resolved).toBe('What did Huawei and iFLYTEK announce?');
    expect(resolve('Which companies ordered Nvidia chips?', 'Alibaba, Tencent, Baidu and ByteDance [1].', 'How much did they order?').resolved).toBe('How much did Alibaba and Tencent and Baidu and ByteDance order?');
  });

  it('does not take the answer for "it" when the wh-phrase asked for something else than a company ("Which AI chips is … platform …")', () => {
    expect(resolve("Which AI chips is Baidu Intelligent Cloud's Qianfan platform compatible with?", 'Kunlun Core, Ascend, NVIDIA and Intel [1].', 'What acceleration ratio does it reach?').resolved).not.toMatch(/Kunlun/);
    expect(resolve('Which GPUs does the Alibaba Cloud platform rent out?', 'A100 [1].', 'When did it suspend them?').resolved).toMatch(/Alibaba Cloud/);
    // One narrower name is still "it".
    expect(resolve("What is Alibaba's chip design company called?", 'T-Head Semiconductor [1].', 'Which chip does it develop?').resolved).toBe('Which chip does T-Head Semiconductor develop?');
  });

  it('swaps both sides of a relation in "And Amazon in Anthropic?", "那腾讯对月之暗面呢?"', () => {
    expect(resolve('How much has Microsoft invested in OpenAI?', '$13 billion [1].', 'And Amazon in Anthropic?').resolved).toBe('How much has Amazon invested in Anthropic?');
    expect(resolve('阿里巴巴对智谱AI投资了多少?', '未披露。', '那腾讯对月之暗面呢?').resolved).toBe('腾讯对月之暗面投资了多少?');
  });

  it('keeps a list as one side: "And Tencent and ByteDance?" replaces the subject only', () => {
    expect(resolve('How much did Alibaba invest in Moonshot AI?', '$800 million [1].', 'And Tencent and ByteDance?').resolved).toBe('How much did Tencent and ByteDance invest in Moonshot AI?');
  });

  it('reads "And the international segment?", "那国际业务呢?" as a part of the company, a sibling of a unit asked before', () => {
    expect(resolve('How much revenue did Taobao and Tmall generate in Q4 2024?', 'RMB 136.091 billion [1].', 'And the international segment?').resolved).toBe("How much revenue did Alibaba's international segment generate in Q4 2024?");
    expect(resolve('淘宝和天猫2024年第四季度收入同比增长了多少?', '5%[1]。', '那国际业务呢?').resolved).toBe('阿里巴巴国际业务2024年第四季度收入同比增长了多少?');
    expect(resolve("What was Tencent's capital expenditure in Q4 2024?", '36.578 billion yuan [1].', 'What about the cloud business?').resolved).toBe("What was Tencent's cloud business's capital expenditure in Q4 2024?");
  });

  it('does not read a name, a measure or an aspect as a part of the company', () => {
    const pinduoduo = resolve('How much revenue did Taobao make in Q4 2024?', 'RMB 136.091 billion [1].', 'And Pinduoduo Business?');
    expect(pinduoduo.resolved).not.toMatch(/Alibaba's Pinduoduo/);
    expect(resolve('How much will Alibaba invest over three years?', 'Over 380 billion yuan [1].', 'And the risks?').resolved).toBe('And the risks?');
    expect(resolve('How much revenue did Taobao make in Q4 2024?', 'RMB 136.091 billion [1].', 'And the revenue growth?').resolved).not.toMatch(/segment|business/);
  });
});

describe('conversationState: pronouns beside a name of the question’s own (class: the other thing just talked about)', () => {
  it('reads a bare it/它 beside the question’s own name as the conversation’s other subject', () => {
    expect(resolve("What is Moonshot AI's valuation?", 'About $3.3 billion [1].', 'When did Alibaba invest in it?').resolved).toBe('When did Alibaba invest in Moonshot AI?');
    expect(resolve('智谱AI什么时候启动了IPO辅导?', '4月[1]。', '腾讯投资过它吗?').resolved).toBe('腾讯投资过智谱吗?');
    // The everyday verbs and the cleft's 的 ("是哪一年投的它", "买下的它").
    expect(resolve('月之暗面的估值是多少?', '约33亿美元[1]。', '阿里是哪一年投的它?').resolved).toBe('阿里是哪一年投的月之暗面?');
    expect(resolve('考拉后来怎么样了?', '2020年3月停止运营[1]。', '阿里是花多少钱买下的它?').resolved).toBe('阿里是花多少钱买下的考拉海购?');
    expect(resolve("How fast did Yuanbao's users grow in March?", 'Twentyfold [1].', 'Did WeChat integrate it later?').resolved).toBe('Did WeChat integrate Yuanbao later?');
    // The conversation's subject, not a name the last reply gave in passing.
    expect(resolve("What is Tencent's AI chatbot called?", 'Yuanbao [1].', 'Which outside model did it add?', 'DeepSeek R1 [1].', 'When did WeChat integrate it?').resolved).toBe('When did WeChat integrate Yuanbao?');
  });

  it('reads "it" after a which-phrase naming a thing of the question’s own as the conversation’s subject, but not in a cleft or after a topic set first', () => {
    expect(resolve('What is Silicon Flow?', 'An inference partner of Alibaba Cloud [1].', "Which of Alibaba's platforms is it plugged into?").resolved).toBe("Which of Alibaba's platforms is Silicon Flow plugged into?");
    expect(resolve('What is Silicon Flow?', 'An inference partner of Alibaba Cloud [1].', 'Which Alibaba Cloud platform does it use?').resolved).toBe('Which Alibaba Cloud platform does Silicon Flow use?');
    // A cleft's "it" before a name stands for nobody.
    expect(resolve('What did Alibaba pay for its Moonshot stake?', 'About $800 million [1].', 'How much was it Tencent paid?').resolved).toBe('How much was it Tencent paid?');
    // "What about X — … it …": "it" is the topic just set.
    expect(resolve('How many model downloads has ModelScope had?', 'Over 100 million [1].', "What about Baidu's Wenxin — how many developers had it drawn?").resolved).toBe("What about Baidu's Wenxin — how many developers had it drawn?");
  });

  it('leaves "it" with the question’s own subject after a verb of saying, and a dummy "it" alone', () => {
    expect(resolve("What is Moonshot AI's valuation?", 'About $3.3 billion [1].', 'Did Alibaba say it would invest more?').resolved).toBe('Did Alibaba say it would invest more?');
    expect(resolve("What is Moonshot AI's valuation?", 'About $3.3 billion [1].', 'Is it true that Alibaba led the round?').resolved).toBe('Is it true that Alibaba led the round?');
    expect(resolve('月之暗面的估值是多少?', '约33亿美元[1]。', '阿里说它会继续投资吗?').resolved).toBe('阿里说它会继续投资吗?');
    // "it" as a deal, a plan or a figure ("confirm it", "fund it") is not made a company.
    expect(resolve("What is Moonshot AI's valuation?", 'About $3.3 billion [1].', 'Did Alibaba confirm it?').resolved).toBe('Did Alibaba confirm it?');
    expect(resolve('What is Alibaba’s 380 billion yuan plan?', 'Cloud and AI hardware spending over three years [1].', 'How will Alibaba Cloud pay for it?').resolved).toBe('How will Alibaba Cloud pay for it?');
  });
});

describe('conversationState: "that group", "the startup", "该事业群" (class: a demonstrative and a kind of organisation)', () => {
  it('points the demonstrative at the unit the last answer named under the asked company', () => {
    expect(resolve('Which Tencent group runs Tencent Cloud?', 'The Cloud and Smart Industries Group [1].', 'Who is the COO of that group?').resolved).toBe('Who is the COO of Cloud and Smart Industries Group?');
    expect(resolve('腾讯云归哪个腾讯事业群管?', '云与智慧产业事业群[1]。', '该事业群的COO是谁?').resolved).toBe('云与智慧产业事业群的COO是谁?');
    expect(resolve('Which chip company did Alibaba buy in 2018?', 'C-Sky Microsystems [1].', 'What did the chip company become?').resolved).toBe('What did C-Sky Microsystems become?');
  });

  it('does not read a resolved demonstrative as leaning on the last question', () => {
    expect(resolve('Which Tencent group runs Tencent Cloud?', 'The Cloud and Smart Industries Group [1].', 'Who is the COO of that group?').leansOnHistory).toBe(false);
  });

  it('reads no person out of a capitalised run inside a known name', () => {
    const state = conversationState(chat('Which Tencent group runs Tencent Cloud?', 'The Cloud and Smart Industries Group [1].'), aliases);
    expect(state.current.answerPeople).toEqual([]);
  });
});

describe('conversationState: they/them after a reply that named no one (class: the group the last question asked about)', () => {
  it('writes out the group the last question counted or picked among', () => {
    expect(resolve('How many Chinese AI unicorns have been valued at over $1 billion?', 'At least six [1].', 'Did Tencent fund them?')).toMatchObject({ resolved: 'Did Tencent fund Chinese AI unicorns?', leansOnHistory: false, leansOnWords: true });
    expect(resolve('有多少家大模型初创公司估值超过10亿美元?', '至少六家[1]。', '阿里和腾讯投资了它们吗?').resolved).toBe('阿里和腾讯投资了大模型初创公司吗?');
  });

  it('takes the names the reply gave when it gave several, and leaves a bare head noun unwritten', () => {
    expect(resolve('Which startups did Alibaba back?', 'Zhipu AI and MiniMax [1].', 'Did Tencent back them too?').resolved).toBe('Did Tencent back Zhipu AI and MiniMax too?');
    expect(resolve('Which companies did Alibaba invest in?', 'Several [1].', 'Did Tencent back them too?').resolved).toBe('Did Tencent back them too?');
  });

  it('counts "他们俩" / "the two of them" as the first two people the reply named, not whom they report to', () => {
    expect(resolve('字节Seed团队由谁负责?', '吴永辉和朱文佳,都向梁汝波汇报[1]。', '他们俩怎么分工?').resolved).toBe('吴永辉和朱文佳怎么分工?');
    expect(resolve('Who heads Seed?', 'Wu Yonghui and Zhu Wenjia, both reporting to Liang Rubo [1].', 'What do both of them focus on?').resolved).toBe('What do both of Wu Yonghui and Zhu Wenjia focus on?');
  });

  it('keeps an object "them" off the one who acts on it', () => {
    expect(resolve('How much had Alibaba invested in RT-Mart?', 'Over $20 billion [1].', 'Why sell them, then?').resolved).toBe('Why sell RT-Mart, then?');
  });
});

describe('conversationState: an ellipsis chain over a vague relation (class: the conversation tells what "claim" is about)', () => {
  it('substitutes the new subject into the last question and leans on the conversation’s words', () => {
    expect(resolve('How many clients does Qianfan serve?', 'Over 17,000 [1].', 'And what does Volcano Engine claim?', 'That over 70% of the market are its clients [1].', 'What about Alibaba Cloud?'))
      .toMatchObject({ resolved: 'And what does Alibaba Cloud claim?', leansOnWords: true });
    expect(resolve('What did Qiu Yuepeng say?', 'That the cloud is the best carrier for large models [1].', 'And Zhou Jingren?')).toMatchObject({ resolved: 'What did Zhou Jingren say?', leansOnWords: true });
  });

  it('does not for a question told by its own measure or words', () => {
    expect(resolve('How much did Alibaba invest in Moonshot AI?', 'About $800 million [1].', 'And Tencent?').leansOnWords).toBeUndefined();
    expect(resolve('Which large model development platform does Alibaba Cloud offer?', 'Bailian [1].', 'And Tencent Cloud?').leansOnWords).toBeUndefined();
  });
});

describe('conversationState: what befell "it" is the deal\'s other party, not the buyer', () => {
  it.each([
    [['How much did Alibaba pay for Kaola?', '$2 billion [1].', 'What happened to it after that?'], /Kaola/],
    [['阿里花多少钱收购了考拉?', '20亿美元[1]。', '它后来怎么样了?'], /考拉/],
    [['How much did Alibaba invest in Moonshot AI?', 'About $800 million [1].', 'How has it done since?'], /Moonshot AI/],
  ])('%j', (turns, referent) => {
    expect(resolve(...turns).resolved).toMatch(referent);
  });

  it('keeps the actor when the question asks what the actor did', () => {
    expect(resolve('How much did Alibaba pay for Kaola?', '$2 billion [1].', 'What did it rename it to?').resolved).not.toMatch(/^What did Kaola/);
  });
});

describe('conversationState: a time told by the deal just named points "it" at the thing bought', () => {
  it.each([
    ['What market share did it have before the deal?', 'What market share did Kaola.com have before the deal?'],
    ['How was it doing after the acquisition?', 'How was Kaola.com doing after the acquisition?'],
  ])('%s', (asked, resolved) => {
    expect(resolve('How much did Alibaba pay for Kaola?', '$2 billion [1].', asked).resolved).toBe(resolved);
  });
});

describe('conversationState: a Chinese comparison with no subject of its own', () => {
  it('compares the last question\'s subject ("比一年前减少了多少人?")', () => {
    expect(resolve('截至2024年12月31日阿里巴巴有多少名员工?', '19.432万人。', '比一年前减少了多少人?').resolved).toBe('截至2024年12月31日阿里巴巴比一年前减少了多少人?');
  });

  it('leaves a comparison that names its own company alone', () => {
    expect(resolve('阿里巴巴有多少名员工?', '19.432万人。', '比腾讯多多少?').resolved).not.toMatch(/^阿里巴巴比/);
  });
});

describe('a topic-switch preamble (class: "Switching topics:", "Different question —", "换个话题,")', () => {
  it.each([
    ['Switching topics: how crowded is the AI model market?', 'how crowded is the AI model market?'],
    ['Different question — what did Microsoft announce?', 'what did Microsoft announce?'],
    ['On a different note, who runs Tencent Cloud?', 'who runs Tencent Cloud?'],
    ['换个话题,腾讯今年投入多少?', '腾讯今年投入多少?'],
  ])('%s is read as %s, a new topic', (asked, text) => {
    expect(withoutTopicSwitch(asked)).toEqual({ text, switched: true });
  });

  it.each([
    ['By the way who is Tencent\'s president?', 'who is Tencent\'s president?'],
    ['One more question: when did it go public?', 'when did it go public?'],
    ['顺便问一下:阿里投了哪些芯片公司?', '阿里投了哪些芯片公司?'],
  ])('%s is read as %s, the conversation going on (an aside)', (asked, text) => {
    expect(withoutTopicSwitch(asked)).toEqual({ text, switched: false });
  });

  it('lets a pronoun after an aside point back', () => {
    expect(resolve('Who founded Zhipu AI?', 'The reports do not say.', 'By the way, when did it start IPO guidance?').resolved).toMatch(/Zhipu AI/);
    expect(resolve('阿里投资智谱了吗?', '投了。', '再问一下,它什么时候开始IPO辅导的?').resolved).toMatch(/智谱/);
  });

  it.each(['Different from Alibaba, how does Tencent invest?', 'Another question is whether it paid off?', 'What is new?', '另外两家公司是谁?'])('%s has none', (asked) => {
    expect(withoutTopicSwitch(asked).switched).toBe(false);
  });

  it('starts afresh: a pronoun after it is not written out from the last turn, and the preamble is not part of the question', () => {
    const current = resolve('What did Alibaba invest in Moonshot AI?', '$800 million [1].', 'Switching topics: how crowded is the AI model market?');
    expect(current).toMatchObject({ resolved: 'how crowded is the AI model market?', leansOnHistory: false });
  });
});

describe('"it" after a deal, asked what the backed company produces on its own account (class: output, production, 产量)', () => {
  it.each([
    ['阿里是哪年投资长江存储的?', '2022年。', '它今年的DRAM产量预期如何?', /^长江存储/],
    ['When did Alibaba invest in YMTC?', 'In 2022.', 'How much will it produce this year?', /^How much will YMTC produce/],
  ])('%s … %s', (first, reply, asked, resolved) => {
    expect(resolve(first, reply, asked).resolved).toMatch(resolved);
  });

  it('keeps the investor for what the investor does', () => {
    expect(resolve('When did Alibaba invest in YMTC?', 'In 2022.', 'How much did it pay?').resolved).toMatch(/Alibaba/);
  });
});

describe('a thing named by its head noun ("the plan", "that deal", 这个计划) is written out as the conversation named it', () => {
  it.each([
    ['What fraction of Alibaba\'s 380 billion yuan three-year plan has it spent?', 'About 26%.', "What's the plan's yearly average?", /^What's Alibaba's 380 billion yuan three-year plan's yearly average\?$/],
    ['阿里巴巴宣布的三年3800亿元投资计划是哪天公布的?', '2025年2月24日。', '这个计划平均每年是多少钱?', /^阿里巴巴三年3800亿元投资计划平均每年/],
    ['How much did Alibaba pay in the Kaola deal?', '$2 billion.', 'When was the deal announced?', /^When was the Kaola deal announced\?$/],
  ])('%s … %s', (first, reply, asked, resolved) => {
    expect(resolve(first, reply, asked).resolved).toMatch(resolved);
  });

  it('leaves "the plan" of a company the question names as that company\'s', () => {
    expect(resolve("What is Alibaba's three-year plan?", '380 billion yuan.', "What is Tencent's plan?").resolved).toBe("What is Tencent's plan?");
  });
});

describe('a head noun written out only from a phrase that names a thing (review findings)', () => {
  it.each([
    ['Is Tencent an ideal partner for Alibaba?', 'The reports do not say.', 'When was the deal signed?'],
    ['Did Alibaba invest around the same time?', 'Yes.', 'How big was the round?'],
    ['When did Alibaba announce plans to invest in AI?', 'February 24.', 'How big is the plan?'],
  ])('%s … %s leaves "%s" as asked', (first, reply, asked) => {
    expect(resolve(first, reply, asked).resolved).toBe(asked);
  });

  it('still resolves a pronoun beside the written-out thing', () => {
    expect(resolve("What fraction of Alibaba's 380 billion yuan plan has it spent?", 'About 26%.', 'How much of the plan has it spent?').resolved)
      .toBe("How much of Alibaba's 380 billion yuan plan has Alibaba spent?");
  });

  it.each(['应该计划多少钱?', '因此计划了什么?'])('%s has no 该/此 determiner', (asked) => {
    expect(resolve('阿里巴巴宣布的三年3800亿元投资计划是哪天公布的?', '2025年2月24日。', asked).resolved).toBe(asked);
  });
});

describe('a price asked of the deal just talked about writes in what was bought (class: "What did it pay?", "花了多少钱?")', () => {
  it.each([
    ['When did Alibaba buy Kaola?', 'September 2019.', 'What did it pay?', /^What did Alibaba pay for Kaola(?:\.com)?\?$/],
    ['When did Alibaba invest in Moonshot AI?', 'In May.', 'How much did it spend?', /for Moonshot AI\?$/],
    ['阿里是什么时候收购考拉的?', '2019年9月。', '它花了多少钱?', /^阿里巴巴为考拉(?:海购)?花了多少钱/],
  ])('%s … %s', (first, reply, asked, resolved) => {
    expect(resolve(first, reply, asked).resolved).toMatch(resolved);
  });

  it('leaves a price that says what it was for', () => {
    expect(resolve('When did Alibaba buy Kaola?', 'September 2019.', 'What did it pay for the Hema stake?').resolved).not.toMatch(/Kaola/);
  });
});

describe('conversationState: a share of a named whole asked of the last figure (class: "what share of … was it?", "占…多大比例?")', () => {
  it('writes "it" out as the figure the last question asked, part of the whole named', () => {
    const turn = resolve("What was Taobao and Tmall's Q4 2024 revenue?", 'RMB 136.091 billion [1].', "What share of Alibaba's total revenue was it?");
    expect(turn.resolved).toBe("What share of Alibaba's total revenue was Taobao and Tmall's Q4 2024 revenue?");
    expect(turn.periods[0]?.text).toBe('Q4 2024');
  });

  it('gives a Chinese share with no part the last question\'s subject', () => {
    const turn = resolve('2024年四季度淘宝天猫收入多少?', '1360.91亿元[1]。', '占阿里总收入多大比例?');
    expect(turn.resolved).toBe('2024年四季度淘宝天猫占阿里总收入多大比例?');
  });

  it('leaves a share question that names its own part alone', () => {
    const turn = resolve("What was Taobao and Tmall's Q4 2024 revenue?", 'RMB 136.091 billion [1].', "What share of Alibaba's revenue did cloud make up?");
    expect(turn.resolved).toBe("What share of Alibaba's revenue did cloud make up?");
  });
});

describe('conversationState: "同一个月" is the same month, and a product beside its maker is the maker\'s (class: 同一X, 他们 for one company)', () => {
  it('writes the month out and reads 他们 as the company, not the company and its own model', () => {
    const turn = resolve('2025年5月腾讯的混元模型有哪些更新?', '2025年5月腾讯升级了混元TurboS预训练大模型。', '同一个月,他们总裁在业绩会上聊了些什么?');
    expect(turn.resolved).toBe('2025年5月,腾讯总裁在业绩会上聊了些什么?');
  });

  it('still reads a comparison opening with 同 as one ("同去年相比…"), of the last question\'s subject', () => {
    const turn = resolve('截至2024年底阿里巴巴有多少名员工?', '19.432万名。', '同去年相比减少了多少人?');
    expect(turn.resolved).toBe('截至2024年底阿里巴巴同去年相比减少了多少人?');
  });
});

describe('conversationState: a version asked by itself, "that same month", "part of it" (class: elliptical versions and parts)', () => {
  it.each([
    [['通义千问是哪一年推出的?', '2023年。', '那2.0版本呢?'], '通义千问2.0是哪一年推出的?'],
    [['When did Alibaba release Tongyi Qianwen 2.0?', 'On October 31, 2023.', 'And version 2.5?'], 'When did Alibaba release Tongyi Qianwen 2.5?'],
    [['What did Tencent President Liu Chiping talk about on the May 2025 earnings call?', 'AI agents for WeChat [1].', 'And which models did Tencent upgrade that same month?'], 'And which models did Tencent upgrade in May 2025?'],
    [['What did Alibaba pay for its Moonshot AI stake?', 'About $800 million [1].', 'Why would it give part of it as credits rather than cash?'], 'Why would Alibaba give part of that as credits rather than cash?'],
  ])('%j → %s', (turns, resolved) => {
    expect(resolve(...turns).resolved).toBe(resolved);
  });

  it('leaves a bare year to the period logic, not to a version', () => {
    expect(resolve('When did Alibaba release Tongyi Qianwen?', 'In 2023.', 'And 2024?').resolved).not.toContain('Qianwen 2024');
  });
});

describe('conversationState: what befell something of the company a which-question was answered with (class: "what became of its team")', () => {
  it('reads "its" as the answered company, not the buyer', () => {
    expect(resolve('Which e-commerce platform did Alibaba pay $2 billion for in 2019?', 'Kaola [1].', 'What became of its team after that?').resolved).toBe("What became of Kaola.com's team after that?");
  });

  it('does not read "its" as the deal\'s object when the last question was no which-question', () => {
    expect(resolve('How quickly was Tencent iterating Yuanbao after plugging in DeepSeek?', '36 updates in four months.', 'What happened to its daily active users in March?').resolved).not.toContain('DeepSeek');
  });
});

describe('conversationState: follow-up rules that must not fire (class guards)', () => {
  it('leaves a Chinese question naming its own subject after 在 alone', () => {
    expect(resolve('阿里巴巴2024年营收多少?', '1.2万亿元。', '在2023年腾讯的营收是多少?').resolved).toBe('在2023年腾讯的营收是多少?');
    expect(resolve('阿里巴巴有多少员工?', '19.4万。', '在杭州有多少?').resolved).toBe('在杭州有多少?');
  });

  it('keeps "it" the company in "the majority of it" (a stake, not a part of a sum)', () => {
    expect(resolve("What is Moonshot AI's valuation?", '$3.3 billion [1].', 'Who owns the majority of it?').resolved).not.toContain('of that');
  });

  it('reads a share of "it" as the last figure only after a figure question', () => {
    expect(resolve("What is Alibaba's AI strategy?", 'AI+Cloud [1].', 'What share of its spending is it?').resolved).not.toContain('strategy');
  });

  it('takes no year\'s edition for a version', () => {
    expect(resolve('通义千问是哪一年推出的?', '2023年。', '那2024版呢?').resolved).not.toContain('通义千问2024');
  });
});
