import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestApp } from '../test-support/test-app.ts';
import type { TTestApp } from '../test-support/test-app.ts';

// The real app over real HTTP on a built-like dist folder (decision 011): raw bytes, so what the
// browser would have to decompress is checked, not what a client library already unpacked.
let t: TTestApp;
let server: http.Server;
let port: number;
let folder: string;

const SHELL = '<!doctype html><title>Finsam</title><script src="/assets/app-Ab12Cd34.js"></script>';
const SCRIPT = `export const greeting = ${JSON.stringify('hej '.repeat(400))};\n`;
const ICON = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
const SECRET = 'outside the dist folder';

beforeAll(async () => {
  t = await createTestApp();
  folder = mkdtempSync(path.join(tmpdir(), 'finsam-web-static-'));
  const dist = path.join(folder, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  const withTwins = (file: string, text: string) => {
    writeFileSync(file, text);
    writeFileSync(`${file}.br`, brotliCompressSync(text));
    writeFileSync(`${file}.gz`, gzipSync(text));
  };
  withTwins(path.join(dist, 'index.html'), SHELL);
  withTwins(path.join(dist, 'assets/app-Ab12Cd34.js'), SCRIPT);
  // Small files get no twins from the build (below 1 kB).
  writeFileSync(path.join(dist, 'assets/logo-Zx98Yw76.svg'), ICON);
  writeFileSync(path.join(dist, 'favicon.svg'), ICON);
  writeFileSync(path.join(folder, 'secret.txt'), SECRET);
  const app = createApp({
    prisma: t.db.prisma,
    logger: pino({ level: 'silent' }),
    production: false,
    webDist: dist,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

interface TRaw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with the path sent exactly as written (no client-side normalising of `..`). */
function raw(urlPath: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<TRaw>((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: urlPath, method, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the built web app', () => {
  it('sends a hashed asset brotli-compressed when accepted, whatever order the browser lists encodings in', async () => {
    const response = await raw('/assets/app-Ab12Cd34.js', {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(YEAR_IMMUTABLE);
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(SCRIPT.length);
    expect(brotliDecompressSync(response.body).toString('utf8')).toBe(SCRIPT);
  });

  it('falls back to gzip, and to the plain file, as the Accept-Encoding header allows', async () => {
    const gzip = await raw('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(SCRIPT);
    expect(gzip.headers['cache-control']).toBe(YEAR_IMMUTABLE);

    // q=0 refuses an encoding (RFC 9110 §12.5.3).
    const refused = await raw('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');

    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const plain = await raw(
        '/assets/app-Ab12Cd34.js',
        accept === undefined ? {} : { 'accept-encoding': accept },
      );
      expect(plain.status, accept).toBe(200);
      expect(plain.headers['content-encoding'], accept).toBeUndefined();
      expect(plain.body.toString('utf8'), accept).toBe(SCRIPT);
      expect(plain.headers['cache-control'], accept).toBe(YEAR_IMMUTABLE);
      expect(plain.headers.vary, accept).toMatch(/Accept-Encoding/i);
    }

    const wildcard = await raw('/assets/app-Ab12Cd34.js', { 'accept-encoding': '*' });
    expect(wildcard.headers['content-encoding']).toBe('br');
  });

  it('sends a file the build did not compress as it is, still cached as immutable under /assets', async () => {
    const response = await raw('/assets/logo-Zx98Yw76.svg', { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(response.headers['cache-control']).toBe(YEAR_IMMUTABLE);
    expect(response.body.toString('utf8')).toBe(ICON);
  });

  it('revalidates every file outside /assets: index.html and unhashed files are no-cache', async () => {
    const icon = await raw('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');

    const index = await raw('/index.html', { 'accept-encoding': 'br' });
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(brotliDecompressSync(index.body).toString('utf8')).toBe(SHELL);
  });

  it('answers every app route with the shell, compressed and never cached without asking', async () => {
    for (const route of ['/', '/oversikt?period=2024H1', '/insatser/abc123', '/logga-in']) {
      const response = await raw(route, { 'accept-encoding': 'gzip, br' });
      expect(response.status, route).toBe(200);
      expect(response.headers['content-type'], route).toMatch(/text\/html/);
      expect(response.headers['content-encoding'], route).toBe('br');
      expect(response.headers['cache-control'], route).toBe('no-cache');
      expect(response.headers.vary, route).toMatch(/Accept-Encoding/i);
      expect(brotliDecompressSync(response.body).toString('utf8'), route).toBe(SHELL);
    }
    const plain = await raw('/oversikt');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(SHELL);
  });

  it('answers 404 for a missing asset instead of the shell, and JSON 404 under /api', async () => {
    for (const missing of ['/assets/app-OldHash1.js', '/assets/gone.css', '/assets/']) {
      const response = await raw(missing, { 'accept-encoding': 'br, gzip' });
      expect(response.status, missing).toBe(404);
      expect(response.headers['cache-control'], missing).not.toMatch(/immutable/);
      expect(response.body.toString('utf8'), missing).not.toContain('<!doctype html>');
    }
    const api = await raw('/api/no-such-thing');
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/json/);
  });

  it('answers HEAD for an asset with its headers and no body', async () => {
    const response = await raw('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe(YEAR_IMMUTABLE);
    expect(response.body.length).toBe(0);
  });

  it('never sends a file from outside the dist folder, and a malformed path is a client error', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/%2e%2e%2fsecret.txt.br',
      '/assets/app-Ab12Cd34.js%00.br',
    ];
    for (const attempt of attempts) {
      for (const accept of ['br, gzip', 'identity']) {
        const response = await raw(attempt, { 'accept-encoding': accept });
        expect(response.status, attempt).toBeLessThan(500);
        expect(response.body.toString('utf8'), attempt).not.toContain(SECRET);
      }
    }
    const malformed = await raw('/assets/%E0%A4%A.js', { 'accept-encoding': 'br' });
    expect(malformed.status).toBeGreaterThanOrEqual(400);
    expect(malformed.status).toBeLessThan(500);
  });
});
