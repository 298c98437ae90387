import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../../../..');
/** What computes a cached answer: the API's and the domain's sources and the locked dependencies. */
const SOURCES = ['apps/api/src', 'packages/domain/src', 'prisma/src'];
const LOCK_FILE = 'pnpm-lock.yaml';

let revision: string | undefined;

/**
 * A hash of the code that computes a cached dashboard answer (decision 019): every non-test
 * TypeScript file of the API, the domain and the database package, and the lock file. A cached
 * answer counts only under the revision that computed it, so a deploy never serves what its
 * predecessor computed, and nobody has to remember to bump a number when a formula or a DTO
 * changes. Computed once per process, on first use (~2.7 MB, a few ms); the API runs from its
 * sources (tsx), so they are there to read.
 */
export function codeRevision(): string {
  if (revision) return revision;
  const hash = createHash('sha256');
  for (const dir of SOURCES) {
    const root = path.join(REPO, dir);
    if (!existsSync(root)) continue;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.includes('.test.'))
      .sort();
    for (const file of files) {
      hash.update(`${dir}/${file}\0`);
      hash.update(readFileSync(path.join(root, file)));
    }
  }
  const lock = path.join(REPO, LOCK_FILE);
  if (existsSync(lock)) hash.update(readFileSync(lock));
  revision = hash.digest('hex').slice(0, 16);
  return revision;
}
