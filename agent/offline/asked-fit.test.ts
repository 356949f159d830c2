import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex, type OpenIndex } from '../../index/index.js';
import { loadCorpus } from '../../test/helpers/corpus.js';
import { askedFit, askedSpan, hasAskedSpan, missingPhrases, orList, withoutFormWords } from './asked-fit.js';
import { withoutAsides, withoutSourceReference } from './asked-aside.js';

let index: OpenIndex;
beforeAll(async () => {
  index = await openIndex((await loadCorpus()).snapshot);
});

const fits = (question: string, sentence: string, withContext = question) =>
  askedFit({ question, withContext, unknownNames: [], sentence, asOf: '2025-06-23' }, index);

describe('askedSpan: the kind of answer the question words ask for', () => {
  it.each([
    ['How often can Baichuan Intelligence iterate a model?', 'frequency'],
    ['How much did Google commit to Anthropic?', 'figure'],
    ['To what level did the market capitalization surge?', 'figure'],
    ['MiniMax把云成本降低了多少?', 'figure'],
    ['What download count does ModelScope report?', 'figure'],
    ['What amount did Google commit?', 'figure'],
    ['When did 01.AI release Yi?', 'date'],
    ['阿里巴巴在哪两年投资了智能语音?', 'date'],
    ['Who founded 01.AI?', 'person'],
    // A partner asked with "who" is named like any company or place ("with whom").
    ['Who did Tencent team up with to build a GPU computing center?', 'name'],
    ['Who has Alibaba Cloud worked with on chips?', 'name'],
    ['是谁决定接入DeepSeek?', 'person'],
    ['Which GPU rentals did Alibaba Cloud suspend?', 'name'],
    ['What slogan has Volcano Engine displayed?', 'name'],
    // "What is X called?" asks a name.
    ["What is Huawei Cloud's large model development platform called?", 'name'],
    ['What did Alibaba integrate the company with?', 'name'],
    // What someone is credited, thanked or blamed for is a deed, not a name (class: "What did he credit Alibaba Cloud for?").
    ['What did Wang Xiaochuan credit Alibaba Cloud for?', 'any'],
    ['What did the startup thank Tencent Cloud for?', 'any'],
    ['What did analysts blame the slowdown on Taobao for?', 'any'],
    ['腾讯投资了哪家AI芯片公司?', 'name'],
    ['What is the role of cloud in large models?', 'any'],
    ['Was Tongyi Qianwen 2.0 open source?', 'yesno'],
    ['Did Alibaba invest in Unitree?', 'yesno'],
    ['阿里巴巴是否投资了宇树科技?', 'yesno'],
    ['通义千问2.0开源了吗?', 'yesno'],
    ['Is it Alibaba or Tencent that leads?', 'any'], // a choice between two, not yes or no
    ['Since when has Unitree been profitable?', 'date'],
    ['From when is ERNIE Bot free?', 'date'],
  ])('%s → %s', (question, span) => {
    expect(askedSpan(question)).toBe(span);
  });
});

