import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../core/index.js';
import { askedAspects } from './aspect-terms.js';
import { aspectExpressed, hasPurposeInfinitive, openingPurpose, relationMatch, verbsOfReports } from './relation-cues.js';

const paragraphs = [
  'Alibaba and Tencent have prioritized AI as a key strategy, training models and lowering costs.',
  'Investors are planning new rounds; the company stopped renting chips.',
  'Startups plan to train models, rent chips and stop losses.',
].map((text, i) => ({ id: `p${i}`, docId: 'd', n: i, text } as unknown as Paragraph));
const verbs = verbsOfReports(paragraphs);
/** Verbs of set phrases, as reports that also write "illustrated", "putting", "summed" would give them. */
const withPhraseVerbs = new Set([...verbs, 'illustrate', 'put', 'clarify', 'sum', 'say', 'make']);

describe('verbsOfReports: a word the reports also inflect with -ed or -ing is a verb', () => {
  it('reads verbs from the reports (base and inflected form both written), doubled consonants included, and keeps the seed verbs', () => {
    for (const verb of ['prioritize', 'lower', 'train', 'plan', 'stop', 'rent', 'diversify']) expect(verbs.has(verb), verb).toBe(true);
    for (const noun of ['strategy', 'models', 'company']) expect(verbs.has(noun), noun).toBe(false);
  });
});

describe('hasPurposeInfinitive: "to" and a verb says what something was done for', () => {
  it.each([
    ['Tencent paused some training of its Hunyuan model to prioritize DeepSeek integration.', true],
    ['Cloud giants are adding services in three areas to lower the barriers for deployment.', true],
    ['Baidu ordered the chips in order to replace its Nvidia supply.', true],
  ])('finds it in %s', (sentence, expected) => expect(hasPurposeInfinitive(sentence, verbs)).toBe(expected));
  it.each([
    ['Alibaba plans to train a larger model next year.'],
    ['Unitree is expected to submit an IPO application.'],
    ['Tencent shifted its focus to profitability.'],
    ['Revenue rose to 39 billion yuan, according to the report.'],
    ['The company has become the largest provider.'],
  ])('not in %s (the act itself, or a preposition)', (sentence) => expect(hasPurposeInfinitive(sentence, verbs)).toBe(false));
});

describe('openingPurpose: a purpose put first, split from the main clause whose act it explains', () => {
  it.each([
    ['To quickly acquire the computing power necessary for training large models—while avoiding the high costs of building their own data centers—large model developers have turned to public cloud providers.', 'large model developers have turned to public cloud providers.'],
    ['To win over top-tier clients, cloud vendors must show they are irreplaceable.', 'cloud vendors must show they are irreplaceable.'],
    ['In order to lower costs, Alibaba trained smaller models.', 'Alibaba trained smaller models.'],
  ])('%s', (sentence, main) => expect(openingPurpose(sentence, verbs)?.main).toBe(main));
  it.each([
    ['To date, Alibaba has invested in six startups.'],
    ['To be sure, Tencent remains cautious.'],
    ['Tokens rose sharply, to 100 billion a day.'],
    ['Alibaba plans to train a larger model next year.'],
  ])('none in %s', (sentence) => expect(openingPurpose(sentence, verbs)).toBeUndefined());
  it.each([
    ['To make matters worse, Tencent cut its capital expenditure in the second quarter.'],
    ['To make a long story short, the deal collapsed after two months of talks.'],
    ['To this end, Alibaba set up a new model team in Hangzhou.'],
    ['To put it simply, cloud vendors must cut prices to keep their clients.'],
    ['To sum up, the tech giants are racing to build computing power.'],
    ['To put this in perspective, Alibaba spent more than Tencent on chips last year.'],
    ['To illustrate, ByteDance priced its model far below its rivals.'],
  ])('a set phrase states no aim: none in %s', (sentence) => expect(openingPurpose(sentence, withPhraseVerbs)).toBeUndefined());
  it.each([
    // Near misses: the same verbs opening a real aim stay purposes.
    ['To make its models cheaper, ByteDance cut prices by 99%.', 'ByteDance cut prices by 99%.'],
    ['To illustrate its lead in cloud computing, Alibaba published the figures.', 'Alibaba published the figures.'],
    ['To put more computing power online, Tencent rented chips from smaller clouds.', 'Tencent rented chips from smaller clouds.'],
  ])('an aim with a set phrase\'s verb is still one: %s', (sentence, main) => expect(openingPurpose(sentence, withPhraseVerbs)?.main).toBe(main));
});

describe('hasPurposeInfinitive: a set phrase after "to" is no purpose', () => {
  it.each([
    ['Chip supply was tight and to make matters worse prices rose sharply.'],
    ['Demand grew and to put it simply the chips ran out.'],
    ['Alibaba has invested in six startups to date.'],
    ['Tencent was cautious, to say the least.'],
  ])('none in %s', (sentence) => expect(hasPurposeInfinitive(sentence, withPhraseVerbs)).toBe(false));
  it.each([
    ['Alibaba hosted an event to clarify its plans for the cloud unit.'],
    ['ByteDance cut prices to make its models cheaper for developers.'],
  ])('still one in %s (a verb that can state an aim, used for one)', (sentence) => expect(hasPurposeInfinitive(sentence, withPhraseVerbs)).toBe(true));
});

