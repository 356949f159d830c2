import { describe, expect, it } from 'vitest';
import { asResults } from './performance-question.js';

describe('asResults: how a business did over a period asks for its revenue and growth', () => {
  it.each([
    ['How did Taobao and Tmall do in Q4 2024?', "What were Taobao and Tmall's revenue and growth in Q4 2024?"],
    ["How did Alibaba's international business perform in the December quarter?", "What were Alibaba's international business's revenue and growth in the December quarter?"],
    ['How is Alibaba Cloud doing financially this year?', "What are Alibaba Cloud's revenue and growth this year?"],
    ['阿里国际业务2024年第四季度表现如何?', '阿里国际业务2024年第四季度的营收和增长是多少?'],
    ['淘天去年业绩怎么样?', '淘天去年的营收和增长是多少?'],
  ])('%s', (question, reworded) => {
    expect(asResults(question)).toBe(reworded);
  });

  it.each([
    'How did Kaola do after Alibaba bought it?',
    'How did Kaola do after Alibaba acquired it in 2019?',
    'How did Tencent do it in 2024?',
    'How did Alibaba fund Moonshot AI in 2024?',
    '阿里国际业务表现如何?',
    'What was Alibaba Cloud revenue in Q4 2024?',
  ])('leaves "%s" as it is (no period, another act, or already a figure question)', (question) => {
    expect(asResults(question)).toBe(question);
  });
});
