import { describe, expect, it } from 'vitest';
import { chineseShares } from './chinese-shares.js';

describe('chineseShares: tenths and halves a Chinese question states', () => {
  it.each([
    ['云智能集团收入占阿里总收入三成左右', '30'],
    ['电商收入占两成', '20'],
    ['超过一半的收入来自电商', '50'],
    ['八成用户来自国内', '80'],
    ['已经过半', '50'],
  ])('%s', (text, value) => {
    const [share] = chineseShares(text);
    expect(share?.value).toBe(value);
    expect(share?.unit).toBe('percent');
    expect(text.slice(share!.index, share!.index + share!.text.length)).toBe(share!.text);
  });

  it.each(['成本下降', '公司成立于2015年', '三成员国', '一成不变', '统一成一个平台', '第一成功案例'])('%s states no share', (text) => {
    expect(chineseShares(text)).toEqual([]);
  });
});