describe('hasAskedSpan: the passage holds a span of that kind the question does not give', () => {
  it('a frequency in words', () => {
    expect(hasAskedSpan('frequency', 'How often …?', 'their ability to iterate one model per month', null, index.aliases)).toBe(true);
    expect(hasAskedSpan('frequency', 'How often …?', 'they revealed supporting MiniMax in running thousand-card tasks', null, index.aliases)).toBe(false);
  });
  it('a figure other than the question\'s own', () => {
    expect(hasAskedSpan('figure', 'How much did Google commit?', 'Google committed $2 billion in financing', null, index.aliases)).toBe(true);
    expect(hasAskedSpan('figure', 'Who led the $300 million round?', 'Baichuan Intelligence raised $300 million', null, index.aliases)).toBe(false);
  });
  it('a day and month without a year, as an undated report gives it', () => {
    expect(hasAskedSpan('date', 'When did Amazon announce it?', 'Amazon announced on September 28 its intention to invest.', null, index.aliases)).toBe(true);
    expect(hasAskedSpan('date', '阿里什么时候宣布的?', '阿里巴巴于2月24日宣布了这一计划。', null, index.aliases)).toBe(true);
    expect(hasAskedSpan('date', 'What happened on September 28?', 'Amazon announced on September 28 its intention to invest.', null, index.aliases)).toBe(false);
    expect(hasAskedSpan('date', 'When did Amazon announce it?', 'Amazon announced its intention to invest.', null, index.aliases)).toBe(false);
  });
  it('an enumeration after a colon', () => {
    expect(hasAskedSpan('name', 'What businesses will Alibaba focus on?', 'Alibaba will focus on three business types: domestic e-commerce, cloud computing, and internet platform products.', null, index.aliases)).toBe(true);
    expect(hasAskedSpan('name', 'What businesses will Alibaba focus on?', 'Alibaba will focus on its core businesses.', null, index.aliases)).toBe(false);
  });
  it('a name, model code or enumeration the question does not name', () => {
    expect(hasAskedSpan('name', 'Which GPU rentals did Alibaba Cloud suspend?', 'Alibaba Cloud suspended A100 GPU rentals on its official platform.', null, index.aliases)).toBe(true);
    expect(hasAskedSpan('name', 'Which sectors do they cover?', 'covering sectors such as healthcare, education, finance and energy', null, index.aliases)).toBe(true);
    // "this chip company" names nothing the question does not already name.
    expect(hasAskedSpan('name', "Which company did Alibaba acquire and merge with DAMO Academy's chip business to form T-Head Semiconductor?",
      'In 2018, after Alibaba acquired this chip company, it integrated it with the self - developed chip business of the Damo Academy to establish T-Head Semiconductor.', null, index.aliases)).toBe(false);
  });
});

