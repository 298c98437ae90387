import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { stubFetch } from '../test/fetch-stub.ts';
import { apiRequest } from './api-client.ts';
import { ApiError } from './api-error.ts';
import { setCsrfToken } from './csrf-token.ts';

const ZThing = z.object({ name: z.string() });

describe('apiRequest', () => {
  it('parses the response with its schema and sends the CSRF token on writes only', async () => {
    const { requests } = stubFetch({
      'GET /api/thing': { status: 200, body: { name: 'Knivsta' } },
      'POST /api/thing': { status: 200, body: { name: 'Heby' } },
    });
    setCsrfToken('token-1');
    expect(await apiRequest('/thing', { schema: ZThing })).toEqual({ name: 'Knivsta' });
    expect(await apiRequest('/thing', { method: 'POST', body: { a: 1 }, schema: ZThing })).toEqual({
      name: 'Heby',
    });
    expect(requests[0]!.headers['x-csrf-token']).toBeUndefined();
    expect(requests[1]!.headers['x-csrf-token']).toBe('token-1');
    expect(requests[1]!.body).toEqual({ a: 1 });
    setCsrfToken(null);
  });

  it("turns the API's error shape into an ApiError with its Swedish message and field messages", async () => {
    stubFetch({
      'PATCH /api/thing': {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION',
            message: 'Kontrollera de markerade fälten.',
            fields: [{ path: 'body.amountKronor', message: 'Ange ett belopp i hela kronor.' }],
          },
        },
      },
    });
    const error = await apiRequest('/thing', { method: 'PATCH', body: {} }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION',
      message: 'Kontrollera de markerade fälten.',
      fields: [{ path: 'body.amountKronor', message: 'Ange ett belopp i hela kronor.' }],
    });
  });

  it('reports a response of the wrong shape in Swedish instead of passing it on', async () => {
    stubFetch({ 'GET /api/thing': { status: 200, body: { name: 42 } } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = await apiRequest('/thing', { schema: ZThing }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE' });
    expect((error as ApiError).message).toMatch(/^Svaret från servern hade ett oväntat format/);
    warn.mockRestore();
  });

  it('passes on a cancellation that arrives while the body streams in, reporting nothing', async () => {
    const aborted = new DOMException('The operation was aborted.', 'AbortError');
    const body = new ReadableStream({ start: (controller) => controller.error(aborted) });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 200 })),
    );
    const warn = vi.spyOn(console, 'warn');
    const error = await apiRequest('/thing', { schema: ZThing }).catch((caught: unknown) => caught);
    expect(error).toBe(aborted);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('says when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await apiRequest('/thing').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'NETWORK', status: 0 });
    expect((error as ApiError).message).toBe(
      'Det gick inte att nå servern. Kontrollera din internetanslutning och försök igen.',
    );
  });
});
