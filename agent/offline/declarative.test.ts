import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { asksToConfirm, dateStatement, multiWordNames, pastTense, personStatement, premiseOf } from './declarative.js';

const aliases = createAliasTable();
const names = (question: string) => multiWordNames(question, aliases);

describe('personStatement', () => {
  it('puts the name where the wh-word was', () => {
    expect(personStatement("Who heads Alibaba's e-commerce group?", 'Jiang Fan', 'en')).toBe("Jiang Fan heads Alibaba's e-commerce group");
    expect(personStatement('Who is the CEO of Tencent Cloud?', 'Qiu Yuepeng', 'en')).toBe('Qiu Yuepeng is the CEO of Tencent Cloud');
    expect(personStatement('阿里巴巴电商集团的负责人是谁?', '蒋凡', 'zh')).toBe('阿里巴巴电商集团的负责人是蒋凡');
  });

  it('rewrites "which <role noun>" and a preposition left at the end', () => {
    expect(personStatement('Which entrepreneur started DeepSeek?', 'Liang Wenfeng', 'en')).toBe('Liang Wenfeng started DeepSeek');
    expect(personStatement('Which investor led the round?', 'Sun Wei', 'en')).toBe('Sun Wei led the round');
    // A role noun after an auxiliary is no which-phrase's head: nothing is written with the person in its place.
    expect(personStatement("Which companies does Unitree's founder say it raised money from?", 'Wang Xingxing', 'en')).toBeUndefined();
    expect(personStatement("Who do the heads of ByteDance's Seed team report to?", 'Liang Rubo', 'en')).toBe("the heads of ByteDance's Seed team report to Liang Rubo");
    expect(personStatement('Who does the cloud unit answer to?', 'Eddie Wu', 'en')).toBe('the cloud unit answers to Eddie Wu');
    expect(personStatement('Who did the founders meet with?', 'Li Qiang', 'en')).toBe('the founders met with Li Qiang');
    // The word before the preposition may be the verb's object: the verb is where the subject ends.
    expect(personStatement('Who did Alibaba jointly establish a smart computing company with?', 'Hainan Huatie', 'en')).toBe('Alibaba jointly established a smart computing company with Hainan Huatie');
    expect(personStatement('Who was Liang Wenfeng sitting next to at that big February symposium?', 'Pony Ma', 'en')).toBe('Liang Wenfeng was sitting next to Pony Ma at that big February symposium');
    expect(personStatement('Who was he seated beside?', 'Pony Ma', 'en')).toBe('he was seated beside Pony Ma');
    expect(personStatement('Who is Tencent partnering with on the GPU centre?', 'Songjiang', 'en')).toBe('Tencent is partnering with Songjiang on the GPU centre');
    expect(personStatement('Who was DeepSeek founded by?', 'Liang Wenfeng', 'en')).toBe('DeepSeek was founded by Liang Wenfeng');
    // No subject of its own after the copula: the wh-word is the subject, as before.
    expect(personStatement('Who was appointed CTO of Alibaba Cloud?', 'Zhou Jingren', 'en')).toBe('Zhou Jingren was appointed CTO of Alibaba Cloud');
    expect(personStatement('Who is the CEO of Tencent Cloud?', 'Qiu Yuepeng', 'en')).toBe('Qiu Yuepeng is the CEO of Tencent Cloud');
  });

  it('puts the name after the verb of an object question', () => {
    expect(personStatement('Who did Alibaba appoint as CEO?', 'Jiang Fan', 'en')).toBe('Alibaba appointed Jiang Fan as CEO');
    expect(personStatement('Who did Alibaba appoint as CTO of Alibaba Cloud in 2020?', 'Zhou Jingren', 'en')).toBe('Alibaba appointed Zhou Jingren as CTO of Alibaba Cloud in 2020');
    expect(personStatement('Who does Tencent credit with the turnaround?', 'Pony Ma', 'en')).toBe('Tencent credits Pony Ma with the turnaround');
  });

  it('keeps the noun phrase of "which <modifiers> <person noun>"', () => {
    expect(personStatement('Which Counterpoint Research analyst commented on the deals?', 'Wei Sun', 'en')).toBe('Wei Sun is the Counterpoint Research analyst who commented on the deals');
    expect(personStatement('Which Tencent Cloud vice president spoke about MiniMax?', 'Wei Wei', 'en')).toBe('Wei Wei is the Tencent Cloud vice president who spoke about MiniMax');
    expect(personStatement('Which former Google expert joined ByteDance?', 'Wu Yonghui', 'en')).toBe('Wu Yonghui is the former Google expert who joined ByteDance');
  });

  it('keeps a multi-word name whole in a person question', () => {
    const which = 'Which Tongyi Qianwen engineer left for ByteDance?';
    expect(personStatement(which, 'Zhou Chang', 'en', names(which))).toBe('Zhou Chang is the Tongyi Qianwen engineer who left for ByteDance');
    const object = 'Who did Moonshot AI hire as its head of research?';
    expect(personStatement(object, 'Li Wei', 'en', names(object))).toBe('Moonshot AI hired Li Wei as its head of research');
    expect(personStatement('通义千问的负责人是谁?', '周靖人', 'zh', names('通义千问的负责人是谁?'))).toBe('通义千问的负责人是周靖人');
  });

  it('declines shapes it cannot rewrite safely', () => {
    expect(personStatement('Name the founder.', 'Liang Wenfeng', 'en')).toBeUndefined();
  });
});