describe('askedFit: every content word of the question, and the span asked', () => {
  it.each([
    ['Which GPU rentals did Alibaba Cloud suspend in early November?', 'In early November, Alibaba Cloud suspended A100 GPU rentals on its official platform.'],
    ['And what does Tencent plan to spend this year?', 'Domestically, Tencent plans to invest 100 billion yuan this year.'],
    ['How often can Baichuan Intelligence iterate a model, thanks to Alibaba Cloud?', "Alibaba Cloud showcased Baichuan Intelligence's founder, revealing that their ability to iterate one model per month is largely due to Alibaba Cloud's support."],
    ['Which sectors are Baidu Intelligent Cloud and Huawei Cloud applying their large models in?', 'Baidu Intelligent Cloud and Huawei Cloud are more focused on implementing their large models across various industry applications, covering sectors such as healthcare, education, finance, entertainment, energy, and meteorology.'],
    ['腾讯投资了哪家AI芯片公司?', 'Iluvatar CoreX (燧原科技) is an AI chip company that Tencent has invested in.'],
    ['阿里云在11月初暂停了哪种GPU的租赁?', '11月初，阿里云暂停了官网上的A100 GPU租赁服务。'],
  ])('holds: %s', (question, sentence) => {
    expect(fits(question, sentence)).toMatchObject({ holds: true });
  });

  it.each([
    // The relation's object is missing: the passage is about the subject, not about what was asked.
    ['Which of those started IPO guidance in April?', 'MiniMax is one of the four domestic Chinese model companies in which both Alibaba and Tencent have invested.', ['start', 'ipo', 'guidanc', 'april']],
    ['Which telecom operators are Tencent Cloud customers?', 'Alibaba Cloud and Tencent Cloud have more obvious scale effects, with more large model customers.', ['telecom']],
    ['Which tech bosses sat with Liang Wenfeng at the symposium in February?', 'Liang Wenfeng, Pony Ma, and Jack Ma attended the entrepreneur symposium.', ['tech', 'boss', 'februari']],
    ['Which company led Baichuan Intelligence\'s $300 million round?', 'Baichuan Intelligence raised $300 million, with both tech giants being major investors in these rounds.', ['led']],
  ])('fails: %s', (question, sentence, missing) => {
    const fit = fits(question, sentence);
    expect(fit.holds).toBe(false);
    for (const term of missing) expect(fit.missing).toContain(term);
  });

  it('does not require the verb that reports a statement: the passage stating its content answers', () => {
    expect(fits('When did Amazon say it would invest in Anthropic?', 'Amazon announced on September 28 its intention to invest up to $4 billion in Anthropic.').holds).toBe(true);
    expect(fits('How many downloads does ModelScope claim?', 'Reportedly, model downloads on ModelScope have exceeded 100 million.').holds).toBe(true);
    expect(fits('What did Tencent report as its capital expenditure?', "Tencent's capital expenditure reached 36.578 billion yuan.").holds).toBe(true);
    // Still every other content word: the reported content must be the asked one.
    expect(fits('When did Amazon say it would invest in Anthropic?', 'Google committed $2 billion in financing on October 27.').holds).toBe(false);
  });

  it('counts a relation word the alias table also knows as content of a question asked on its own', () => {
    expect(fits('When did Amazon invest in Anthropic?', 'Amazon invested in Anthropic on September 28.').holds).toBe(true);
    expect(fits('When did Amazon invest in Anthropic?', 'Amazon and Anthropic signed a cloud partnership on September 28.')).toMatchObject({ holds: false, missing: ['invest'] });
  });

  it('takes a figure\'s measure word ("download count", "the number of") as the figure asked, not as content', () => {
    expect(fits('What download count does ModelScope report?', 'Reportedly, model downloads on ModelScope have exceeded 100 million.').holds).toBe(true);
    expect(fits('What is the number of models on ModelScope?', 'ModelScope hosts over 70,000 models.').holds).toBe(true);
  });

  it('takes the kind of thing asked for ("which chip families", "what kinds of chips") as the answer\'s form, not content', () => {
    expect(fits("Which chip families is Baidu's Qianfan platform compatible with?", 'The Qianfan platform is compatible with mainstream AI chips, including Kunlun Core, Ascend, Hygon DCU, NVIDIA, and Intel.').holds).toBe(true);
    expect(fits("What kinds of chips is Baidu's Qianfan platform compatible with?", 'The Qianfan platform is compatible with mainstream AI chips, including Kunlun Core, Ascend, Hygon DCU, NVIDIA, and Intel.').holds).toBe(true);
  });

  it('reads the verbs of a launch as one relation, and of overtaking as another', () => {
    expect(fits('When did ByteDance ship Doubao 1.6?', 'On June 11, 2025, ByteDance launched Doubao 1.6.').holds).toBe(true);
    expect(fits('When did Alibaba unveil Qwen3?', 'In April 2025, Alibaba released Qwen3 as open source.').holds).toBe(true);
    expect(fits('When did Tencent Yuanbao overtake Doubao?', 'Last week, Tencent Yuanbao surpassed ByteDance Doubao on the iOS free app chart.').holds).toBe(false); // no date given
    expect(fits('When did ByteDance ship Doubao 1.6?', 'On June 11, 2025, ByteDance rebranded Doubao 1.6.').holds).toBe(false);
  });

  it('reads focus and concentrate as one relation', () => {
    expect(fits('Which businesses will Alibaba concentrate on?', 'Alibaba will focus on three primary business types: domestic and international e-commerce, AI+cloud computing technology, and internet platform products.').holds).toBe(true);
    expect(fits('Which businesses will Alibaba concentrate on?', 'Alibaba will sell three primary business types: domestic and international e-commerce, AI+cloud computing technology, and internet platform products.').holds).toBe(false);
  });

  it('fails without the span asked, however many words the passage shares', () => {
    expect(fits('How often can MiniMax iterate a model?', 'Tencent Cloud revealed supporting MiniMax in running thousand-card level large model tasks and model iteration.')).toMatchObject({ holds: false, span: false });
  });

  it('holds for a yes/no question only when the passage settles all of it: not a plan, not missing a word (a denial settles it as "no")', () => {
    expect(fits('Was Tongyi Qianwen 2.0 open source?', 'Tongyi Qianwen 2.0 became open source.').holds).toBe(true);
    expect(fits('Did WeChat integrate Yuanbao?', 'WeChat integrated Yuanbao, debuting its AI chat function.').holds).toBe(true);
    expect(fits('Have Alibaba and Tencent backed Chinese AI startups?', 'Most of China’s AI unicorns have received funding from Alibaba and Tencent.').holds).toBe(true);
    expect(fits('Was Tongyi Qianwen 2.0 open source?', 'Tongyi Qianwen 2.0 was not open source.')).toMatchObject({ holds: true, negated: true });
    expect(fits('Was Tongyi Qianwen 2.0 open source?', 'Tongyi Qianwen 2.0 became open source.').negated).toBeUndefined();
    expect(fits('Did Alibaba invest in DeepSeek?', 'The news that Alibaba plans to invest $1 billion in DeepSeek spread in the market.').holds).toBe(false);
    expect(fits('Was Tongyi Qianwen 2.0 open source?', 'Alibaba released Tongyi Qianwen 2.0, a closed-source model.').holds).toBe(false);
  });

  it('holds the passage to the versions the question names', () => {
    expect(fits('When did Alibaba release Tongyi Qianwen 2.0?', 'Alibaba released Tongyi Qianwen 2.0 in October 2023.').holds).toBe(true);
    expect(fits('When did Alibaba release Tongyi Qianwen 2.0?', 'Alibaba released Tongyi Qianwen in April 2023.').holds).toBe(false);
  });

  it('reads a bare follow-up with the turn before it', () => {
    const previous = 'Which large model development platform does Alibaba Cloud offer? And Tencent Cloud?';
    expect(fits('And Tencent Cloud?', 'Qiu Yuepeng, President of Tencent Cloud, pointed out: "The cloud is the best carrier for large models."', previous).holds).toBe(false);
    expect(fits('And Tencent Cloud?', "These include Alibaba Cloud's Bailian and Tencent Cloud's TI Platform, large model development platforms the providers offer.", previous).holds).toBe(true);
  });

  it('does not check a Chinese question against an English passage when the vocabulary leaves words of it untranslated', () => {
    expect(fits('腾讯是什么时候开始在腾讯云上测试燧原科技的芯片的?', 'Tencent began using Iluvatar CoreX chips for internal testing on Tencent Cloud in 2020.').holds).toBe(false);
  });

  it('does not check an English question against a Chinese passage', () => {
    expect(fits('Which GPU rentals did Alibaba Cloud suspend?', '11月初，阿里云暂停了官网上的A100 GPU租赁服务。').holds).toBe(false);
  });

  it('holds a Chinese passage to most of a Chinese question\'s word pairs', () => {
    expect(fits('火山引擎在推广场景中打出的口号是什么?', '今年，火山引擎在各种推广场景中高调打出“你的下一朵云”口号。').holds).toBe(true);
    expect(fits('阿里云在推广场景中打出的口号是什么?', '阿里云在11月初暂停了A100 GPU租赁。').holds).toBe(false);
  });
});

