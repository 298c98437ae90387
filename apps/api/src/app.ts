import { existsSync } from 'node:fs';
import path from 'node:path';
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

export const DEFAULT_WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

/** Builds the Express app. It holds no state of its own: everything lives in the database. */
export function createApp(deps: TAppDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
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
  // API JSON compressed on the fly (the web app's files are precompressed at build: decision 011).
  app.use('/api', compression());
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
