import { existsSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import type { TAppDependencies } from './dependencies.ts';
import { apiNotFound, errorMiddleware } from './http/error-middleware.ts';
import { createRequestLogger, trackMatchedRoute } from './http/request-logger.ts';
import {
  noStore,
  permissionsPolicy,
  rejectUnsafeText,
  requireJsonBody,
} from './http/request-guards.ts';
import { createApiRouter } from './routes/index.ts';
import { sendAppShell, serveWebApp } from './http/web-static.ts';

/** @deprecated import from './dependencies.ts'; kept so older imports still compile. */
export type { TAppDependencies };

/** Compression of the API's dynamic JSON (decision 017): fast levels, still compressed. */
const API_GZIP_LEVEL = 3;
const API_BROTLI_QUALITY = 2;

export const DEFAULT_WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

/** Builds the Express app. It holds no state of its own: everything lives in the database. */
export function createApp(deps: TAppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag over every res.send body: the API answers no-store, so no client revalidates, and the
  // hash of an 83 kB dashboard was CPU spent on every request (issue 16). Static files keep
  // theirs (res.sendFile and express.static compute their own).
  app.set('etag', false);
  app.set('trust proxy', deps.trustProxy ?? 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // recharts and Designsystemet set inline style attributes.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Over plain http on a developer's machine, upgrading would break every request.
          'upgrade-insecure-requests': deps.production ? [] : null,
        },
      },
      // HSTS only where TLS terminates in front of us (production), never on http://localhost.
      strictTransportSecurity: deps.production,
    }),
  );
  app.use(permissionsPolicy);
  app.use(trackMatchedRoute, createRequestLogger(deps.logger));
  // API JSON compressed on the fly (the web app's files are precompressed at build: decision 011),
  // at a fast level: the answers are built per request, and gzip 6 / brotli 4 of Överblick's
  // 83 kB took ~0.7 ms of CPU each for ~15 % fewer bytes than gzip 3 / brotli 2 (~0.3 ms;
  // decision 017).
  app.use(
    '/api',
    compression({
      level: API_GZIP_LEVEL,
      brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: API_BROTLI_QUALITY } },
    }),
  );
  app.use('/api', noStore, requireJsonBody);
  app.use(express.json({ limit: '200kb' }));

  app.use('/api', rejectUnsafeText, createApiRouter(deps), apiNotFound);

  if (deps.webDist && existsSync(deps.webDist)) {
    app.use(...serveWebApp(deps.webDist));
    // Client-side routes: every non-API GET gets the app shell.
    app.get(/^(?!\/api\/).*/, sendAppShell(deps.webDist));
  }

  app.use(errorMiddleware);
  return app;
}
