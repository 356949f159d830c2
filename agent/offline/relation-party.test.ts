import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { askedPartyRelation, partiesInRelation, PARTY_RELATIONS } from './relation-party.js';

const aliases = createAliasTable();
const relation = (id: string) => PARTY_RELATIONS.find((entry) => entry.id === id)!;
const parties = (id: string, sentence: string, subjects: string[]) => partiesInRelation(relation(id), sentence, subjects, aliases).map((mention) => mention.id);

describe('askedPartyRelation', () => {
  it('reads the relation a who-question asks the party to, in English and Chinese', () => {
    expect(askedPartyRelation("Who led SiliconFlow's Series A round?")?.id).toBe('lead-investor');
    expect(askedPartyRelation('谁领投了百川智能的A轮融资?')?.id).toBe('lead-investor');
    expect(askedPartyRelation('Who has invested in MiniMax?')?.id).toBe('investor');
    expect(askedPartyRelation('Who backed Moonshot AI?')?.id).toBe('investor');
    expect(askedPartyRelation('谁投资了智谱?')?.id).toBe('investor');
    expect(askedPartyRelation('Which company acquired C-Sky Microsystems?')?.id).toBe('acquirer');
    expect(askedPartyRelation('哪家公司收购了网易考拉?')?.id).toBe('acquirer');
    expect(askedPartyRelation('Who partnered with SiliconFlow?')?.id).toBe('partner');
  });

  it('leaves role questions and questions about the other side alone (near misses)', () => {
    expect(askedPartyRelation("Who heads Alibaba's e-commerce business group?")).toBeUndefined();
    expect(askedPartyRelation("Who led Alibaba's cloud unit in 2023?")).toBeUndefined();
    expect(askedPartyRelation('Who did Alibaba invest in?')).toBeUndefined();
    expect(askedPartyRelation('Who has Tencent backed?')).toBeUndefined();
    expect(askedPartyRelation('How much did Alibaba invest in Zhipu?')).toBeUndefined();
    expect(askedPartyRelation('腾讯投资了哪家AI芯片公司?')).toBeUndefined();
    expect(askedPartyRelation('阿里巴巴收购了哪家芯片公司?')).toBeUndefined();
    expect(askedPartyRelation('硅基流动的A轮由谁领投?')?.id).toBe('lead-investor');
  });
});

describe('partiesInRelation: the party the relation words govern in the same clause', () => {
  it('reads the party after "by" in a passive, and after 由 in Chinese', () => {
    expect(parties('lead-investor', 'SiliconFlow, partnered with Alibaba Cloud, secured Series A funding led by Alibaba Cloud and joined the marketplace.', ['silicon-flow'])).toEqual(['alibaba-cloud']);
    expect(parties('lead-investor', "Moonshot AI's latest round was led by Tencent, with Alibaba joining.", ['moonshot-ai'])).toEqual(['tencent']);
    expect(parties('lead-investor', '硅基流动完成了由阿里云领投的A轮融资。', ['silicon-flow'])).toEqual(['alibaba-cloud']);
    expect(parties('investor', 'MiniMax is backed by Tencent and Alibaba.', ['minimax'])).toEqual(['tencent', 'alibaba']);
  });

  it('reads the names right before an active verb, with its object after it or before a relative pronoun', () => {
    expect(parties('investor', 'Alibaba and Tencent have both invested in Zhipu AI.', ['zhipu-ai'])).toEqual(['alibaba', 'tencent']);
    expect(parties('investor', 'Zhipu AI is one of the companies in which both Alibaba and Tencent have invested.', ['zhipu-ai'])).toEqual(['alibaba', 'tencent']);
    expect(parties('acquirer', 'In 2018 Alibaba acquired C-Sky Microsystems.', ['c-sky'])).toEqual(['alibaba']);
    expect(parties('investor', '腾讯投资了智谱。', ['zhipu-ai'])).toEqual(['tencent']);
  });

  it('finds no party where the asked one is the actor, the verb heads a team, or the verb acts on someone else', () => {
    expect(parties('investor', 'Zhipu AI invested in a robotics startup.', ['zhipu-ai'])).toEqual([]);
    expect(parties('lead-investor', 'A team led by Wu Yonghui trained the model for Zhipu AI.', ['zhipu-ai'])).toEqual([]);
    expect(parties('acquirer', 'Alibaba acquired C-Sky Microsystems and partnered with Zhipu AI.', ['zhipu-ai'])).toEqual([]);
    expect(parties('investor', 'Tencent invested in MiniMax; Zhipu AI raised money at home.', ['zhipu-ai'])).toEqual([]);
  });
});

describe('co-founders: the one asked beside the subject (class: "which carmaker did Alibaba set up Zebra Network with", "和哪家…一起发起")', () => {
  it('reads the relation in English and Chinese, the "did … with" form included', () => {
    expect(askedPartyRelation('Which carmaker did Alibaba set up Zebra Network with?')?.id).toBe('co-founder');
    expect(askedPartyRelation('Who did Alibaba jointly establish a smart computing company with?')?.id).toBe('co-founder');
    expect(askedPartyRelation('斑马网络是阿里和哪家车企一起发起的?')?.id).toBe('co-founder');
    // "with" asking no founding, and the object of an act, stay other questions.
    expect(askedPartyRelation('Who did Alibaba invest in?')).toBeUndefined();
  });

  it('finds the other founder, by passive and active verbs, only where every one asked is named', () => {
    const passive = 'Zebra Network, an intelligent cockpit enterprise jointly initiated by Alibaba and SAIC in 2015, is still deeply in the red.';
    expect(parties('co-founder', passive, ['zebra-network', 'alibaba'])).toEqual(['saic']);
    const active = 'For example, Alibaba and Hainan Huatie jointly build a computing power hub and jointly establish a smart computing company.';
    expect(parties('co-founder', active, ['alibaba'])).toEqual(['hainan-huatie']);
    // Zebra Network is not named: this founding is another one.
    expect(parties('co-founder', active, ['zebra-network', 'alibaba'])).toEqual([]);
  });
});
