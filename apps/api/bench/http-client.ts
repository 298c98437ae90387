/**
 * The benchmark's HTTP client: node:http over keep-alive connections, as a load generator such as
 * autocannon talks to a server. Until 2026-12-07 the bench used fetch (undici's WHATWG streams),
 * which cost the client 4–5 ms of CPU per Överblick answer on a slow host against ~1 ms here: in
 * the in-process runs that time was spent on the API's own event loop and counted in its latency.
 * The answer is decompressed as a browser would, in zlib's thread pool, off the event loop.
 */
import http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gunzip = promisify(zlib.gunzip);

/** Enough sockets for the 20 clients and the warm-up; each stays open between requests. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface THttpAnswer {
  status: number;
  /** The body, decompressed. */
  body: Buffer;
}

export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<THttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        agent,
        method: options.method ?? 'GET',
        // What the API compresses for a browser (decision 017), gzip as fetch over http asked.
        headers: { 'accept-encoding': 'gzip', ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body =
            response.headers['content-encoding'] === 'gzip' ? gunzip(raw) : Promise.resolve(raw);
          body.then((b) => resolve({ status: response.statusCode ?? 0, body: b }), reject);
        });
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}
