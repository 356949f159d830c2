/** @module Numbers citations as an answer uses them; one number per paragraph and quote. */
import { BaogaoError, type Citation, type Paragraph, type ReportDocument } from '../core/index.js';

export interface CitationBook {
  /** The marker number for this quote of this paragraph; the quote must be verbatim in it. */
  cite(paragraphId: string, quote: string): number;
  list(): Citation[];
}

export function createCitationBook(paragraphs: ReadonlyMap<string, Paragraph>, documents: ReadonlyMap<string, ReportDocument>): CitationBook {
  const citations: Citation[] = [];
  return {
    cite(paragraphId, quote) {
      const paragraph = paragraphs.get(paragraphId);
      if (!paragraph) throw new BaogaoError('internal', { message: `citation to unknown paragraph ${paragraphId}` });
      if (!paragraph.text.includes(quote) && !paragraph.original?.includes(quote)) {
        throw new BaogaoError('internal', { message: `quote is not verbatim in ${paragraphId}: ${quote.slice(0, 60)}` });
      }
      const existing = citations.find((citation) => citation.paragraphId === paragraphId && (citation.quote.includes(quote) || quote.includes(citation.quote)));
      if (existing) {
        if (quote.length > existing.quote.length) existing.quote = quote;
        return existing.n;
      }
      const document = documents.get(paragraph.docId);
      const citation: Citation = {
        n: citations.length + 1, paragraphId, docId: paragraph.docId, paragraph: paragraph.n,
        title: document?.title ?? paragraph.docId, publisher: document?.publisher ?? null, date: document?.date ?? null, quote,
      };
      citations.push(citation);
      return citation.n;
    },
    list: () => citations.map((citation) => ({ ...citation })),
  };
}
