import { describe, expect, it } from 'vitest';
import { cleanLines } from './clean-lines.js';
import { markdownLines } from './read-text.js';
import { splitBlocks } from './split-blocks.js';

describe('lines around tables', () => {
  it('keeps Markdown table rows one a line and drops the |---| rule', () => {
    expect(markdownLines('Intro\nline two\n\n| | 2023 |\n|---|---:|\n| Net sales | 1,240 |\nAfter')).toEqual(['Intro line two', '| | 2023 |', '| Net sales | 1,240 |', 'After']);
  });

  it('does not glue a row label to figures pasted from a PDF, but still unwraps prose', () => {
    expect(markdownLines('Cash and cash equivalents\n$\n2,853\n$\n3,053\nMarketable securities current\n380')).toEqual(['Cash and cash equivalents', '$', '2,853', '$', '3,053', 'Marketable securities current', '380']);
    expect(markdownLines('Adjustments to reconcile net income\nprovided by operating activities')).toEqual(['Adjustments to reconcile net income provided by operating activities']);
  });

  it('keeps a "$" or "—" that holds a column\'s place, and drops one that does not', () => {
    expect(cleanLines(['Net income', '$', '5,363', '—', 'Text']).lines).toEqual(['Net income', '$', '5,363', '—', 'Text']);
    expect(cleanLines(['A paragraph.', '—', 'Another paragraph.']).lines).toEqual(['A paragraph.', 'Another paragraph.']);
  });

  it('keeps repeated figures and repeated row labels, which tables have', () => {
    const lines = ['Total assets $ 36,500 $ 37,987', 'Total liabilities and equity', '$ 36,500 $ 37,987', 'Total current liabilities', '7,244', 'Total current liabilities', '7,244'];
    expect(cleanLines(lines).lines).toEqual(lines);
    // Long lines of prose that repeat are still dropped.
    expect(cleanLines(['The same long sentence of prose.', 'The same long sentence of prose.']).lines).toHaveLength(1);
  });

  it('never names a section after a bare number or a row with figures', () => {
    const blocks = splitBlocks(['1,076', 'Accounts receivable net of allowances of $95 and $103 and other long words here', 'Inventories 4,911', 'A long paragraph that follows the short line above and is longer than it.']);
    expect(blocks.every((block) => block.section === null)).toBe(true);
    expect(blocks.map((block) => block.text)).toContain('1,076');
  });
});
