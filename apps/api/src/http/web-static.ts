import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { RequestHandler } from 'express';

/** Vite's hashed file names: a new build gives a new name, so they never change under a name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files the build precompressed (`apps/web/vite.config.ts`), best first. */
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;
type TEncoding = (typeof ENCODINGS)[number];

/**
 * The built web app (decision 011): a file's brotli or gzip twin made at build time when the
 * browser accepts it (`Content-Encoding`, `Vary: Accept-Encoding`); hashed `/assets/*` cached for a
 * year as immutable, everything else revalidated, `index.html` (the shell naming the current
 * hashes) never taken from a cache without asking. A missing file under `/assets/` answers 404
 * (a page of an older build asking for a chunk that is gone must not get the shell as JavaScript).
 */
export function serveWebApp(webDist: string): RequestHandler[] {
  const root = path.resolve(webDist);
  const precompressed: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = fileFor(root, req.path);
    if (!file) return next();
    const encoding = twinFor(file, String(req.headers['accept-encoding'] ?? ''));
    if (!encoding) return next();
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(path.extname(file));
    res.setHeader('Cache-Control', cacheControl(req.path));
    return res.sendFile(file + encoding.ext, { cacheControl: false, dotfiles: 'deny' });
  };
  const plain = express.static(root, {
    index: false,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', cacheControl(path.relative(root, filePath)));
    },
  });
  const missingAsset: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !/^\/assets\//.test(req.path))
      return next();
    res.status(404).setHeader('Cache-Control', 'no-cache').type('text').send('Filen finns inte.');
  };
  return [precompressed, plain, missingAsset];
}

/** Sends the app shell (client-side routes): always revalidated, so a new build is seen at once. */
export function sendAppShell(webDist: string): RequestHandler {
  const shell = path.join(path.resolve(webDist), 'index.html');
  return (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    const encoding = twinFor(shell, String(req.headers['accept-encoding'] ?? ''));
    if (encoding) {
      res.setHeader('Content-Encoding', encoding.name);
      res.type('html');
      return res.sendFile(shell + encoding.ext, { cacheControl: false });
    }
    return res.sendFile(shell, { cacheControl: false });
  };
}

/** The file a URL path names inside the dist folder, or null (outside it, or not a valid path). */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed %-escapes: express.static answers 400
  }
  if (decoded.includes('\0')) return null;
  const file = path.join(root, path.normalize(decoded));
  return file.startsWith(root + path.sep) ? file : null;
}

/**
 * The best precompressed twin of `file` that the Accept-Encoding header allows: brotli before gzip
 * whatever order the browser lists them in (Chromium sends "gzip, deflate, br, zstd"); a q of 0
 * refuses one, `*` stands for those not named.
 */
function twinFor(file: string, acceptEncoding: string): TEncoding | null {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  for (const encoding of ENCODINGS) {
    const weight = weights.get(encoding.name) ?? weights.get('*') ?? 0;
    if (weight > 0 && existsSync(file + encoding.ext)) return encoding;
  }
  return null;
}

function cacheControl(urlPath: string): string {
  return /^\/?assets\//.test(urlPath.split(path.sep).join('/')) ? IMMUTABLE : 'no-cache';
}
