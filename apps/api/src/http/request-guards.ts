import type { RequestHandler } from 'express';
import { findUnsafeText } from '@finsam/domain';
import { UnsupportedMediaTypeError, ValidationError } from '../errors/app-errors.ts';

/**
 * Text the database cannot store (U+0000, a lone surrogate) in the address, the query string or a
 * JSON body answers 400 with the field that holds it, for every API route, also those whose
 * handler validates nothing (`GET /api/reports/a%00b`). validate() checks the parsed parts again
 * with their real names (`params.id`); this guard is the floor.
 */
export const rejectUnsafeText: RequestHandler = (req, _res, next) => {
  const fields = [];
  let decodedPath: string | null = null;
  try {
    decodedPath = decodeURIComponent(req.path);
  } catch {
    // Not percent-encoding: the router answers 400 for it.
  }
  if (decodedPath !== null) {
    fields.push(...findUnsafeText(decodedPath).map((f) => ({ path: 'path', message: f.message })));
  }
  for (const part of ['query', 'body'] as const) {
    fields.push(
      ...findUnsafeText(req[part]).map((f) => ({
        path: [part, f.path].filter(Boolean).join('.'),
        message: f.message,
      })),
    );
  }
  next(fields.length > 0 ? new ValidationError(fields) : undefined);
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A write that carries a body must say it is JSON: a form post or text/plain would otherwise
 * reach the schema as an empty body and be answered "field missing" for every field.
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (!BODY_METHODS.has(req.method)) return next();
  const hasBody =
    req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
  if (!hasBody || req.is('application/json')) return next();
  next(new UnsupportedMediaTypeError());
};

/**
 * API answers hold personal and financial data: no browser or proxy cache may keep them (a shared
 * computer's back button, a proxy in a municipality's network).
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

/** The app uses no camera, microphone, location or payment: deny them to every page and frame. */
export const permissionsPolicy: RequestHandler = (_req, res, next) => {
  res.set(
    'Permissions-Policy',
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  );
  next();
};