describe('dateStatement', () => {
  it('inflects the verb and picks the preposition', () => {
    expect(dateStatement('When did Alibaba open-source Qwen?', 'August 2023', 'en')).toBe('Alibaba open-sourced Qwen in August 2023');
    // The question's tense: what is due ("does") is not said as done.
    expect(dateStatement('When does Baidu open-source the ERNIE 4.5 series?', 'June 30', 'en')).toBe('Baidu open-sources the ERNIE 4.5 series on June 30');
    // A preposition before "when" is the statement's own, unless the date carries one.
    expect(dateStatement('Since when has Unitree been profitable?', '2020', 'en')).toBe('Unitree has been profitable since 2020');
    expect(dateStatement('From when is ERNIE Bot free?', 'from April 1', 'en', ['ERNIE Bot'])).toBe('ERNIE Bot is free from April 1');
    expect(dateStatement('Since when has the company been profitable?', '2020', 'en')).toBeUndefined();
    // Two questions in one clause are no statement one date can complete.
    expect(dateStatement('When does Baidu open-source ERNIE 4.5, and from when is ERNIE Bot free?', 'June 30', 'en')).toBeUndefined();
    expect(personStatement('Who founded DeepSeek, and when did Alibaba invest in Unitree?', 'Liang Wenfeng', 'en')).toBeUndefined();
    expect(dateStatement('When did the founders meet the premier?', 'February 17, 2025', 'en')).toBe('the founders met the premier on February 17, 2025');
    expect(dateStatement('When was the group founded?', '2019', 'en')).toBe('the group was founded in 2019');
    expect(dateStatement('阿里巴巴什么时候开源了通义千问?', '2023年8月', 'zh')).toBe('阿里巴巴2023年8月开源了通义千问');
  });

  it('keeps what follows a passive participle', () => {
    expect(dateStatement('When was Wu Yongming appointed CEO of Alibaba Group?', 'September 2023', 'en')).toBe('Wu Yongming was appointed CEO of Alibaba Group in September 2023');
    expect(dateStatement('When was Zebra Network set up?', '2015', 'en')).toBe('Zebra Network was set up in 2015');
    expect(dateStatement('When was the Kaola.com app taken off the shelves?', 'March 2025', 'en')).toBe('the Kaola.com app was taken off the shelves in March 2025');
  });

  it('keeps a multi-word name of the alias table whole (its last word is not a participle)', () => {
    const launched = 'When was Tongyi Qianwen launched?';
    expect(names(launched)).toEqual(['Tongyi Qianwen']);
    expect(dateStatement(launched, 'April 2023', 'en', names(launched))).toBe('Tongyi Qianwen was launched in April 2023');
    const appointed = 'When was Zhou Jingren appointed CTO of Alibaba Cloud?';
    expect(dateStatement(appointed, '2020', 'en', names(appointed))).toBe('Zhou Jingren was appointed CTO of Alibaba Cloud in 2020');
    const year = 'In what year was Tongyi Qianwen released?';
    expect(dateStatement(year, '2023', 'en', names(year))).toBe('Tongyi Qianwen was released in 2023');
    const active = 'When did Tongyi Qianwen overtake its rivals?';
    expect(dateStatement(active, 'May 2024', 'en', names(active))).toBe('Tongyi Qianwen overtook its rivals in May 2024');
    // Chinese names are not split by spaces: the date goes where the cue was, as before.
    const chinese = '通义千问是什么时候发布的?';
    expect(dateStatement(chinese, '2023年4月', 'zh', names(chinese))).toBe('通义千问是2023年4月发布的');
  });

  it('leaves a question with no multi-word name as it was, and terms free to be reworded', () => {
    const plain = 'When was the group founded?';
    expect(names(plain)).toEqual([]);
    expect(dateStatement(plain, '2019', 'en', names(plain))).toBe('the group was founded in 2019');
    // "capital expenditure" is a term, not a name: never joined.
    expect(names('When did Tencent raise its capital expenditure?')).toEqual([]);
    expect(dateStatement('When did Tencent raise its capital expenditure?', '2024', 'en', names('When did Tencent raise its capital expenditure?'))).toBe('Tencent raised its capital expenditure in 2024');
  });

  it('reads "in what year" and "on what date" as "when"', () => {
    expect(dateStatement('In what year did Alibaba acquire C-Sky Microsystems?', '2018', 'en')).toBe('Alibaba acquired C-Sky Microsystems in 2018');
    expect(dateStatement('On what date did Wu Yongming announce the plan?', 'February 24, 2025', 'en')).toBe('Wu Yongming announced the plan on February 24, 2025');
    expect(dateStatement('What year was the lab founded?', '2020', 'en')).toBe('the lab was founded in 2020');
  });

  it('knows common irregular verbs', () => {
    expect(['buy', 'lead', 'meet', 'announce', 'supply'].map(pastTense)).toEqual(['bought', 'led', 'met', 'announced', 'supplied']);
    expect(['overtake', 'outsell', 'undergo', 'withhold', 'overspend'].map(pastTense)).toEqual(['overtook', 'outsold', 'underwent', 'withheld', 'overspent']);
    // A word that merely starts like a prefix stays regular.
    expect(['outline', 'overhaul', 'mislabel'].map(pastTense)).toEqual(['outlined', 'overhauled', 'mislabeled']);
  });

  it('inflects a phrasal verb\'s verb, not its particle', () => {
    expect(['shake up', 'pull back', 'take over', 'set up', 'step up'].map(pastTense)).toEqual(['shook up', 'pulled back', 'took over', 'set up', 'stepped up']);
    expect(premiseOf("Why did DeepSeek's breakthrough shake up the AI race?", 'en')).toBe("DeepSeek's breakthrough shook up the AI race");
    // After an adverb ("first"), the verb is still the word before the particle, never the particle.
    expect(dateStatement('When did Tongyi Qianwen first come out?', 'April 2023', 'en')).toMatch(/first came out in April 2023/);
    expect(premiseOf('Why did Tencent first set up Yuanbao?', 'en')).toBe('Tencent first set up Yuanbao');
  });

  it('doubles the last consonant of verbs stressed at the end, and only of those', () => {
    expect(['commit', 'submit', 'plan', 'stop', 'drop'].map(pastTense)).toEqual(['committed', 'submitted', 'planned', 'stopped', 'dropped']);
    expect(['visit', 'open', 'invest', 'launch'].map(pastTense)).toEqual(['visited', 'opened', 'invested', 'launched']);
  });
});

