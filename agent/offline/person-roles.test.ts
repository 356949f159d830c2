import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { askedRole, roleFit, roleQuestion, rolesGiven, type RoleQuestion } from './person-roles.js';

const aliases = createAliasTable();

function rolesOf(sentence: string, name: string) {
  return rolesGiven(sentence, sentence.indexOf(name), name.length);
}

function bestFit(question: RoleQuestion, sentence: string, name: string): number {
  return Math.max(0, ...rolesOf(sentence, name).map((role) => roleFit(question, role, { text: sentence, subject: aliases.ids(sentence).some((id) => question.entities.includes(id)) ? 1 : 0 }, aliases)));
}

describe('askedRole: the role a question asks for, in English and Chinese', () => {
  it.each([
    ['Who founded DeepSeek?', 'founder'],
    ['Who is the chief executive of Alibaba Group?', 'ceo'],
    ['Which Tencent Cloud vice president spoke about MiniMax?', 'vice-president'],
    ["Who is Tencent's president?", 'president'],
    ['Who chairs Sinovation Ventures?', 'chairman'],
    ["Who heads Alibaba's e-commerce business group?", 'head'],
    ['腾讯的创始人是谁？', 'founder'],
    ['华为的轮值董事长是谁？', 'chairman'],
    ['阿里云的首席技术官是谁？', 'cto'],
  ])('%s → %s', (question, role) => {
    expect(askedRole(question)).toBe(role);
  });

  it('finds no role in a question that asks for none', () => {
    expect(askedRole('Who attended the symposium with Jack Ma?')).toBeUndefined();
  });
});

describe('rolesGiven: the roles a sentence gives a named person', () => {
  it.each([
    ['According to Xinhua, Alibaba Group CEO Wu Yongming announced the plan.', 'Wu Yongming', 'ceo', 'Alibaba Group CEO'],
    ['Qiu Yuepeng, Tencent Group Vice President, and President of Tencent Cloud, pointed out that clouds matter.', 'Qiu Yuepeng', 'president', 'President of Tencent Cloud'],
    ["The email announced the new group, appointing Jiang Fan as the group's CEO.", 'Jiang Fan', 'ceo', "as the group's CEO"],
    ['Wang Xingxing, the founder of Unitree, said revenue had reached one billion yuan.', 'Wang Xingxing', 'founder', 'the founder of Unitree'],
    ["Alibaba Cloud led the investment in '01.AI,' an AI company founded by Lee Kai-Fu, Chairman of Sinovation.", 'Lee Kai-Fu', 'founder', 'founded by'],
    ['2月,其创始人梁文锋成为全球炙手可热的AI创业者,腾讯创始人马化腾就坐在旁边。', '马化腾', 'founder', '腾讯创始人'],
  ])('%s', (sentence, name, role, phrase) => {
    const roles = rolesOf(sentence, name);
    expect(roles.map((given) => given.id)).toContain(role);
    expect(roles.find((given) => given.id === role)!.phrase).toContain(phrase);
  });

  it('ends an appositive at the next person named, and shares a role said of "both"', () => {
    const listed = 'Leaders including Xiang Liang, head of the Foundation team, Li Hang, director of the AI Lab, and Qiao Mu, head of the LLM team, moved.';
    const next = (name: string) => ({ index: listed.indexOf(name), length: name.length });
    expect(rolesGiven(listed, listed.indexOf('Xiang Liang'), 11, next('Li Hang')).map((role) => role.id)).toEqual(['head']);
    expect(rolesGiven(listed, listed.indexOf('Li Hang'), 7, next('Qiao Mu')).map((role) => role.id)).toEqual(['director']);
    const both = 'Wu Yonghui, a former Google expert, is now on par with Zhu Wenjia, both serving as heads of Seed.';
    expect(rolesGiven(both, 0, 10, { index: both.indexOf('Zhu Wenjia'), length: 10 }).map((role) => role.id)).toEqual(['head']);
  });

  it('gives no role to a person the sentence only mentions', () => {
    expect(rolesOf('Liang Wenfeng attended the symposium, seated next to Pony Ma.', 'Liang Wenfeng')).toEqual([]);
  });
});

