import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'finsam_session';

/** Reads one cookie from the Cookie header (no parser dependency for a single value). */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index === -1) continue;
    if (part.slice(0, index).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      return undefined; // not percent-encoding: no session token of ours
    }
  }
  return undefined;
}

/** httpOnly so scripts cannot read it, SameSite=Strict against cross-site use, Secure in production. */
export function sessionCookieOptions(production: boolean, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: production,
    path: '/',
    ...(expires ? { expires } : {}),
  };
}
