/** @module The Hono app: the same routes on Node and on Cloudflare Workers. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { swaggerUI } from '@hono/swagger-ui';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './app-deps.js';
import { errorBody, handleError, validationResponse } from './http-errors.js';
import { rateLimit } from './rate-limit.js';
import { requireJson } from './require-json.js';
import { chatRoutes } from './routes/chat-routes.js';
import { dataRoutes } from './routes/data-routes.js';
import { openaiRoutes } from './routes/openai-routes.js';
import { opsRoutes } from './routes/ops-routes.js';
import { chatPage } from './web/chat-page.js';

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => (result.success ? undefined : validationResponse(c, result.error.issues, result.target)),
  });
  app.onError((error, c) => handleError(error, c, deps.log));
  app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}`), 404));

  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'], styleSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
      imgSrc: ["'self'", 'data:', 'https:'], connectSrc: ["'self'"], frameAncestors: ["'none'"],
    },
  }));
  if (deps.http.corsOrigins.length) {
    app.use('/api/*', cors({ origin: deps.http.corsOrigins.includes('*') ? '*' : deps.http.corsOrigins, allowHeaders: ['Content-Type', 'Authorization', 'Accept'], exposeHeaders: ['Retry-After'] }));
    app.use('/v1/*', cors({ origin: deps.http.corsOrigins.includes('*') ? '*' : deps.http.corsOrigins, allowHeaders: ['Content-Type', 'Authorization', 'Accept'] }));
  }
  const limited = rateLimit({ perMinute: deps.http.rateLimitPerMinute, clientKey: deps.clientKey ?? ((c) => c.req.header('cf-connecting-ip') ?? 'local'), ...(deps.now ? { now: deps.now } : {}) });
  const sizeLimit = bodyLimit({
    maxSize: deps.http.maxBodyBytes,
    // The rest of the body is never read, so the connection cannot carry another request: saying
    // so keeps clients from sending their next request down a socket that is about to close.
    onError: (c) => c.json(errorBody('payload_too_large', `Request body is over ${deps.http.maxBodyBytes} bytes`), 413, { connection: 'close' }),
  });
  for (const path of ['/api/*', '/v1/*']) {
    app.use(path, limited);
    app.use(path, sizeLimit);
    app.use(path, requireJson());
  }

  chatRoutes(app, deps);
  openaiRoutes(app, deps);
  dataRoutes(app, deps);
  opsRoutes(app, deps);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Baogao API', version: '0.1.0', description: 'Cited answers from a report collection. Errors are `{ error: { code, message, field? } }`.' },
  });
  app.get('/docs', swaggerUI({ url: '/openapi.json' }));
  app.get('/', (c) => c.html(chatPage()));
  return app;
}

export type BaogaoApp = ReturnType<typeof createApp>;
