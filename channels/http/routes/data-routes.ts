/** @module Read-only data: search, facts, reports, one paragraph, and any tool by name. */
import type { OpenAPIHono} from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { BaogaoError } from '../../../core/index.js';
import { capexCalculator, lookupFacts, searchReports } from '../../../tools/index.js';
import type { AppDeps } from '../app-deps.js';
import { ErrorSchema, FactsQuerySchema, SearchQuerySchema, ToolParamsSchema } from '../schemas.js';

const ok = (description: string) => ({ 200: { description, content: { 'application/json': { schema: z.object({}).passthrough() } } }, 400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } } });

const searchRoute = createRoute({ method: 'get', path: '/api/search', tags: ['data'], summary: 'Search report paragraphs (English or Chinese)', request: { query: SearchQuerySchema }, responses: ok('Ranked paragraphs') });
const factsRoute = createRoute({ method: 'get', path: '/api/facts', tags: ['data'], summary: 'Look up facts; conflicting figures are listed', request: { query: FactsQuerySchema }, responses: ok('Facts and conflicts') });
const reportsRoute = createRoute({ method: 'get', path: '/api/reports', tags: ['data'], summary: 'The reports in the collection', responses: ok('Reports') });
const paragraphRoute = createRoute({
  method: 'get', path: '/api/paragraphs/{id}', tags: ['data'], summary: 'One paragraph, for showing a citation in context',
  request: { params: z.object({ id: z.string().min(3).max(300).openapi({ example: 'caixin-2025-06-23-latest-cover-story-two-giants-compete#p59' }) }) },
  responses: { ...ok('The paragraph'), 404: { description: 'No such paragraph', content: { 'application/json': { schema: ErrorSchema } } } },
});
const toolRoute = createRoute({
  method: 'post', path: '/api/tools/{name}', tags: ['tools'], summary: 'Call a tool directly with its JSON input',
  request: { params: ToolParamsSchema, body: { required: true, content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
  responses: ok('The tool result'),
});

export function dataRoutes(app: OpenAPIHono, deps: AppDeps) {
  app.openapi(searchRoute, async (c) => {
    const { q, k, entity, docId, lang } = c.req.valid('query');
    return c.json(await searchReports(await deps.index(), { query: q, k, ...(entity ? { entity } : {}), ...(docId ? { docId } : {}), ...(lang ? { lang } : {}) }), 200);
  });
  app.openapi(factsRoute, async (c) => c.json(lookupFacts(await deps.index(), c.req.valid('query')), 200));
  app.openapi(reportsRoute, async (c) => c.json({ reports: (await deps.index()).snapshot.documents }, 200));
  app.openapi(paragraphRoute, async (c) => {
    const index = await deps.index();
    const paragraph = index.searcher.paragraph(c.req.valid('param').id);
    if (!paragraph) throw new BaogaoError('not_found', { message: `No paragraph "${c.req.valid('param').id}"`, field: 'id' });
    const document = index.snapshot.documents.find((candidate) => candidate.docId === paragraph.docId);
    return c.json({ paragraph, report: document ?? null }, 200);
  });
  return app.openapi(toolRoute, async (c) => {
    const index = await deps.index();
    const input = c.req.valid('json');
    const { name } = c.req.valid('param');
    const result = name === 'search_reports' ? await searchReports(index, input as never)
      : name === 'lookup_facts' ? lookupFacts(index, input as never) : capexCalculator(index.snapshot.facts, input as never);
    return c.json(result as Record<string, unknown>, 200);
  });
}
