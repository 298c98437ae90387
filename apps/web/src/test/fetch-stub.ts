import { vi } from 'vitest';

export interface TStubbedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export type TStubReply =
  | { status: number; body?: unknown }
  | ((request: TStubbedRequest) => { status: number; body?: unknown });

/**
 * The one seam of the component tests: `fetch` at the network boundary. Each key is "METHOD
 * /api/path?query" (the query may be left out to match any); the reply is the status and JSON the
 * real API would send. Unknown requests answer 404 in the API's error shape, so a test fails
 * visibly instead of hanging. Every request is recorded for assertions.
 */
export function stubFetch(routes: Record<string, TStubReply>) {
  const requests: TStubbedRequest[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([key, value]) => [
        key.toLowerCase(),
        value,
      ]),
    );
    const request: TStubbedRequest = {
      method,
      path: `${url.pathname}${url.search}`,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const reply = routes[`${method} ${request.path}`] ?? routes[`${method} ${url.pathname}`];
    const { status, body } =
      reply === undefined
        ? {
            status: 404,
            body: {
              error: { code: 'NOT_FOUND', message: `Ingen stub för ${method} ${request.path}.` },
            },
          }
        : typeof reply === 'function'
          ? reply(request)
          : reply;
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { requests, fetchStub };
}
