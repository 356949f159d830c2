import { describe, expect, it } from 'vitest';
import { createAliasTable } from './alias-table.js';

const aliases = createAliasTable();
const first = (text: string) => aliases.find(text)[0]?.id;

describe('the alias seed: the Chinese names a Chinese question uses for what the reports name in English', () => {
  it.each([
    ['云智能集团的营收占比', 'alibaba-cloud'],
    ['阿里云智能集团', 'alibaba-cloud'],
    ['阿里巴巴电商事业群的CEO', 'alibaba-ecommerce'],
    ['魔搭社区的模型', 'modelscope'],
    ['百炼平台', 'bailian'],
    ['中天微', 'c-sky'],
    ['达摩院', 'damo-academy'],
    ['千帆平台', 'qianfan'],
    ['大润发', 'rt-mart'],
    ['考拉被谁收购了', 'kaola'],
  ])('%s → %s (companies, units and products)', (text, id) => {
    expect(first(text)).toBe(id);
  });

  it.each([
    ['蒋凡', 'jiang-fan', 'Jiang Fan'],
    ['周靖人', 'zhou-jingren', 'Zhou Jingren'],
    ['梁汝波', 'liang-rubo', 'Liang Rubo'],
    ['王小川', 'wang-xiaochuan', 'Wang Xiaochuan'],
    ['李开复', 'lee-kai-fu', 'Lee Kai-Fu'],
  ])('%s is the person the reports write as %s in English', (chinese, id, english) => {
    expect(first(chinese)).toBe(id);
    expect(first(`appointing ${english} as CEO`)).toBe(id);
  });

  it('counts a unit, product or person under its company (ModelScope is Alibaba Cloud is Alibaba)', () => {
    expect(aliases.ids('魔搭社区')).toEqual(['modelscope', 'alibaba-cloud', 'alibaba']);
    expect(aliases.ids('Hanguang 800')).toEqual(['hanguang', 't-head', 'alibaba']);
  });

  it('marks customers, deal targets and sources as bystanders, never the companies the reports are about', () => {
    for (const id of ['weibo', 'china-unicom', 'rt-mart', 'xinhua', 'byd']) expect(aliases.get(id)?.bystander, id).toBe(true);
    for (const id of ['alibaba', 'alibaba-cloud', 'tencent', 'modelscope', 'unitree']) expect(aliases.get(id)?.bystander, id).toBeUndefined();
  });

  it('does not read generic words as names', () => {
    expect(aliases.find('这家公司的平台和社区')).toEqual([]);
    expect(aliases.find('a spark of interest in the honors list')).toEqual([]);
  });
});

describe('a name written as one word is found as people type it spaced', () => {
  it.each([
    ['How much has Deep Seek raised?', 'deepseek'],
    ['Who backs Mini Max?', 'minimax'],
    ['What is Byte Dance doing in AI?', 'bytedance'],
  ])('%s → %s', (text, id) => {
    expect(aliases.ids(text)).toContain(id);
  });

  it('does not read ordinary words that end in an acronym as a name ("open AI models")', () => {
    expect(aliases.ids('Which open AI models did Alibaba release?')).not.toContain('openai');
  });

  it('reads a spaced form only as a name is typed, every part capitalised ("we chat" is two words)', () => {
    expect(aliases.ids('Can we chat about Alibaba?')).not.toContain('wechat');
    expect(aliases.ids('What is the model scope of Qwen3?')).not.toContain('modelscope');
    expect(aliases.ids('Is Model Scope free?')).toContain('modelscope');
  });
});
