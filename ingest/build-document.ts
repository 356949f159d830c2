/** @module One report file in, one document with its numbered paragraphs out. */
import { detectLang, sha256Hex, type Paragraph, type ReportDocument } from '../core/index.js';
import { capParagraphLength } from './cap-paragraph-length.js';
import { cleanLines, type CleanResult } from './clean-lines.js';

import { detectMetadata, publisherFromSelfReference } from './detect-metadata.js';
import { documentIdentity } from './document-identity.js';
import { makeDocId } from './doc-id.js';
import { pairBilingual } from './pair-bilingual.js';
import { readReport } from './read-report.js';
import { splitBlocks } from './split-blocks.js';

export interface BuiltDocument {
  document: ReportDocument;
  paragraphs: Paragraph[];
  /** The extracted text the paragraphs were cut from (the file itself for .txt). */
  sourceText: string;
  dropped: CleanResult['dropped'];
  pairs: number;
}

function firstSentence(text: string): string {
  const sentence = text.match(/^.*?[.!?。！？](?=\s|$)/)?.[0] ?? text;
  return sentence.length > 120 ? `${sentence.slice(0, 117)}…` : sentence;
}

export async function buildDocument(source: string, bytes: Uint8Array): Promise<BuiltDocument> {
  const contentHash = await sha256Hex(bytes);
  const read = await readReport(source, bytes);
  const cleaned = cleanLines(read.lines);
  const metadata = detectMetadata(cleaned.lines, read.hints);
  const contentLines = cleaned.lines.filter((_, index) => !metadata.consumed.has(index));
  const paired = pairBilingual(splitBlocks(contentLines));
  const { blocks, unpaired } = capParagraphLength(paired.blocks);
  const pairs = paired.pairs - unpaired;
  const body = blocks.map((block) => block.text).join('\n');
  const title = metadata.title ?? firstSentence(blocks[0]?.text ?? source);
  const publisher = metadata.publisher ?? publisherFromSelfReference(body);
  const identity = documentIdentity({ title, source, fields: metadata.fields, body, publisher, date: metadata.date });
  // A filing printed no dateline; the end of the period it covers is what "this year" means in it.
  const date = metadata.date ?? identity.periodEnd;
  const docId = makeDocId({ publisher, date, title });
  const paragraphs: Paragraph[] = blocks.map((block, index) => ({
    id: `${docId}#p${index + 1}`,
    docId,
    n: index + 1,
    section: block.section,
    sectionKind: block.sectionKind,
    text: block.text,
    lang: block.lang,
    ...(block.original ? { original: block.original } : {}),
    ...(block.backRefs ? { backRefs: block.backRefs } : {}),
    ...(block.table ? { table: block.table } : {}),
  }));
  const document: ReportDocument = {
    docId,
    source,
    title,
    titleFromText: metadata.title !== null,
    publisher,
    date,
    authors: metadata.authors,
    truncated: cleaned.truncated,
    lang: detectLang(body),
    contentHash,
    paragraphCount: paragraphs.length,
    company: identity.company,
    docType: identity.docType,
    fiscalYear: identity.fiscalYear,
    fiscalPeriod: identity.fiscalPeriod,
  };
  return { document, paragraphs, sourceText: read.lines.join('\n'), dropped: cleaned.dropped, pairs };
}