describe('withoutFormWords', () => {
  it('sets aside dates and answer-form words of a Chinese question', () => {
    expect(withoutFormWords('2025年2月13日，是谁决定').replace(/\s+/g, '')).toBe('，决定');
    expect(withoutFormWords('腾讯投资了哪家AI芯片公司?').replace(/\s+/g, '')).toBe('腾讯投资了AI芯片?');
    // "6月份" is a month like "6月": no "份" is left over to go unchecked.
    expect(withoutFormWords('6月份哪家车企下了订单?').replace(/\s+/g, '')).toBe('车企下了订单?');
  });
});

describe('missingPhrases: what the closest passage leaves out, in the question\'s own words', () => {
  const phrasesFor = (question: string, sentence: string) => missingPhrases(question, fits(question, sentence).missing, index);

  it('joins adjacent missing words, across linking words, into one phrase', () => {
    expect(phrasesFor('Which of those is still deeply in the red?', 'A group of invested enterprises is in the process of going public, including Zebra Network.')).toEqual(['deeply in the red']);
    expect(phrasesFor('Which tech bosses sat with Liang Wenfeng at the symposium in February?', 'Liang Wenfeng, Pony Ma, and Jack Ma attended the entrepreneur symposium.')).toEqual(['tech bosses', 'February']);
  });

  it('never names the aspect an open question asks, nor words the passage states', () => {
    expect(phrasesFor('What impact has DeepSeek had on Tencent\'s AI products?', "DeepSeek's emergence has intensified AI competition and driven giants like Tencent to diversify models.")).not.toContain('impact');
    expect(phrasesFor('Which GPU rentals did Alibaba Cloud suspend in early November?', 'In early November, Alibaba Cloud suspended A100 GPU rentals.')).toEqual([]);
  });

  it('says them as a reader would', () => {
    expect(orList(['IPO guidance'])).toBe('“IPO guidance”');
    expect(orList(['tech bosses', 'February'])).toBe('“tech bosses” or “February”');
    expect(orList(['a', 'b', 'c'])).toBe('“a”, “b” or “c”');
  });
});

