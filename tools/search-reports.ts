/** @module search_reports: ranked report paragraphs for a question, in English or Chinese. */
import { z } from 'zod';
import { BaogaoError, type Paragraph, type ParagraphSource } from '../core/index.js';
import { snapshotLookups, type OpenIndex } from '../index/index.js';
import { resolveEntity } from './resolve-entity.js';
import { parseToolInput } from './tool-errors.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

/** The most paragraphs one search returns: enough for an open question's evidence, few enough to read. */
export const MAX_SEARCH_K = 20;
export const searchReportsInput = z.object({
  query: z.string().trim().min(1, 'query is empty').max(500).describe('What to look for, in English or Chinese. Company names and figures in either language match each other.'),
  k: z.number().int().min(1).max(MAX_SEARCH_K).default(5).describe('How many paragraphs to return'),
  entity: z.string().trim().min(1).optional().describe('Only paragraphs that mention this company or product (any language)'),
  docId: z.string().trim().min(1).optional().describe('Only paragraphs from this report'),
  dateFrom: isoDate.optional().describe('Only reports published on or after this date'),
  dateTo: isoDate.optional().describe('Only reports published on or before this date'),
  lang: z.enum(['en', 'zh']).optional().describe('Only paragraphs available in this language'),
  neighbours: z.number().int().min(0).max(3).default(0).describe('Also return this many paragraphs before and after each hit, for context'),
});
export type SearchReportsInput = z.input<typeof searchReportsInput>;

export interface FoundParagraph extends ParagraphSource {
  section: string | null;
  score: number;
  text: string;
  original?: string;
  neighbours?: { paragraphId: string; paragraph: number; text: string }[];
}

export async function searchReports(index: OpenIndex, rawInput: SearchReportsInput): Promise<{ results: FoundParagraph[] }> {
  const input = parseToolInput(searchReportsInput, rawInput);
  const { documents } = snapshotLookups(index.snapshot);
  if (input.docId && !documents.has(input.docId)) {
    throw new BaogaoError('not_found', { message: `No report with docId "${input.docId}"`, field: 'docId' });
  }
  const entity = input.entity ? resolveEntity(index.aliases, input.entity) : undefined;
  const hits = await index.searcher.search(input.query, {
    k: input.k,
    filter: {
      ...(input.docId ? { docId: input.docId } : {}),
      ...(entity ? { entities: [entity] } : {}),
      ...(input.lang ? { lang: input.lang } : {}),
      ...(input.dateFrom ? { dateFrom: input.dateFrom } : {}),
      ...(input.dateTo ? { dateTo: input.dateTo } : {}),
    },
  });
  const describe = (paragraph: Paragraph, score: number): FoundParagraph => {
    const document = documents.get(paragraph.docId);
    return {
      paragraphId: paragraph.id, docId: paragraph.docId, paragraph: paragraph.n, title: document?.title ?? paragraph.docId,
      publisher: document?.publisher ?? null, date: document?.date ?? null, section: paragraph.section, score: Number(score.toFixed(4)),
      text: paragraph.text, ...(paragraph.original ? { original: paragraph.original } : {}),
    };
  };
  return {
    results: hits.map(({ paragraph, score }) => ({
      ...describe(paragraph, score),
      ...(input.neighbours ? {
        neighbours: index.searcher.neighbours(paragraph.id, input.neighbours)
          .filter((neighbour) => neighbour.id !== paragraph.id)
          .map((neighbour) => ({ paragraphId: neighbour.id, paragraph: neighbour.n, text: neighbour.text })),
      } : {}),
    })),
  };
}
