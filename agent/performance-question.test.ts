import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../index/index.js';
import { asResults } from './performance-question.js';

const aliases = createAliasTable();
const isBusiness = (phrase: string) => { const named = aliases.ids(phrase).map((id) => aliases.get(id)?.kind).filter((kind) => kind === 'company' || kind === 'product' || kind === 'person'); return named.length > 0 && named.every((kind) => kind === 'company'); };

describe('asResults: how a business did over a period asks for its revenue and growth', () => {
  it.each([
    ['How did Taobao and Tmall do in Q4 2024?', "What were Taobao and Tmall's revenue and growth in Q4 2024?"],
    ["How did Alibaba's international business perform in the December quarter?", "What were Alibaba's international business's revenue and growth in the December quarter?"],
    ['How is Alibaba Cloud doing financially this year?', "What are Alibaba Cloud's revenue and growth this year?"],
    ['阿里国际业务2024年第四季度表现如何?', '阿里国际业务2024年第四季度的营收和增长是多少?'],
    ['淘天去年业绩怎么样?', '淘天去年的营收和增长是多少?'],
  ])('%s', (question, reworded) => {
    expect(asResults(question, isBusiness)).toBe(reworded);
  });

  it.each([
    'How did Kaola do after Alibaba bought it?',
    'How did Kaola do after Alibaba acquired it in 2019?',
    'How did Tencent do it in 2024?',
    'How did Alibaba fund Moonshot AI in 2024?',
    'How did Yuanbao do in the App Store rankings in February 2025?',
    'How does Qwen3 perform compared with DeepSeek R1 in 2025?',
    "How did Alibaba's stock perform in 2024?",
    'How did the Chinese giants do in 2024?',
    '元宝2025年2月在App Store的表现如何?',
    '阿里国际业务表现如何?',
    'What was Alibaba Cloud revenue in Q4 2024?',
  ])('leaves "%s" as it is (no period, another act, not a business, or already a figure question)', (question) => {
    expect(asResults(question, isBusiness)).toBe(question);
  });
});
