import { describe, expect, it } from 'vitest';
import { isHeading } from './sentence-pool.js';

describe('isHeading', () => {
  it('takes captions, statement titles and section names for headings', () => {
    for (const line of [
      'Table of Contents 3M Company and Subsidiaries Consolidated Statement of Cash Flows Years ended December 31',
      'CONSOLIDATED STATEMENTS OF CASH FLOWS (In thousands)',
      'Acme Tools Annual Report on Form 10-K',
      'Total Stores at End of Second Quarter Acme',
      'Notes to the Consolidated Financial Statements',
    ]) expect(isHeading(line), line).toBe(true);
  });

  it('keeps sentences, headline-like claims with a full stop, short labels and Chinese', () => {
    for (const line of [
      'Capital expenditures were $310 million in fiscal 2019.',
      'Alibaba plans to invest 380 billion yuan in AI over three years',
      'Alibaba Cloud Revenue Grew 26%.',
      'Net Sales',
      '阿里巴巴 Qwen 模型发布',
    ]) expect(isHeading(line), line).toBe(false);
  });
});
