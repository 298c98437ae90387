/**
 * The CSRF token of the current session (säkerhetstoken). The API hands it out at login and from
 * /auth/me; it lives in memory only, so another site cannot read it even though the browser sends
 * the cookie.
 */
let token: string | null = null;

export function setCsrfToken(value: string | null): void {
  token = value;
}

export function getCsrfToken(): string | null {
  return token;
}