describe('premiseOf: what a question takes for granted', () => {
  it.each([
    ["Why did Alibaba's headcount grow during 2024?", "Alibaba's headcount grew during 2024"],
    ["Why did Tencent's cloud unit cut prices last year?", "Tencent's cloud unit cut prices last year"],
    ['Given that Unitree has never turned a profit, why did it take money from Alibaba?', 'Unitree has never turned a profit'],
    ['Since Zebra Network is profitable, why is it listing?', 'Zebra Network is profitable'],
    // A how-question about an act takes the act for granted as a why does; "how much/many" asks a figure.
    ['How did Meituan cut its R&D expenditure in Q2?', 'Meituan cut its R&D expenditure in Q2'],
    ["How has Alibaba's headcount grown during 2024?", "Alibaba's headcount has grown during 2024"],
    ["How come Tencent's capex dropped in Q4 2024?", "Tencent's capex dropped in Q4 2024"],
  ])('%s', (question, premise) => {
    expect(premiseOf(question, 'en')).toBe(premise);
  });

  it('reads a Chinese premise before 为什么', () => {
    expect(premiseOf('既然宇树一直亏损，为什么还要融资？', 'zh')).toBe('宇树一直亏损');
    expect(premiseOf('为什么阿里巴巴的员工人数增加了？', 'zh')).toBe('阿里巴巴的员工人数增加了');
  });

  it('reads a Chinese premise around 为什么 in the middle of the question', () => {
    expect(premiseOf('腾讯第四季度的资本开支为什么下降？', 'zh')).toBe('腾讯第四季度的资本开支下降');
    expect(premiseOf('阿里巴巴为什么在2023年投资了长江存储？', 'zh')).toBe('阿里巴巴在2023年投资了长江存储');
    expect(premiseOf('字节跳动CEO张一鸣为什么要调整团队？', 'zh')).toBe('字节跳动CEO张一鸣要调整团队');
  });

  it('keeps a title before a name in the subject, not as its verb', () => {
    expect(premiseOf('Why did Tencent founder Pony Ma attend the symposium?', 'en')).toBe('Tencent founder Pony Ma attended the symposium');
    expect(premiseOf('Why did Huawei rotating chairman Xu Zhijun attend the launch?', 'en')).toBe('Huawei rotating chairman Xu Zhijun attended the launch');
    expect(premiseOf('Why did Huawei CEO Xu Zhijun attend the launch?', 'en')).toBe('Huawei CEO Xu Zhijun attended the launch');
  });

  it('finds no Chinese claim in a clause that asks', () => {
    expect(premiseOf('阿里投了多少钱,占多少股份?', 'zh')).toBeUndefined();
    expect(premiseOf('谁领投了月之暗面吧?', 'zh')).toBeUndefined();
  });

  it('finds none in a question that assumes nothing', () => {
    expect(premiseOf('How much did Alibaba invest in Moonshot AI?', 'en')).toBeUndefined();
    expect(premiseOf('Who heads Alibaba Cloud?', 'en')).toBeUndefined();
  });
});