describe('askedSpan after a polite lead-in: the question proper decides', () => {
  it.each([
    ['Can you tell me when Alibaba open-sourced Qwen?', 'date'],
    ['Could you tell me who heads Alibaba\'s e-commerce group?', 'person'],
    ['Can you tell me how much Alibaba paid for Kaola?', 'figure'],
    ['Could you tell me whether Alibaba invested in DeepSeek?', 'yesno'],
    ['Can Alibaba\'s chips replace Nvidia\'s?', 'yesno'],
  ] as const)('%s → %s', (question, span) => {
    expect(askedSpan(question)).toBe(span);
  });
});

describe('askedSpan: a provider asked with "who" is a company (class: who/谁 + provider noun)', () => {
  it.each(["Who is Anthropic's cloud provider?", 'Who ended up as the sole chip supplier?', '那最后是谁成了Anthropic唯一的云服务商?', '谁是腾讯的芯片供应商?', '腾讯的芯片供应商是谁?', 'Anthropic的云服务商是谁?', "Can you tell me who is Anthropic's cloud provider?"])('%s asks a name', (question) => {
    expect(askedSpan(question)).toBe('name');
  });

  it.each(['谁是阿里巴巴的CEO?', 'Who heads the company?', '谁是这家云服务商的创始人?', 'Who founded the provider?', "Who is the CEO of Anthropic's cloud provider?", "Who is the cloud provider's founder?", 'Who was the founder of the chip supplier?'])('%s still asks a person', (question) => {
    expect(askedSpan(question)).toBe('person');
  });
});

describe('withoutSourceReference: where the asker read it is not what they ask (class: "according to the … article")', () => {
  it.each([
    ["What's Microsoft's total investment in OpenAI, according to the cloud competition article?", /^What's Microsoft's total investment in OpenAI\s*\?$/],
    ['What did Microsoft announce, in the October 2025 piece?', /^What did Microsoft announce\s*\?$/],
    ['How many GPUs did Baidu order per the 2023 cloud-war story?', /^How many GPUs did Baidu order\s*\?$/],
    ['阿里在那篇2023年的文章里说了什么?', /^阿里\s*说了什么\?$/],
  ])('%s', (question, rest) => {
    expect(withoutSourceReference(question).trim()).toMatch(rest);
  });

  it.each([
    ["What was Tencent's capex in the Q4 2024 earnings report?", /in the Q4 2024 earnings report/],
    ['阿里在2024年第四季度财报里的营收是多少?', /2024年第四季度财报/],
    ['What is the market cap in the report on Alibaba?', /on Alibaba/],
    ['What did Tencent add in the new Yuanbao feature?', /new Yuanbao feature/],
    ['该公司在研究报告中提到了什么?', /^该公司/],
    ['What did Nvidia say in the Financial Times piece?', /^What did Nvidia say\s*\?$/],
  ])('%s keeps what is asked: %s', (question, kept) => {
    expect(withoutSourceReference(question).trim()).toMatch(kept);
  });
});

