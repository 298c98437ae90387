/**
 * Password hashing, shared by the API (logins, accounts) and the seed (demo accounts). Its own
 * package so neither the API depends on the seed nor the seed on the API.
 */
import { hash, verify } from '@node-rs/argon2';

// Argon2id (memory-hard) with OWASP's 2024 minimum: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password for storage; the result embeds its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against a stored hash; false (never a throw) for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
