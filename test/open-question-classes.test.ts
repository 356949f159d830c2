/**
 * Open-question classes on the real reports (issue 11, fifth session), each asked in questions written for the
 * class, not taken from a dev set: a purpose put first answers why its main clause's act was done; everyday open
 * phrasings get explanations; a Chinese question answered plainly opens in Chinese words.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { splitSentences, type Answer } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { opensWithoutAnswer } from '../evals/score-answer.js';
import { CONTRAST_OPENING } from '../agent/offline/text-candidates.js';
import { loadCorpus } from './helpers/corpus.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const ask = (question: string) => answer([{ role: 'user', content: question }], { index });
const first = (result: Answer) => splitSentences(result.answer)[0]?.text ?? '';

describe('a purpose put first ("To quickly acquire …, developers turned to public clouds") answers why the main clause\'s act was done', () => {
  it.each([
    'Why do the large model startups run on public clouds rather than building their own data centers?',
    'Why have large model developers turned to the big public cloud providers?',
    'Why are model makers using public cloud computing instead of their own data centers?',
  ])('%s: said plainly, with the costs it avoids', async (question) => {
    const result = await ask(question);
    expect(opensWithoutAnswer(result.answer)).toBe(false);
    expect(first(result)).toMatch(/public cloud/i);
    expect(first(result)).toMatch(/cost/i);
  });

  it('is no reason for something the purpose clause alone repeats: "Why is computing a heavy burden …" is not answered plainly by it', async () => {
    const result = await ask('Why is computing power such a heavy burden for large model startups?');
    expect(!opensWithoutAnswer(result.answer) && /turned to major public cloud providers/.test(first(result))).toBe(false);
  });
});

describe('a Chinese why-question over an English passage that gives the reason is answered plainly, in a Chinese frame', () => {
  it.each([
    ['腾讯为什么向图灵引擎购买集群算力?', /export controls/],
    ['宇树科技明明盈利了,为啥还要融资?', /R & D costs/],
    ['为什么中国科技巨头这几年投资变得谨慎了?', /regulatory crackdown/],
  ])('%s', async (question, reason) => {
    const result = await ask(question);
    expect(opensWithoutAnswer(result.answer)).toBe(false);
    expect(result.answer).toMatch(/^报告提到的原因是/);
    expect(result.answer).toMatch(reason);
  });

  it('keeps a summary over English passages hedged (no reason or risk said in it to check), and a false premise unanswered plainly', async () => {
    expect(opensWithoutAnswer((await ask('帮我总结一下国内大模型创业公司融资的整体情况。')).answer)).toBe(true);
    // A false premise is never answered plainly: the reports' "intensifying its investments" corrects it.
    const cut = await ask('字节跳动为什么削减了AI投入？');
    expect(cut.answer).toMatch(/^报告并不支持/);
  });
});

describe('a question asked of each company in turn ("How did Tencent and ByteDance each …?") gets each company\'s own account', () => {
  it.each([
    'How did Tencent and ByteDance each reorganise their AI teams?',
    'How have Tencent and ByteDance respectively restructured their teams for AI?',
    '腾讯和字节跳动分别是怎么调整AI团队的?',
  ])('%s', async (question) => {
    const result = await ask(question);
    expect(opensWithoutAnswer(result.answer)).toBe(false);
    expect(result.answer).toMatch(/Tencent/);
    expect(result.answer).toMatch(/ByteDance/);
    expect(new Set(result.citations.map((citation) => citation.paragraphId)).size).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['How did Baidu and ByteDance each reorganise their AI teams?', /continue investing in AI infrastructure/],
    ['How did Alibaba and Tencent each reshuffle their AI teams?', /investment strategy has been significantly adjusted/],
    ['百度和字节跳动分别是怎么调整AI团队的?', /continue investing in AI infrastructure/],
    ['阿里巴巴和腾讯分别是怎么抢购GPU的?', /single clusters with up to 10,000 GPUs/],
  ])('%s: a company whose only sentence merely names it gets no side of its own', async (question, offTopic) => {
    const result = await ask(question);
    expect(result.answer).not.toMatch(/Taking each in turn/);
    expect(result.answer).not.toMatch(offTopic);
  });
});

describe("a person's view is answered with what that person said, said plainly", () => {
  it.each([
    ["What was Robin Li's take on where China's AI industry should be focusing?", /Robin Li/],
    ['What does Charlie Dai think about big tech investments in AI startups?', /Charlie Dai/],
    ["What is Wei Sun's view of Alibaba and Tencent?", /Wei Sun/],
  ])('%s', async (question, speaker) => {
    const result = await ask(question);
    expect(opensWithoutAnswer(result.answer)).toBe(false);
    expect(first(result)).toMatch(speaker);
    expect(result.grounded).toBe(true);
  });
});

describe('an open question asked after a polite lead-in is answered as the question proper would be', () => {
  it.each([
    ["I'd like to understand how the tech giants are adapting to US export controls.", /diversifying chip sources/],
    ['Could you tell me how the tech giants are adapting to US export controls?', /diversifying chip sources/],
    ['Could you tell me why Tencent rushed to buy GPUs?', /export rules/],
    ['能不能说说宇树科技为什么还要融资?', /R & D costs/],
  ])('%s', async (question, said) => {
    const result = await ask(question);
    expect(opensWithoutAnswer(result.answer)).toBe(false);
    expect(first(result)).toMatch(said);
  });
});

describe('a question about a qualitative side of a measure ("investment style") is never answered with a figure', () => {
  it.each(["What was Alibaba's investment style in the past?", "What is Tencent's investment philosophy?", '腾讯的投资风格是什么?'])('%s', async (question) => {
    const result = await ask(question);
    expect(first(result)).not.toMatch(/\d+(?:\.\d+)? (?:billion|million) yuan|\d+亿元/);
  });
});

describe('asked about a company that another sentence only compares with, its own sentence is quoted', () => {
  it('"那腾讯呢?" after Alibaba\'s investment style: Tencent\'s own style, not "Alibaba\'s … compared with Tencent\'s" alone', async () => {
    const result = await answer([
      { role: 'user', content: '阿里过去的投资风格是什么样的?' },
      { role: 'assistant', content: '阿里过去倾向于全资收购或持有大比例股份。' },
      { role: 'user', content: '那腾讯呢?' },
    ], { index });
    expect(result.citations.some((citation) => /Tencent only seeks symbiosis/.test(citation.quote))).toBe(true);
  });
});

describe('an English explanation never opens with a Chinese caption or sentence', () => {
  it.each(["What big-picture view of AI did Alibaba's CEO lay out at the 2025 Yunqi Conference?", 'Summarise how Tencent has been bringing AI into its apps.'])('%s', async (question) => {
    const result = await ask(question);
    expect(first(result)).not.toMatch(/\p{Script=Han}{4,}/u);
  });
});

describe('a question that asks only an aspect of a subject ("斑马网络面临哪些风险?") is answered in Chinese as in English', () => {
  it.each([
    ['What risks does Zebra Network face?', '斑马网络面临哪些风险?'],
    ['What problems does Zebra Network have?', '斑马网络存在哪些问题?'],
    ['How did T-Head come about?', '平头哥的由来是什么?'],
  ])('%s / %s: neither is refused, and both quote the subject', async (english, chinese) => {
    for (const question of [english, chinese]) {
      const result = await ask(question);
      expect(result.refused).toBe(false);
      expect(result.citations.some((citation) => /Zebra|T-Head/.test(citation.quote))).toBe(true);
    }
  });
});

describe('an origin question ("How did X come about?", "它是怎么来的?") is answered by how X was founded, formed or bought', () => {
  it.each([
    'How did T-Head come about?',
    'Where did T-Head Semiconductor come from?',
    'How was T-Head formed?',
  ])('%s', async (question) => {
    const result = await ask(question);
    expect(opensWithoutAnswer(result.answer)).toBe(false);
    expect(first(result)).toMatch(/acquired|establish/);
  });

  it('follows a pronoun to the company the conversation is about', async () => {
    const result = await answer([
      { role: 'user', content: '阿里巴巴的芯片设计公司叫什么?' },
      { role: 'assistant', content: '平头哥半导体。' },
      { role: 'user', content: '它是怎么来的?' },
    ], { index });
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.quote).toMatch(/establish T-Head/);
  });
});

describe('a list the report announces ("two approaches", "three aspects") answers a question of its kind with its items', () => {
  it.each([
    ['How are cloud providers coping with the shortage of GPUs?', /two approaches.*\[1\]: resource optimization.*\[2\]; and open sourcing.*\[3\]\./i],
    ["How has Alibaba's investment approach changed in the AI era?", /changing in three aspects \[1\]: from "e-commerce ecosystem construction" to "AI infrastructure positioning" \[2\]; from "independent investment" to "joint investment" \[3\]; and from "strong-handed integration" to "respecting independence" \[4\]\./],
    ['云厂商如何应对GPU供应紧张?', /^报告列出了两种做法:/],
    ['阿里巴巴在AI时代的投资策略发生了哪些变化?', /^报告列出了三个方面的变化:/],
  ])('%s', async (question, said) => {
    const result = await ask(question);
    expect(opensWithoutAnswer(result.answer)).toBe(false);
    expect(result.answer).toMatch(said);
  });

  it('is not used for a question about one item\'s own detail, or another kind of question', async () => {
    // "Why … decision-making power …" asks the reason inside one item's paragraph.
    expect((await ask('Why does Alibaba now leave decision-making power with the AI startups it invests in?')).answer).not.toMatch(/three aspects/);
    // "How did the restrictions affect …" asks an effect, not a way.
    expect((await ask('How did the US chip restrictions affect Alibaba Cloud?')).answer).not.toMatch(/two approaches/);
  });
});

describe('what became of something ("What happened to Kaola?", "考拉后来怎么样了?") is told, not refused or given one fact', () => {
  it.each(['What happened to Kaola?', 'What happened to Kaola after Alibaba bought it?', '考拉后来怎么样了?'])('%s', async (question) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/went downhill/);
  });

  it('leaves what became of a measure to its figure', async () => {
    expect((await ask("What happened to Tencent's capex in Q4 2024?")).answer).toMatch(/36\.578 billion yuan/);
  });
});

describe('an open question naming the report it asks about ("per Caixin", "in Zhidongxi\'s telling") is not declined as naming a stranger', () => {
  it.each([
    'How are the Chinese giants coping with US export controls on AI chips, per Caixin?',
    'According to Zhidongxi, how are cloud providers securing compute for large-model customers?',
  ])('%s', async (question) => {
    const text = (await answer([{ role: 'user', content: question }], { index })).answer;
    expect(text).not.toMatch(/^The reports don't (?:say|mention)/);
  });

  it('still declines an open question about a company no report names', async () => {
    const text = (await answer([{ role: 'user', content: 'How is Xiaomi coping with US export controls on AI chips?' }], { index })).answer;
    expect(text).toMatch(/^The reports don't/);
  });
});

describe('a sentence that names a company only by pointing back ("this chip company") says the name the sentence before gives', () => {
  it('writes the referent beside the words pointing back, and cites the sentence as written', async () => {
    const reply = await ask('Why did Alibaba set up T-Head Semiconductor?');
    expect(reply.answer).toMatch(/this chip company \(C-Sky Microsystems\)/);
    expect(reply.citations.length).toBeGreaterThan(0);
    for (const citation of reply.citations) expect(citation.quote).not.toMatch(/\(C-Sky Microsystems\)/);
  });
});

describe('a company named only in an open question\'s setting ("With Nvidia supply squeezed, …") is not its subject', () => {
  it.each([
    'With Nvidia supply squeezed, what routes are Chinese cloud providers taking to keep model developers supplied with compute?',
    'Amid tight Nvidia supply, what approaches are cloud providers taking to keep large model developers supplied?',
  ])('%s: answered from the cloud providers\' two approaches', async (question) => {
    const result = await ask(question);
    expect(opensWithoutAnswer(result.answer)).toBe(false);
    expect(first(result)).toMatch(/two approaches/);
  });

  it('keeps a setting\'s company that the main clause points back at ("With …, why did it …?")', async () => {
    const result = await ask('With Unitree profitable since 2020, why did it still raise money from Alibaba?');
    // Unitree stays the subject: its own reason is found, not declined for a stranger.
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/R ?& ?D|not short of money|profitable/i);
  });
});

describe('a reason the report tells over two sentences (class: the lead\'s next sentence carries the reason on)', () => {
  it('adds the next sentence of the lead\'s paragraph when it names no one else and shares a word with the question', async () => {
    const said = (await ask('Why is it easier now for a Chinese AI startup to take money from rival tech giants at the same time?')).answer;
    expect(said).toMatch(/exclusive agreements/);
    expect(said).toMatch(/antitrust/);
  });

  it('does not add a next sentence that shares no word with the question', async () => {
    // "… the most ideal carriers for large-model capabilities …" is followed by "the technological route is not yet clear".
    expect((await ask('Why is Alibaba pouring money into robot makers?')).answer).not.toMatch(/technological route is not yet clear/);
  });
});

describe('a sentence that turns to another point is no continuation of a reason, in either language', () => {
  it.each(['On the other hand, developers can build an app in five minutes.', 'However, the route is unclear.', '另一方面,开发者五分钟就能做出应用。', '但技术路线尚不清晰。', '然而前景仍不明朗。'])('%s turns', (sentence) => {
    expect(CONTRAST_OPENING.test(sentence)).toBe(true);
  });
  it.each(['In recent years, Beijing has tightened antitrust regulations.', 'Butterfly effects aside, the plan stands.', '近年来,北京收紧了反垄断监管。'])('%s goes on', (sentence) => {
    expect(CONTRAST_OPENING.test(sentence)).toBe(false);
  });
});