describe('askedFit: "what happened to …" asks what the passage says of its object (class: light verbs)', () => {
  it.each([
    ["What happened to Yuanbao's daily active users in March?", 'March 2025: Yuanbao’s daily active user count surged twentyfold versus February 2025.'],
    ["What became of Kaola's team in 2021?", 'In 2021, it was reported that the Kaola team had shrunk from more than 400 people to less than 20 people.'],
  ])('%s is stated by %s', (question, sentence) => {
    expect(fits(question, sentence)).toMatchObject({ holds: true, missing: [] });
  });

  it('still wants the month the question names', () => {
    expect(fits("What happened to Yuanbao's daily active users in April?", 'March 2025: Yuanbao’s daily active user count surged twentyfold versus February 2025.').missing).toContain('april');
  });
});

describe('askedFit: time counted from the conversation is not asked of the passage (class: "a couple of months later", 几个月后)', () => {
  it.each([
    ['And a couple of months later, what did Pony Ma decide about Yuanbao?', 'February 13, 2025: Pony Ma decided Tencent would fully support its chatbot Yuanbao and integrate DeepSeek’s R1 and V3 models.'],
    ['Two years earlier, what did Alibaba invest in YMTC?', 'YMTC is an integrated memory manufacturing company that Alibaba invested in 2022.'],
    ['Seven months later, what did Pony Ma decide about Yuanbao?', 'February 13, 2025: Pony Ma decided Tencent would fully support its chatbot Yuanbao and integrate DeepSeek’s R1 and V3 models.'],
    ['几个月后,马化腾对元宝做了什么决定?', '2025年2月13日,马化腾决定全力支持元宝并接入DeepSeek的R1和V3模型。'],
  ])('%s', (question, sentence) => {
    expect(fits(question, sentence).missing).toEqual([]);
  });

  it('reads no figure into the months counted (几个月后 …做了什么决定?), and keeps "year on year" as asked', () => {
    expect(askedSpan('几个月后,马化腾对元宝做了什么决定?')).not.toBe('figure');
    expect(withoutAsides('How much did revenue grow year on year?')).toContain('year on year');
    expect(withoutAsides('Ten days later, what did he say?')).not.toMatch(/days later/);
  });
});

describe('askedFit: one common word said otherwise, in a question asking a typed span (class: paraphrased which / who / when / figure)', () => {
  it.each([
    // "Apple's" chart said as "the iOS free app chart": the app, the rival and the rank are all there.
    ["Which Tencent app overtook ByteDance's Doubao to become No. 2 on Apple's free app chart?", 'Last week, Tencent Yuanbao surpassed ByteDance Doubao to rank second on the iOS free app chart, trailing only DeepSeek.'],
    // "ahead of" said as "trailing only": the chart, the app and the rank are all there.
    ['Which app was the only one ahead of Tencent Yuanbao on the iOS free chart?', 'Last week, Tencent Yuanbao surpassed ByteDance Doubao to rank second on the iOS free app chart, trailing only DeepSeek.'],
  ])('holds: %s', (question, sentence) => {
    const fit = fits(question, sentence);
    expect(fit.holds).toBe(true);
    expect(fit.missing.length).toBeLessThanOrEqual(1);
  });

  it('keeps the hedge when the one unsaid word carries much of the question (a rare word: what was asked)', () => {
    const fit = fits('Which company did Alibaba acquire for its chip unit in 2018?', 'In 2018 Alibaba bought C-Sky Microsystems for its chip business.');
    expect(fit).toMatchObject({ holds: false, missing: ['unit'] });
  });

  it('keeps the hedge when two words go unsaid', () => {
    const fit = fits('Which tech bosses sat with Liang Wenfeng at the symposium in February?', 'Liang Wenfeng, Pony Ma, and Jack Ma attended the entrepreneur symposium.');
    expect(fit.holds).toBe(false);
    expect(fit.missing.length).toBeGreaterThan(1);
  });

  it('keeps the hedge for a question that asks no typed span', () => {
    expect(askedSpan('What is the role of cloud in large model training?')).toBe('any');
    expect(fits('What is the role of cloud in large model training?', 'Cloud providers supply the computing power for large model training.')).toMatchObject({ holds: false, missing: ['role'] });
  });

  it('keeps the hedge when the question\'s one content word is the one unsaid', () => {
    expect(fits('Which firm did Tencent test?', 'Tencent has invested in Iluvatar CoreX.')).toMatchObject({ holds: false, missing: ['test'] });
  });
});

