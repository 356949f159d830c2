import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../agent/index.js';
import { abbreviatedCompanies, documentScope } from '../agent/document-scope.js';
import { understandQuestion } from '../agent/question-frame.js';
import type { ReportDocument } from '../core/index.js';
import { collectionAliases, createAliasTable, createMemoryStore, openIndex, type OpenIndex } from '../index/index.js';
import { readSnapshotFile } from '../index/snapshot-file.js';
import { buildDocument, detectMetadata, extractFactsForIngest, runIngest } from '../ingest/index.js';
import { documentIdentity } from '../ingest/document-identity.js';

// A second collection, written for these tests: three short filings and one news article.
const FILES: Record<string, string> = {
  'ACMETOOLS_2019_10K.md': [
    '# Acme Tools ACMETOOLS_2019_10K', '', 'Filing year: 2019', '', '## Page 40', '',
    'Acme Tools, Inc. and Subsidiaries', '', 'Fiscal Years Ended', '', 'January 28, 2019', '',
    'Acme Tools, Inc. reported net sales of $4,120 million for fiscal 2019, up 6% from the prior year.', '',
    'Capital expenditures were $310 million in fiscal 2019, mostly for new distribution centers.', '',
    'Acme Tools, Inc. opened 12 stores during the year.',
  ].join('\n'),
  'BIRCHFOODS_2022_10K.md': [
    '# Birch Foods BIRCHFOODS_2022_10K', '', 'Filing year: 2022', '', '## Page 12', '',
    'Birch Foods Corporation', 'Consolidated Statements of Cash Flows', 'At December 31', '',
    'Birch Foods Corporation spent $95 million on capital expenditures in 2022 to expand its bakeries.', '',
    'Net cash from operating activities was $410 million in 2022.',
  ].join('\n'),
  'BIRCHFOODS_2022_8K_dated-2022-05-20.md': [
    '# Birch Foods BIRCHFOODS_2022_8K_dated-2022-05-20', '', 'Filing year: 2022', '', '## Page 1', '',
    'Item 8.01 Other Events. On May 19, 2022, Birch Foods Corporation announced a dividend of $0.40 per share.',
  ].join('\n'),
  'market-news.md': [
    'Bread makers raise prices as wheat climbs', '', 'Published: March 3, 2023', '', 'Source: Grain Daily', '',
    'Wheat futures rose 14% in February, and several bakeries said they would raise prices.',
  ].join('\n'),
};

let dir: string;
let index: OpenIndex;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baogao-identity-'));
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, name), text);
  await runIngest({ reportsDir: dir, dataDir: join(dir, '.data'), store: createMemoryStore(), extractFacts: extractFactsForIngest });
  index = await openIndex(await readSnapshotFile(join(dir, '.data')));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const documentFrom = (source: string) => index.snapshot.documents.find((document) => document.source === source)!;

describe('document identity from the whole header', () => {
  it('reads company, type, fiscal year and period from title, file name and header fields; news has no company', () => {
    expect(documentFrom('ACMETOOLS_2019_10K.md')).toMatchObject({ title: 'Acme Tools ACMETOOLS_2019_10K', company: 'Acme Tools', docType: '10-K', fiscalYear: 2019, fiscalPeriod: 'FY', publisher: null });
    expect(documentFrom('BIRCHFOODS_2022_8K_dated-2022-05-20.md')).toMatchObject({ title: 'Birch Foods BIRCHFOODS_2022_8K_dated-2022-05-20', company: 'Birch Foods', docType: '8-K', fiscalYear: 2022, date: '2022-05-20' });
    expect(documentFrom('market-news.md')).toMatchObject({ company: null, docType: 'news article', publisher: 'Grain Daily', date: '2023-03-03', fiscalYear: null });
  });

  it('never makes a table heading ("At", "Fiscal Years Ended") a publisher, nor a date after a page heading a dateline', () => {
    const title = 'Quarterly results of Acme Tools';
    for (const lines of [[title, 'At December 31, 2022', 'Net sales rose.'], [title, 'Fiscal Years Ended January 28, 2023', 'Net sales rose.'], ['Fiscal Years Ended', 'January 28, 2023', title]]) {
      expect(detectMetadata(lines).publisher).toBeNull();
    }
    expect(detectMetadata(['Acme 10-K', 'Filing year: 2019', 'Page 3', 'January 28, 2019', 'Net sales rose.']).date).toBeNull();
    expect(detectMetadata(['Caixin', 'Two giants compete', 'Published: Jun. 23, 2025']).publisher).toBe('Caixin');
    expect([...detectMetadata(['Acme 10-K', 'Filing year: 2019', 'Company: Acme Tools Inc.']).fields]).toEqual([['filing year', '2019'], ['company', 'Acme Tools Inc.']]);
  });

  it('reads the period from the cover ("For the fiscal year ended …", "FY2018", quarters) and research notes by their wording', () => {
    const identity = (title: string, body = '', source = 'report.txt', fields = new Map<string, string>()) => documentIdentity({ title, source, fields, body, publisher: null, date: null });
    expect(identity('Annual Report on Form 10-K', 'Cedar Mining Corporation\nFor the fiscal year ended December 31, 2018')).toMatchObject({ company: 'Cedar Mining Corporation', docType: '10-K', fiscalYear: 2018, fiscalPeriod: 'FY', periodEnd: '2018-12-31' });
    expect(identity('Cedar Mining FY2021 Q3 earnings call')).toMatchObject({ company: 'Cedar Mining', docType: 'earnings call', fiscalYear: 2021, fiscalPeriod: 'Q3' });
    expect(identity('Cedar Mining: initiating coverage with a price target of $40')).toMatchObject({ company: null, docType: 'research note' });
    expect(identity('Alibaba to invest 380 billion yuan in AI over three years')).toMatchObject({ company: null, docType: null, fiscalYear: null });
  });
});

