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

/**
 * The built web app (decision 011): a file's brotli or gzip twin made at build time when the
 * browser accepts it (`Content-Encoding`, `Vary: Accept-Encoding`); hashed `/assets/*` cached for a
 * year as immutable, everything else revalidated, `index.html` (the shell naming the current
 * hashes) never taken from a cache without asking.
 */
export function serveWebApp(webDist: string): RequestHandler[] {
  const precompressed: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const file = path.join(webDist, path.normalize(decodeURIComponent(req.path)));
    if (!file.startsWith(webDist + path.sep)) return next();
    for (const encoding of ENCODINGS) {
      if (!new RegExp(`\\b${encoding.name}\\b`).test(accepted)) continue;
      if (!existsSync(file + encoding.ext)) continue;
      res.setHeader('Content-Encoding', encoding.name);
      res.setHeader('Vary', 'Accept-Encoding');
      res.type(path.extname(file));
      res.setHeader('Cache-Control', cacheControl(req.path));
      return res.sendFile(file + encoding.ext, { cacheControl: false, dotfiles: 'deny' });
    }
    return next();
  };
  const plain = express.static(webDist, {
    index: false,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', cacheControl(path.relative(webDist, filePath)));
    },
  });
  return [precompressed, plain];
}

/** Sends the app shell (client-side routes): always revalidated, so a new build is seen at once. */
export function sendAppShell(webDist: string): RequestHandler {
  const shell = path.join(webDist, 'index.html');
  return (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    const accepted = String(req.headers['accept-encoding'] ?? '');
    for (const encoding of ENCODINGS) {
      if (new RegExp(`\\b${encoding.name}\\b`).test(accepted) && existsSync(shell + encoding.ext)) {
        res.setHeader('Content-Encoding', encoding.name);
        res.type('html');
        return res.sendFile(shell + encoding.ext, { cacheControl: false });
      }
    }
    return res.sendFile(shell, { cacheControl: false });
  };
}

function cacheControl(urlPath: string): string {
  return /^\/?assets\//.test(urlPath.split(path.sep).join('/')) ? IMMUTABLE : 'no-cache';
}
