import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { askedMemberType, listHeadNoun, listOwner, modelsListed, namesHeadNoun, ownedBy, peopleListed, productsListed } from './list-members.js';

const aliases = createAliasTable();

describe('askedMemberType: members typed by the noun asked', () => {
  it.each([
    ['Which ByteDance technical leaders now report to Wu Yonghui?', 'people'],
    ['Which executives left Alibaba in 2024?', 'people'],
    ['字节跳动有哪些技术负责人改为向吴永辉汇报？', 'people'],
    ['Which DeepSeek models did Tencent integrate into Yuanbao?', 'models'],
    ['腾讯接入了哪些模型？', 'models'],
    ['Which large-model startups has Alibaba invested in?', 'things'],
    ['Which AI chips is the platform compatible with?', 'things'],
    ['阿里巴巴投资了哪些大模型初创公司？', 'things'],
  ])('%s → %s', (question, type) => {
    expect(askedMemberType(question)).toBe(type);
  });

  it('finds the head noun in either language', () => {
    expect(listHeadNoun('Which Tencent apps is Yuanbao advertising on?')).toBe('apps');
    expect(listHeadNoun('百度千帆平台兼容哪些AI芯片？')).toBe('AI芯片');
  });
});

describe('peopleListed: the people a sentence lists, not the one they relate to', () => {
  const sentence = 'Several leaders who previously reported to Zhu Wenjia, including Xiang Liang, head of the Foundation team, Li Hang, director of the AI Lab, and Qiao Mu, head of the LLM team, have shifted their reporting to Wu Yonghui.';

  it('in English', () => {
    expect(peopleListed(sentence, 'Which technical leaders now report to Wu Yonghui?', aliases)).toEqual(['Xiang Liang', 'Li Hang', 'Qiao Mu']);
  });

  it('in Chinese, where the question names the person in other script', () => {
    expect(peopleListed(sentence, '有哪些技术负责人改为向吴永辉汇报？', aliases)).toEqual(['Xiang Liang', 'Li Hang', 'Qiao Mu']);
  });
});

describe('modelsListed and the owner of a list', () => {
  it('reads versioned model names and leaves chips and quarters out', () => {
    expect(modelsListed('Pony Ma decided Tencent would integrate DeepSeek’s R1 and V3 models, trained on H20 chips in Q1.', 'Which DeepSeek models did Tencent integrate?', aliases)).toEqual(['R1', 'V3']);
    expect(modelsListed('ByteDance launched Doubao 1.6 and Alibaba released Qwen2.5-Max.', 'Which models were released?', aliases)).toEqual(['Doubao 1.6', 'Qwen2.5-Max']);
  });

  it('keeps another company’s products out of an owned list', () => {
    expect(listOwner('Which Tencent apps is Yuanbao advertising on?', aliases)).toBe('tencent');
    expect(listOwner('阿里巴巴投资了哪些大模型初创公司？', aliases)).toBeUndefined();
    expect(ownedBy('WeChat', 'tencent', aliases)).toBe(true);
    expect(ownedBy('QQ Music', 'tencent', aliases)).toBe(true);
    expect(ownedBy('ByteDance', 'tencent', aliases)).toBe(false);
  });

  it('names the kind of member asked only when the sentence does', () => {
    expect(namesHeadNoun('The platform is compatible with mainstream AI chips, including Kunlun Core and Ascend.', 'Which AI chips is it compatible with?')).toBe(true);
    expect(namesHeadNoun('Cloud providers including Huawei Cloud and Volcano Engine have clients.', '哪些手机厂商是阿里云的客户？')).toBe(false);
  });
});

describe('productsListed: offerings named as their makers\'', () => {
  it('takes "Alibaba Cloud\'s Bailian …" as Bailian, never the maker', async () => {
    const { openIndex } = await import('../../index/index.js');
    const { loadCorpus } = await import('../../test/helpers/corpus.js');
    const corpus = await openIndex((await loadCorpus()).snapshot);
    const products = productsListed("These include Alibaba Cloud's Bailian, Baidu Intelligent Cloud's Qianfan, Huawei Cloud's Ascend MindSpore, Tencent Cloud's TI Platform, and ByteDance's Volcano Engine Ark.", corpus.aliases);
    expect(products).toEqual(expect.arrayContaining(['Bailian', 'Qianfan', 'Ascend MindSpore', 'TI Platform', 'Volcano Engine Ark']));
    expect(products).not.toContain('Alibaba Cloud');
    expect(productsListed('Alibaba and Tencent are major investors.', corpus.aliases)).toEqual([]);
  });

  it('reads "platforms", "toolchains", "平台" as asking for products', () => {
    expect(askedMemberType('Which development platforms have the cloud giants rolled out?')).toBe('products');
    expect(askedMemberType('Which companies has Alibaba invested in?')).toBe('things');
  });
});

describe('listHeadNoun: the noun of a list asked with "List …", "What are … called?" or 分别叫什么', () => {
  it.each([
    ['List the large-model development platforms the major cloud vendors have launched.', 'platforms'],
    ["What are the big clouds' large-model development platforms called?", 'platforms'],
    ['各大云厂商的大模型开发平台分别叫什么?', '大模型开发平台'],
    ['Name some chips Huawei makes.', 'chips'],
    ['List all startups Alibaba backed.', 'startups'],
    ['Which DeepSeek models did Tencent integrate?', 'models'],
  ])('%s', (question, noun) => {
    expect(listHeadNoun(question)).toBe(noun);
  });
});