describe('relationMatch: the sentence expresses the relation asked, beyond the aspect\'s own words', () => {
  it('a reason told as a purpose or with ", as this …", in English; 为了/从而 in Chinese', () => {
    const why = askedAspects('Why did Tencent pause some training of Hunyuan?');
    expect(relationMatch(why, 'Tencent paused some training of Hunyuan to prioritize DeepSeek integration.', verbs)).toBe(1);
    expect(relationMatch(why, 'Providers promote their clusters, as this represents the core competitive advantage.', verbs)).toBe(1);
    expect(relationMatch(askedAspects('腾讯为什么暂停训练？'), '腾讯暂停训练,是为了优先接入DeepSeek。', verbs)).toBe(1);
    expect(relationMatch(why, 'Tencent upgraded Hunyuan\'s TurboS model in May 2025.', verbs)).toBe(0);
  });
  it('a means: "by diversifying …", "enabled X to …", "leveraging …"', () => {
    const how = askedAspects('How are the tech giants adapting to evolving US export controls?');
    expect(how.map((aspect) => aspect.id)).toEqual(['method']);
    expect(relationMatch(how, 'The companies adapt by diversifying chip sources.', verbs)).toBe(1);
    expect(relationMatch(askedAspects('How has Alibaba Cloud attracted developers?'), 'Rapid iteration has enabled Alibaba Cloud to attract 15 million developers.', verbs)).toBe(1);
    expect(relationMatch(how, 'The US updated its export controls in October.', verbs)).toBe(0);
  });
  it('a change asked is not answered by a means alone ("How has Tencent reorganised?")', () => {
    const change = askedAspects('How has Tencent reorganised itself to push AI?');
    expect(relationMatch(change, 'Tencent leverages WeChat to integrate AI features.', verbs)).toBe(0);
    expect(relationMatch(change, 'Tencent completed an internal adjustment of products and teams.', verbs)).toBe(1);
  });
  it('"What competition does X face?" asks a risk, and competition answers it; a summary takes any sentence', () => {
    const face = askedAspects('What competition does Alibaba Cloud face?');
    expect(face.map((aspect) => aspect.id)).toEqual(['risk']);
    expect(relationMatch(face, 'Alibaba faces rising competition from Volcano Engine.', verbs)).toBe(1);
    expect(relationMatch(askedAspects('阿里云面临哪些竞争？'), '阿里云面临火山引擎的竞争。', verbs)).toBe(1);
    expect(relationMatch(askedAspects('Summarise the state of Zebra Network.'), 'Zebra Network is still in the red.', verbs)).toBe(0.5);
  });
  it('names the aspect the lead expresses, most specific first', () => {
    const aspects = askedAspects('How is Alibaba\'s strategy different from Tencent\'s?');
    expect(aspectExpressed(aspects, 'Alibaba builds an ecosystem, whereas Tencent leans on WeChat.', verbs)).toBe('difference');
  });
});

describe('words that describe the question\'s object do not ask an aspect of it', () => {
  const ids = (question: string) => askedAspects(question).map((aspect) => aspect.id);
  it('"different directions", "不同技术路线", "不断变化的管制" are objects; "differ", "有什么不同", "发生了哪些变化" ask', () => {
    expect(ids('Why does Alibaba back startups pursuing different technical directions?')).toEqual(['reason']);
    expect(ids('阿里巴巴为什么要投资不同技术路线的大模型公司？')).toEqual(['reason']);
    expect(ids('中国科技巨头如何应对美国不断变化的芯片出口管制？')).not.toContain('change');
    expect(ids('How does Baidu differ from Alibaba Cloud?')).toContain('difference');
    expect(ids('How is Alibaba different from Tencent?')).toContain('difference');
    expect(ids('腾讯和阿里巴巴的投资风格有什么不同？')).toContain('difference');
    expect(ids('阿里巴巴的AI战略和腾讯不同吗？')).toContain('difference');
    expect(ids('阿里巴巴的投资策略发生了哪些变化？')).toContain('change');
  });
  it('"How did X turn out?", "效果如何" ask an effect, answered by "not yielded", "a drag"', () => {
    const outcome = askedAspects('How did Alibaba\'s new retail investments turn out?');
    expect(outcome.map((aspect) => aspect.id)).toContain('impact');
    expect(relationMatch(outcome, 'These investments have not yielded substantial impacts.', verbs)).toBe(1);
    expect(relationMatch(askedAspects('新零售投资效果如何？'), 'The businesses became a drag on overall performance.', verbs)).toBe(1);
  });
  it('a change is answered by reforms and restructuring; a benefit by what it strengthens or makes up for; a reason by "Following …,"', () => {
    expect(relationMatch(askedAspects('What has Wu Yongming changed at Alibaba?'), 'Wu Yongming has implemented a series of drastic reforms within Alibaba.', verbs)).toBe(1);
    expect(relationMatch(askedAspects('What does Alibaba get out of these investments?'), 'Alibaba makes up for its shortcomings and strengthens its application capabilities.', verbs)).toBe(1);
    expect(relationMatch(askedAspects('Why did its market value surge?'), 'Following collaborations with Apple and key results, its market capitalization surged.', verbs)).toBe(1);
    expect(relationMatch(askedAspects('Why did its market value surge?'), 'The following companies are listed.', verbs)).toBe(0);
  });
});
