/**
 * The login page's texts, shared by the React page (inside the app) and the plain-DOM form of
 * the boot entry (before the app has loaded), so the two never say different things.
 */
export const LOGIN_TEXTS = {
  title: 'Logga in',
  product: 'Finsam Uppföljning',
  heading: 'Logga in',
  intro: 'Uppföljning av insatser som finansieras av samordningsförbundet.',
  loggedOut: 'Du är utloggad.',
  continueTo: 'Logga in för att fortsätta till sidan du ville öppna.',
  formLabel: 'Inloggning',
  email: 'E-postadress',
  password: 'Lösenord',
  submit: 'Logga in',
  pending: 'Loggar in …',
} as const;

/** Only addresses inside the app are followed after login (no open redirect). */
export function safeTarget(target: string | null): string | null {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : null;
}

/** The login address that brings the reader back to `wanted` (path and query) afterwards. */
export function loginPathFor(wanted: string): string {
  return wanted === '/' ? '/logga-in' : `/logga-in?till=${encodeURIComponent(wanted)}`;
}
