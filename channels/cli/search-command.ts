/** @module `npm run search -- "query" [--k 5] [--doc id] [--lang en|zh] [--json]` */
import { z } from 'zod';
import { BaogaoError, sourceLabel } from '../../core/index.js';
import { configFrom, openIndexFor, type CliIo } from './context.js';
import { parseFlags } from './options-error.js';
import { parseCommandLine } from './parse-command-line.js';

const optionsSchema = z.object({
  k: z.coerce.number().int().min(1).max(100).default(5),
  doc: z.string().optional(),
  lang: z.enum(['en', 'zh']).optional(),
  json: z.boolean().default(false),
});

export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { k: { type: 'string' }, doc: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } });
  const query = positionals.join(' ').trim();
  if (!query) throw new BaogaoError('invalid_input', { message: 'search needs a query: npm run search -- "Alibaba capex"', field: 'query' });
  const { k, doc, lang, json } = parseFlags(optionsSchema, values);
  const index = await openIndexFor(configFrom(io), io);
  const results = await index.searcher.search(query, { k, filter: { ...(doc ? { docId: doc } : {}), ...(lang ? { lang } : {}) } });
  const documents = new Map(index.snapshot.documents.map((document) => [document.docId, document]));
  if (json) {
    io.stdout(`${JSON.stringify(results.map(({ paragraph, score }) => ({ ...paragraph, score, publisher: documents.get(paragraph.docId)?.publisher ?? null, date: documents.get(paragraph.docId)?.date ?? null })), null, 2)}\n`);
    return 0;
  }
  if (!results.length) io.stdout(`No paragraph matches "${query}".\n`);
  for (const { paragraph, score } of results) {
    const document = documents.get(paragraph.docId);
    io.stdout(`${paragraph.id}  score ${score.toFixed(3)}  ${document ? sourceLabel(document, 'en', { brief: true }) : paragraph.docId}\n`);
    io.stdout(`  ${paragraph.text.replace(/\s+/g, ' ')}\n`);
    if (paragraph.original) io.stdout(`  ${paragraph.original.replace(/\s+/g, ' ')}\n`);
    io.stdout('\n');
  }
  return 0;
}