describe('roleFit: the role holder of the organisation asked, not of a unit or another company', () => {
  it("prefers the group's own president to the president of its cloud unit", () => {
    const question = roleQuestion("Who is Tencent's president?", ['tencent'], aliases)!;
    const own = bestFit(question, 'May 2025: Tencent President Liu Chiping discussed an AI agent for WeChat.', 'Liu Chiping');
    const unit = bestFit(question, 'Qiu Yuepeng, Tencent Group Vice President, COO of Cloud and Smart Industries Group, and President of Tencent Cloud, pointed out that it matters.', 'Qiu Yuepeng');
    expect(own).toBeGreaterThan(unit);
  });

  it("prefers the group CEO to a unit's newly appointed CEO for the group's chief executive", () => {
    const question = roleQuestion('Who is the chief executive of Alibaba Group?', ['alibaba'], aliases)!;
    const group = bestFit(question, 'On February 24, Alibaba Group CEO Wu Yongming announced the plan.', 'Wu Yongming');
    const unitSentence = "Wu Yongming issued an email announcing the Alibaba E-commerce Business Group and appointing Jiang Fan as the group's CEO.";
    expect(group).toBeGreaterThan(bestFit(question, unitSentence, 'Jiang Fan'));
  });

  it("prefers the unit's appointee for who heads that unit", () => {
    // A unit the alias table does not know is matched by its words.
    const question = roleQuestion("Who heads Alibaba's local services business group?", ['alibaba'], aliases)!;
    expect(question.orgWords).toEqual(['local', 'services', 'business', 'group']);
    const group = bestFit(question, 'On February 24, Alibaba Group CEO Wu Yongming announced the plan.', 'Wu Yongming');
    const unitSentence = "Wu Yongming issued an email announcing the Alibaba Local Services Business Group and appointing Jiang Fan as the group's CEO.";
    expect(bestFit(question, unitSentence, 'Jiang Fan')).toBeGreaterThan(group);
    // One it knows (the E-commerce Business Group, 电商事业群) is an entity of its own, not loose words.
    expect(roleQuestion("Who heads Alibaba's e-commerce business group?", ['alibaba-ecommerce'], aliases)!.orgWords).toEqual([]);
  });

  it("a Chinese question's founder of Tencent is not DeepSeek's founder", () => {
    const question = roleQuestion('腾讯的创始人是谁？', ['tencent'], aliases)!;
    const sentence = '当月17日,梁文锋参加了座谈会,腾讯创始人马化腾就坐在梁文锋旁边,同场参会的还有阿里巴巴创始人马云';
    expect(bestFit(question, sentence, '马化腾')).toBe(1);
    expect(bestFit(question, sentence, '马云')).toBeLessThan(0.5);
  });

  it("reads 'its CTO' as the CTO of the company its paragraph is about", () => {
    const question = roleQuestion('Who is the CTO of Laiye Technology?', [], aliases)!;
    const paragraph = { text: 'Laiye Technology is an AI-powered digital employee company. Its CTO, Hu Yichuan, noted that agents matter.' };
    const sentence = 'Its CTO, Hu Yichuan, noted that agents matter.';
    const fit = Math.max(...rolesOf(sentence, 'Hu Yichuan').map((role) => roleFit(question, role, { text: sentence, subject: 0, paragraph }, aliases)));
    expect(fit).toBeGreaterThanOrEqual(0.6);
  });

  it('gives nothing for a different role', () => {
    const question = roleQuestion('Who is the CTO of Laiye Technology?', [], aliases)!;
    expect(bestFit(question, 'Robin Li, founder, chairman, and CEO of Baidu, pointed out that apps matter.', 'Robin Li')).toBe(0);
  });
});

describe('roleQuestion: how the post was taken, and when, are no words of the organisation (class: became / 出任 / 调整架构时)', () => {
  it.each([
    "Who became CEO of Alibaba's new e-commerce business group?",
    '阿里新成立的电商事业群由谁出任CEO?',
    '2020年阿里调整组织架构时,谁出任了阿里云CTO兼达摩院负责人?',
  ])('%s', (question) => {
    const asked = roleQuestion(question, aliases.ids(question), aliases)!;
    for (const word of ['became', 'appointed', 'established', 'founded', 'year', 'architecture']) expect(asked.orgWords).not.toContain(word);
  });

  it('keeps the organisation\'s own words', () => {
    expect(roleQuestion('Who heads the model applications team at ByteDance Seed?', ['bytedance'], aliases)!.orgWords).toEqual(expect.arrayContaining(['model', 'applications']));
    expect(roleQuestion('字节跳动人工智能实验室的负责人是谁?', ['bytedance'], aliases)!.orgWords.length).toBeGreaterThan(0);
  });
});