describe('askedFit: an aspect verb before the act and "back in <year>" are not asked of the passage (class: "start testing", "began using", "back in 2020")', () => {
  it.each([
    ['Whose chips did Tencent start testing on Tencent Cloud back in 2020?', 'Tencent began using Iluvatar CoreX chips for internal testing on Tencent Cloud in 2020.'],
    ['When did Tencent begin integrating DeepSeek into Yuanbao?', 'February 13, 2025: Pony Ma decided Tencent would fully support its chatbot Yuanbao and integrate DeepSeek’s R1 and V3 models.'],
  ])('%s', (question, sentence) => {
    const fit = fits(question, sentence);
    expect(fit.missing).not.toContain('start');
    expect(fit.missing).not.toContain('begin');
    expect(fit.missing).not.toContain('back');
    expect(fit.holds).toBe(true);
  });

  it('still asks the act itself, and "back" that is no date', () => {
    expect(fits('Whose chips did Tencent start selling in 2020?', 'Tencent began using Iluvatar CoreX chips for internal testing on Tencent Cloud in 2020.').holds).toBe(false);
    // "did Tencent back in 2023": "back" is the act asked (invest), kept and met by "invested".
    expect(fits('Which company did Tencent back in 2023?', 'Deep Lang Technology is an AI model company that Tencent invested in during 2023.')).toMatchObject({ holds: true, missing: [] });
    expect(fits('Which company did Tencent back in 2023?', 'Deep Lang Technology is an AI model company that Tencent worked with in 2023.').holds).toBe(false);
  });
});

describe('askedFit: the word "version" before a number is not asked of the passage, the number is (class: "version 1.6")', () => {
  it('holds when the passage gives the numbered version under its name', () => {
    expect(fits('And when did ByteDance ship version 1.6?', 'June 11, 2025: ByteDance launched Doubao 1.6.')).toMatchObject({ holds: true, missing: [] });
  });

  it('fails when the passage gives another version', () => {
    expect(fits('When was version 3.0 of Tongyi Qianwen released?', 'Alibaba Cloud released Tongyi Qianwen 2.0 on October 31.').holds).toBe(false);
  });
});

describe('askedFit: the act asked is never forgiven as paraphrase (class: an opposite verb)', () => {
  it.each([
    // "turn to" is the act: said as "ordered … from" it may be paraphrase, but an unsaid verb is never forgiven.
    ['Whose chips did Baidu turn to as an A100 replacement?', "In November, Reuters reported that Baidu ordered 1,600 Ascend 910B AI chips from Huawei for 200 servers, as a replacement for NVIDIA's A100."],
    ['Which company did Tencent sell its entire stake in during the fourth quarter of 2024 to fund AI chips?', 'Tencent bought its entire stake in the company during the fourth quarter of 2024 to fund AI chips.'],
    ['Who resigned as head of Alibaba Cloud intelligence unit in 2023?', 'Zhou Jingren was appointed as head of Alibaba Cloud intelligence unit in 2023.'],
  ])('%s', (question, sentence) => {
    expect(fits(question, sentence).holds).toBe(false);
  });
});

