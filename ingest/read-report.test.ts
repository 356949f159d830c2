import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { BaogaoError } from '../core/index.js';
import { buildDocument } from './build-document.js';
import { readReport } from './read-report.js';
import { findDate } from './parse-date.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const failure = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('readers', () => {
  it('reads HTML blocks, drops scripts and navigation, and keeps the page metadata as hints', async () => {
    const html = `<html><head><title>T</title><meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-03-01T08:00:00Z"></head>
      <body><nav>Home · World</nav><h1>Baidu plans AI spending</h1><p>Baidu will invest 10 billion yuan.</p><script>var x = 1;</script><p>Second paragraph here.</p></body></html>`;
    const read = await readReport('a.html', bytes(html));
    const lines = read.lines.map((line) => line.trim()).filter(Boolean);
    expect(lines).toEqual(['Baidu plans AI spending', 'Baidu will invest 10 billion yuan.', 'Second paragraph here.']);
    expect(read.hints).toMatchObject({ publisher: 'Example News', date: '2025-03-01T08:00:00Z', title: 'T' });
    const built = await buildDocument('a.html', bytes(html));
    expect(built.document).toMatchObject({ title: 'Baidu plans AI spending', publisher: 'Example News', date: '2025-03-01' });
  });

  it('reads PDF text through pdf.js', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage();
    page.drawText('Tencent capex reached 36.578 billion yuan.', { x: 50, y: 700, size: 12, font });
    const read = await readReport('r.pdf', await pdf.save());
    expect(read.lines.join(' ')).toContain('Tencent capex reached 36.578 billion yuan.');
  });

  it('unwraps Markdown paragraphs and strips heading and list syntax', async () => {
    const read = await readReport('n.md', bytes('# Title here\n\nFirst line\ncontinues here.\n\n- item one\n'));
    expect(read.lines).toEqual(['Title here', 'First line continues here.', 'item one']);
  });

  it('refuses empty, binary, non-UTF-8, broken PDF and unknown files with unreadable_file', async () => {
    for (const [name, content] of [['e.txt', new Uint8Array()], ['b.txt', new Uint8Array([0x41, 0, 0x42])], ['l.txt', new Uint8Array([0xff, 0xfe, 0xfd])], ['x.pdf', bytes('not a pdf')], ['s.docx', bytes('x')], ['w.txt', bytes('   \n  ')]] as const) {
      const error = await failure(readReport(name, content));
      expect(BaogaoError.isInstance(error) && error.code, name).toBe('unreadable_file');
    }
  });
});

describe('findDate', () => {
  it.each([
    ['Published: Jun. 23, 2025  6:47 a.m.', '2025-06-23'],
    ['02/25 2025 355', '2025-02-25'],
    ['定焦One2025-10-09 10:34', '2025-10-09'],
    ['2024年7月6日', '2024-07-06'],
    ['23 June 2025', '2025-06-23'],
  ])('%s → %s', (text, iso) => expect(findDate(text)?.iso).toBe(iso));

  it('never completes a partial or impossible date', () => {
    for (const text of ['November 9th', 'August 31', '2025', '02/30 2025', '13/01 2025']) expect(findDate(text)).toBeUndefined();
  });
});