describe('premiseOf: a statement put up for confirmation', () => {
  it.each([
    ['Is it true that Alibaba added about 25,000 employees during 2024?', 'en', 'Alibaba added about 25,000 employees during 2024'],
    ['Did Alibaba invest in Zhipu AI in 2020?', 'en', 'Alibaba invested in Zhipu AI in 2020'],
    ['Did Unitree only become profitable after Alibaba invested?', 'en', 'Unitree only became profitable after Alibaba invested'],
    ["Tencent's capex fell in Q4 2024, right?", 'en', "Tencent's capex fell in Q4 2024"],
    ['After Alibaba paid $20 billion for Kaola, why did it decline?', 'en', 'Alibaba paid $20 billion for Kaola'],
    ['腾讯元宝是不是已经冲到iOS免费榜第一了?', 'zh', '腾讯元宝已经冲到iOS免费榜第一了'],
    ['宇树科技是否在阿里投资之后才盈利?', 'zh', '宇树科技在阿里投资之后才盈利'],
    ['腾讯的资本开支下降了吗?', 'zh', '腾讯的资本开支下降了'],
    ['宇树一直亏损吧?', 'zh', '宇树一直亏损'],
    ['宇树科技多年亏损,所以才急着拉阿里入股吧?', 'zh', '宇树科技多年亏损'],
    ['宇树多年亏损,阿里还投它,图什么?', 'zh', '宇树多年亏损'],
    // A Chinese statement with a confirming tag after it (class: …,对吧 / 是吗 / 对不对).
    ['黄仁勋说DeepSeek需要的算力少了100倍,对吧?', 'zh', '黄仁勋说DeepSeek需要的算力少了100倍'],
    ['腾讯的资本开支下降了,是吗?', 'zh', '腾讯的资本开支下降了'],
    ['阿里投了智谱,对不对?', 'zh', '阿里投了智谱'],
  ])('%s', (question, lang, premise) => {
    expect(premiseOf(question, lang as 'en' | 'zh')).toBe(premise);
  });

  it('finds none where the question asks which, not whether', () => {
    expect(premiseOf('Did Alibaba or Tencent invest more in Zhipu AI?', 'en')).toBeUndefined();
    expect(premiseOf('Did Alibaba invest what in Zhipu?', 'en')).toBeUndefined();
    expect(premiseOf('腾讯投资了多少吗?', 'zh')).toBeUndefined();
  });
});