describe('askedFit: the kind a which-question names its answer by (app, unit, startup) is no word the passage must repeat', () => {
  it.each([
    ['Which AI startup did Tencent Cloud help cut its cloud costs by at least 20%?', 'According to Tencent Cloud VP Wei Wei, through Tencent Cloud\'s new-generation high-performance computing cluster HCC, MiniMax completed its technical infrastructure upgrade, reducing overall cloud costs by at least 20%.'],
    ['Which Alibaba unit develops the Hanguang 800 AI inference chip?', 'T-Head Semiconductor, Alibaba\'s chip design company, develops the Hanguang 800 AI inference chip.'],
    ['Which Tencent app overtook Doubao on the iOS free chart?', 'Tencent Yuanbao surpassed ByteDance Doubao to rank second on the iOS free chart.'],
  ])('%s', (question, sentence) => {
    const fit = fits(question, sentence);
    for (const kind of ['startup', 'unit', 'app']) expect(fit.missing).not.toContain(kind);
  });

  it.each([
    ["What did Alibaba's chip unit announce?", 'Alibaba announced a new chip.'],
    ['What is the unit price of the H20 servers?', 'The H20 servers cost 30 billion yuan in all.'],
  ])('%s: "unit" after a verb or determiner is content, not the kind asked', (question, sentence) => {
    expect(fits(question, sentence).missing).toContain('unit');
  });

  it('drops the head of any which-phrase ended by an auxiliary, and whose it is (class: "which chipmaker\'s products did …")', () => {
    const fit = fits("Which chipmaker's products did Tencent start testing internally on Tencent Cloud back in 2020?", 'Tencent began using Iluvatar CoreX chips for internal testing on Tencent Cloud in 2020.');
    expect(fit.missing).not.toContain('product');
    expect(fit.missing.some((term) => term.startsWith('chipmak'))).toBe(false);
    // The words after the auxiliary are still the passage's to say.
    expect(fits('Which chipmaker did Tencent acquire in 2020?', 'Tencent began using Iluvatar CoreX chips for internal testing in 2020.').holds).toBe(false);
  });
});

describe('askedFit: two light words said otherwise in a long question (class: paraphrased which, two gaps)', () => {
  it('says plainly a passage that holds the span and all but two light words of a question of six or more', () => {
    const fit = fits("Which cloud player boasted that more than 70% of China's large-model market are its customers?", 'Even the "dark horse" Volcanic Engine has boldly stated that over 70% of the domestic large model market consists of its clients.');
    expect(fit.missing).toHaveLength(2);
    expect(fit.holds).toBe(true);
  });

  it('keeps the hedge for two missing words in a short question, or when one of them carries the question', () => {
    expect(fits('Which tech bosses sat with Liang Wenfeng at the symposium in February?', 'Liang Wenfeng, Pony Ma, and Jack Ma attended the entrepreneur symposium.').holds).toBe(false);
    expect(fits('Which company did Alibaba acquire for its chip unit in 2015?', 'In 2018 Alibaba bought C-Sky Microsystems for its chip business.').holds).toBe(false);
  });
});

describe('askedFit: the titles someone holds, asked as such (class: "what other roles does X hold", "担任什么职务")', () => {
  const passage = 'Alibaba restructured its organizational hierarchy, appointing Zhou Jingren as CTO of Alibaba Cloud and head of DAMO Academy.';
  it.each(['What other roles does Zhou Jingren hold?', 'What positions does Zhou Jingren hold?', '周靖人同时还担任什么职务?'])('%s is stated by a passage giving his titles', (question) => {
    expect(fits(question, passage).holds).toBe(true);
  });

  it('is not stated by a passage naming him with no title', () => {
    expect(fits('What other roles does Zhou Jingren hold?', 'DAMO Academy launched the M6 multi-modal large model and Zhou Jingren began advocating internally for MaaS.').holds).toBe(false);
  });
});
