import { describe, expect, it } from 'vitest';
import { isGenericDescription } from './generic-descriptors.js';

describe('isGenericDescription', () => {
  it('takes words that describe a kind of company for no name, in Chinese and English', () => {
    for (const name of ['大型科技', '中国互联网', '云计算', '头部AI', '各大科技', '国内云', '大模型初创', 'Big Tech', 'Chinese Tech Giants', 'Cloud Providers', 'AI Startups']) {
      expect(isGenericDescription(name), name).toBe(true);
    }
  });

  it('keeps real names as names, even when they start with a descriptor', () => {
    for (const name of ['苹果', '特斯拉', '小米', '大疆', '新浪', '中国移动', 'Apple', 'Tesla', 'Big Bang Capital', 'Chinese Acme']) {
      expect(isGenericDescription(name), name).toBe(false);
    }
  });
});
