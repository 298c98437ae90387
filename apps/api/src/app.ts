import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { TPrismaClient } from '@finsam/db';
import { apiNotFound, errorMiddleware } from './http/error-middleware.ts';
import { createRequestLogger, trackMatchedRoute } from './http/request-logger.ts';
import { createApiRouter } from './routes/index.ts';

export interface TAppDependencies {
  prisma: TPrismaClient;
  logger: Logger;
  /** Folder of the built web app to serve at `/`; omitted in API-only tests. */
  webDist?: string;
  /** `true` in production: Secure cookies, no demo data. */
  production: boolean;
  /**
   * Express "trust proxy": which proxies may set X-Forwarded-For, so login rate limits count the
   * real client address. Default 'loopback'; behind a load balancer set TRUST_PROXY to its hop
   * count or address range.
   */
  trustProxy?: string | number;
}

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
  app.use(trackMatchedRoute, createRequestLogger(deps.logger));
  app.use(express.json({ limit: '200kb' }));

  app.use('/api', createApiRouter(deps), apiNotFound);

  if (deps.webDist && existsSync(deps.webDist)) {
    app.use(express.static(deps.webDist, { index: false, maxAge: '1h' }));
    // Client-side routes: every non-API GET gets the app shell.
    app.get(/^(?!\/api\/).*/, (_req, res) => {
      res.sendFile(path.join(deps.webDist!, 'index.html'));
    });
  }

  app.use(errorMiddleware);
  return app;
}