describe('entities learned from the collection', () => {
  it('adds each document company and legal names printed twice, the seed staying an overlay', () => {
    const ids = index.snapshot.aliases.map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining(['acme-tools', 'birch-foods', 'alibaba']));
    expect(index.aliases.get('acme-tools')!.names).toEqual(['Acme Tools', 'Acme Tools, Inc.']);
    expect(index.aliases.get('birch-foods')!.names).toEqual(['Birch Foods', 'Birch Foods Corporation']);
    expect(collectionAliases([{ company: 'Acme Tools' }], [], []).map((entry) => entry.id)).toEqual(['acme-tools']);
  });

  it('folds titles, headings and parents into the right entity instead of inventing one', () => {
    const texts = [
      'Wu Yongming, CEO of Alibaba Group, spoke. Later the CEO of Alibaba Group spoke again.',
      'Consolidated Statements Acme Tools, Inc. … Consolidated Statements Acme Tools, Inc.',
      'Acme Tools Finance, Inc. issued notes; Acme Tools Finance, Inc. guarantees them.',
      'The Company and the Company again; consolidated statements are consolidated.',
      'Cedar Mining Corporation said. Cedar Mining Corporation agreed.',
    ];
    const entries = collectionAliases([{ company: 'Acme Tools' }], texts);
    const table = createAliasTable(entries);
    expect(entries.some((entry) => /ceo/i.test(entry.id) || /^consolidated/.test(entry.id) || entry.id === 'company')).toBe(false);
    expect(table.get('acme-tools')!.names).toContain('Acme Tools, Inc.');
    expect(table.get('acme-tools-finance')).toMatchObject({ parent: 'acme-tools' });
    expect(table.ids('Cedar Mining agreed')).toEqual(['cedar-mining']);
  });

  it('gives a figure the document company when its sentence names no other', () => {
    const acme = index.snapshot.facts.filter((fact) => fact.docId === documentFrom('ACMETOOLS_2019_10K.md').docId);
    expect(acme.length).toBeGreaterThan(0);
    expect(acme.every((fact) => fact.entity === 'acme-tools')).toBe(true);
    const news = index.snapshot.facts.filter((fact) => fact.docId === documentFrom('market-news.md').docId);
    expect(news.every((fact) => fact.entity === null)).toBe(true);
  });

  it('builds the same documents for the same bytes (metadata is deterministic)', async () => {
    const first = await buildDocument('ACMETOOLS_2019_10K.md', new TextEncoder().encode(FILES['ACMETOOLS_2019_10K.md']!));
    expect(first.document).toMatchObject({ company: 'Acme Tools', fiscalYear: 2019 });
    expect(first.paragraphs.some((paragraph) => paragraph.text.includes('Filing year'))).toBe(false);
  });
});

