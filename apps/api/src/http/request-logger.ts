import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

const MATCHED_ROUTE = Symbol('matchedRoute');
type TTrackedRequest = Request & { [MATCHED_ROUTE]?: string };

/**
 * Records the route pattern a request matched ("/api/interventions/:id"). Express sets `req.route`
 * inside the router that matched, where `req.baseUrl` is still that router's mount path; by the
 * time the response is logged an error may have unwound `baseUrl`, so the pattern is captured at
 * that moment through a setter.
 */
export const trackMatchedRoute: RequestHandler = (req, _res, next) => {
  let route: Request['route'];
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set: (value: Request['route']) => {
      route = value;
      const path = typeof value?.path === 'string' ? value.path : '';
      (req as TTrackedRequest)[MATCHED_ROUTE] =
        `${req.baseUrl}${path === '/' && req.baseUrl ? '' : path}`;
    },
  });
  next();
};

/** Header values and body fields that must never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'req.body.password',
  'csrfToken',
  'password',
];

/**
 * One JSON line per request when the response is finished: method, URL without its query string,
 * the matched route pattern, status, response time (ms) and the signed-in user's id. Headers are
 * not logged at all (cookies and the CSRF token live there); redaction guards the rest.
 */
export function createRequestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    redact: { paths: REDACTED_PATHS, censor: '[borttaget]' },
    serializers: {
      req: (req: IncomingMessage & { id?: unknown; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        url: (req.originalUrl ?? req.url ?? '').split('?')[0],
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customProps: (req, res) => {
      // Called when the request starts too: bind nothing then, or the keys would appear twice.
      if (!res.headersSent) return {};
      const tracked = req as TTrackedRequest;
      return { userId: tracked.user?.id ?? null, route: tracked[MATCHED_ROUTE] ?? null };
    },
    customSuccessMessage: (req, res, responseTime) =>
      `${req.method} ${(req as TTrackedRequest)[MATCHED_ROUTE] ?? 'ingen route'} ${res.statusCode} ${responseTime} ms`,
    customErrorMessage: (req, res) =>
      `${req.method} ${(req as TTrackedRequest)[MATCHED_ROUTE] ?? 'ingen route'} ${res.statusCode}`,
    // 4xx are the client's doing, 5xx ours.
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  });
}
