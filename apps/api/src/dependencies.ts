import type { Logger } from 'pino';
import type { TPrismaClient } from '@finsam/db';

/**
 * What the app is built from. Its own file so that app.ts and the routes both import it and
 * neither imports the other (no cycle).
 */
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
