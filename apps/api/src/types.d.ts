import 'express';
import type { TSessionUser } from '@finsam/domain';

declare global {
  namespace Express {
    interface Request {
      /** The signed-in user, set by the session middleware from the database. */
      user?: TSessionUser;
      /** The session's id (hash of the cookie token) and CSRF token. */
      session?: { id: string; csrfToken: string };
    }
  }
}