describe("a question's company and year", () => {
  const scope = (text: string) => {
    const frame = understandQuestion(text, { aliases: index.aliases, documents: index.snapshot.documents });
    return documentScope(text, frame.entities, index.snapshot.documents, index.aliases);
  };
  const docOf = (name: string) => documentFrom(name).docId;

  it('pins the filing down by company, year, quarter and document type', () => {
    expect(scope('What were Acme Tools capital expenditures in FY2019?')).toMatchObject({ docIds: [docOf('ACMETOOLS_2019_10K.md')], yearMissing: false });
    expect(scope('What did Birch Foods spend on capital expenditures in 2022?')?.docIds).toEqual([docOf('BIRCHFOODS_2022_10K.md')]);
    expect(scope('What dividend did Birch Foods announce in its 2022 8-K?')?.docIds).toEqual([docOf('BIRCHFOODS_2022_8K_dated-2022-05-20.md')]);
    expect(scope('What were Acme Tools capital expenditures in FY2015?')).toMatchObject({ askedYears: [2015], haveYears: [2019], yearMissing: true });
    // A filing's comparative columns cover the two years before it.
    expect(scope('What were Acme Tools capital expenditures in FY2017?')).toMatchObject({ docIds: [docOf('ACMETOOLS_2019_10K.md')], yearMissing: false });
    expect(scope('How did wheat prices move?')).toBeUndefined();
    expect(scope('Compare Acme Tools and Birch Foods capital expenditures')).toBeUndefined();
  });

  it('reads FY22, Q22023 and "as of" years; leaves a question with no year unpinned; never hedges over a future year', () => {
    expect(scope('What was Acme Tools net sales in FY19?')?.docIds).toEqual([docOf('ACMETOOLS_2019_10K.md')]);
    expect(scope('What did Birch Foods spend in Q22022 on capital expenditures?')).toMatchObject({ askedYears: [2022], yearMissing: false });
    expect(scope('As of FY2019, how many stores did Acme Tools plan to open in 2026?')).toMatchObject({ docIds: [docOf('ACMETOOLS_2019_10K.md')], yearMissing: false });
    expect(scope('Does Birch Foods pay a dividend?')?.docIds.sort()).toEqual([docOf('BIRCHFOODS_2022_10K.md'), docOf('BIRCHFOODS_2022_8K_dated-2022-05-20.md')].sort());
  });

  it('knows a company by its abbreviation, hyphen-less spelling or name without the legal suffix', () => {
    const documents = [
      { company: 'JPMorgan', source: 'a.md' }, { company: 'American Express', source: 'b.md' }, { company: 'Johnson & Johnson', source: 'c.md' },
      { company: 'Coca-Cola', source: 'd.md' }, { company: 'AES Corporation', source: 'e.md' }, { company: 'American Water Works', source: 'f.md' },
    ].map((document, i) => ({ docId: `d${i}`, title: document.company, titleFromText: false, publisher: null, date: null, authors: [], truncated: false, lang: 'en' as const, contentHash: '', paragraphCount: 1, ...document }));
    const aliases = createAliasTable(collectionAliases(documents, []));
    expect(abbreviatedCompanies('What did JPM and AMEX earn? And JnJ?', documents, aliases).sort()).toEqual(['american-express', 'johnson-and-johnson', 'jpmorgan']);
    // "AWW" fits American Water Works only; "AM" is too short; "USA" fits no company; "Amex" has one capital.
    expect(abbreviatedCompanies('AWW, AM, USA and Amex', documents, aliases)).toEqual(['american-water-works']);
    expect(aliases.ids('Coca Cola and AES')).toEqual(['coca-cola', 'aes-corporation']);
  });

  it('answers from the company\u2019s own filing, and says so when the asked year is not in the reports', async () => {
    const ask = (question: string) => answer([{ role: 'user', content: question }], { index });
    const own = await ask('What were Acme Tools capital expenditures in fiscal 2019?');
    expect(own.citations.length).toBeGreaterThan(0);
    expect(own.citations.every((citation) => citation.docId === docOf('ACMETOOLS_2019_10K.md'))).toBe(true);
    const other = await ask('What were Acme Tools capital expenditures in fiscal 2015?');
    if (!other.refused) {
      expect(other.answer).toMatch(/^The reports have Acme Tools's 2019 filing, not its 2015 one/);
      expect(other.confidence).not.toBe('high');
    }
    const birch = await ask('How much did Birch Foods spend on capital expenditures in 2022?');
    expect(birch.citations.every((citation) => citation.docId.includes('birch'))).toBe(true);
  });

  it('searches a capitalised word that is no company instead of refusing it unseen', async () => {
    const frame = understandQuestion("Here's the question: what did Birch Foods spend on capital expenditures in 2022? Let's see", { aliases: index.aliases, documents: index.snapshot.documents });
    expect(frame.unknownNames).toEqual([]);
    const result = await answer([{ role: 'user', content: "Here's the question: how much did Birch Foods spend on capital expenditures in 2022?" }], { index });
    expect(result.answer).not.toMatch(/mention Here/);
    const unknown = await answer([{ role: 'user', content: "What was Dunmore Shipping's revenue in 2022?" }], { index });
    expect(unknown).toMatchObject({ refused: true });
    expect(unknown.answer).toMatch(/Dunmore Shipping/);
  });
});

describe('documents without the new fields', () => {
  it('scope ignores documents that name no company', () => {
    const bare = { docId: 'x', source: 'x.txt', title: 'x', titleFromText: false, publisher: null, date: null, authors: [], truncated: false, lang: 'en', contentHash: '', paragraphCount: 1 } satisfies ReportDocument;
    expect(documentScope('Acme Tools in 2019', ['acme-tools'], [bare], index.aliases)).toBeUndefined();
  });
});
