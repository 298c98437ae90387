import type { TDbClient } from './transaction.ts';

/** Names of the users behind `submittedById`, `reviewedById` … (ids of removed users are left out). */
export async function findActors(db: TDbClient, ids: readonly (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map<string, { id: string; name: string }>();
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user]));
}