describe('asksToConfirm', () => {
  it.each([
    'Is it true that Alibaba added 25,000 employees?', 'Did Tencent cut its capex?', "Tencent's capex fell, right?",
    '腾讯元宝是不是已经冲到第一了?', '阿里是否投资了智谱?', '宇树已经盈利了吗?',
  ])('%s asks to confirm', (question) => expect(asksToConfirm(question)).toBe(true));

  it.each([
    'Why did Tencent cut its capex?', 'How much did Alibaba invest?', 'Did Alibaba or Tencent invest more?',
    '腾讯为什么削减资本开支?', '阿里投资了多少吗?', '阿里还是腾讯投资更多?',
  ])('%s does not', (question) => expect(asksToConfirm(question)).toBe(false));
});

describe('statements from a question asked after a polite lead-in', () => {
  it('words the question proper, not the lead-in', () => {
    expect(personStatement("Could you tell me who heads Alibaba's e-commerce group?", 'Jiang Fan', 'en')).toBe("Jiang Fan heads Alibaba's e-commerce group");
    expect(dateStatement('Can you tell me when Alibaba open-sourced Qwen?', 'February 2024', 'en')).toBe('Alibaba open-sourced Qwen in February 2024');
    expect(dateStatement("I'd like to know when did Tencent partner with Songjiang?", 'November 9', 'en')).toBe('Tencent partnered with Songjiang on November 9');
  });
});

describe('review fixes: dateStatement and personStatement shapes', () => {
  it('takes the subject up to "been", and gives up where a subject after "is" does not end plainly', () => {
    expect(dateStatement('Since when has Unitree Robotics been profitable?', '2020', 'en')).toBe('Unitree Robotics has been profitable since 2020');
    expect(dateStatement("Since when has Alibaba's cloud unit been profitable?", '2020', 'en')).toBe("Alibaba's cloud unit has been profitable since 2020");
    expect(dateStatement("Since when is Alibaba's cloud unit profitable?", '2020', 'en')).toBeUndefined();
  });

  it('reads a relative "which" after a comma as no second question', () => {
    expect(personStatement('Who led the round, which valued Moonshot at $3 billion?', 'Jane Doe', 'en')).toBe('Jane Doe led the round, which valued Moonshot at $3 billion');
  });
});

describe('premiseOf: the statement a question builds on, worded back (ninth session)', () => {
  it.each([
    ["Why did Meituan's R&D spending drop in Q2?", "Meituan's R&D spending dropped in Q2"],
    ['Why did AI-optimized product conversion fall 52% at Alibaba?', 'AI-optimized product conversion fell 52% at Alibaba'],
    ["Why did Alibaba's generative AI tools cut B2B product conversion by 52%?", "Alibaba's generative AI tools cut B2B product conversion by 52%"],
    ["Unitree has been loss-making for years — is that why it needed Alibaba's money?", 'Unitree has been loss-making for years'],
    ['Unitree keeps losing money, so why did Alibaba invest?', 'Unitree keeps losing money'],
    ['Why has Unitree been loss-making for years?', 'Unitree has been loss-making for years'],
    ['Why is Alibaba cutting staff?', 'Alibaba is cutting staff'],
  ])('%s', (question, premise) => {
    expect(premiseOf(question, 'en')).toBe(premise);
  });

  it('takes no topic put first for a statement', () => {
    expect(premiseOf("Alibaba's AI spending, why is it so high?", 'en')).toBeUndefined();
  });
});

describe('premiseOf: a hyphenated participle is the verb, a hyphenated adjective is not', () => {
  it.each([
    ['Why was Tongyi Qianwen 2.0 open-sourced so early?', 'Tongyi Qianwen 2.0 was open-sourced so early'],
    ['Why are Chinese cloud-based firms investing so heavily?', 'Chinese cloud-based firms are investing so heavily'],
    ['Why are Alibaba-backed startups raising more money?', 'Alibaba-backed startups are raising more money'],
  ])('%s', (question, premise) => {
    expect(premiseOf(question, 'en', [])).toBe(premise);
  });
});

describe('premiseOf: a Chinese supposition or request claims nothing', () => {
  it.each(['如果腾讯2024年第四季度资本开支下降,会怎么样?', '假如阿里国际业务收入减少,影响大吗?', '介绍一下腾讯资本开支增长的情况吧', '按市场预期,阿里今年会投多少?'])('%s', (question) => {
    expect(premiseOf(question, 'zh')).toBeUndefined();
  });
});
