import { afterAll, describe, expect, inject, it } from 'vitest';
import { Prisma } from '../generated/client/client.ts';
import { createPrismaClient } from './client.ts';
import { directSqlOf } from './direct-sql.ts';
import { testDatabaseKind } from './testing/test-database.ts';

/*
 * The hot paths' plain statements go straight through the pool on a server (decision 024): they
 * must give the values Prisma's $queryRaw gives for the same statement, whatever the process's
 * time zone. The embedded database has no direct runner (its statements take Prisma's path).
 */
describe.runIf(testDatabaseKind() === 'postgres')('direct statements on a server', () => {
  const prisma = createPrismaClient(`${inject('dbTemplate').serverUrl}/postgres`, 2);
  const zone = process.env.TZ;
  afterAll(async () => {
    process.env.TZ = zone;
    await prisma.$disconnect();
  });

  const statement = Prisma.sql`
    SELECT '2024-03-05 06:07:08.123'::timestamp(3) AS "timestamp", '2024-03-05'::date AS "date",
           9007199254740993::int8 AS "big", 42 AS "int", true AS "bool", NULL::text AS "none",
           ARRAY['a', 'ö'] AS "texts", '{"x": [1, "å"]}'::jsonb AS "json",
           json_build_object('at', '2024-03-05 06:07:08.123'::timestamp(3)) AS "built",
           ${'å'}::text AS "text", ${new Date('2024-01-02T03:04:05.678Z')}::timestamp(3) AS "param"`;

  it.each(['UTC', 'Europe/Stockholm', 'America/New_York'])(
    'reads every kind of column as $queryRaw does, in the zone %s',
    async (tz) => {
      process.env.TZ = tz;
      const direct = await directSqlOf(prisma)!.query(statement.text, statement.values);
      const viaPrisma = await prisma.$queryRaw<unknown[]>(statement);
      expect(direct).toEqual(viaPrisma);
      expect(direct).toEqual([
        {
          timestamp: new Date('2024-03-05T06:07:08.123Z'),
          date: new Date('2024-03-05T00:00:00.000Z'),
          big: 9007199254740993n,
          int: 42,
          bool: true,
          none: null,
          texts: ['a', 'ö'],
          json: { x: [1, 'å'] },
          built: { at: '2024-03-05T06:07:08.123' },
          text: 'å',
          param: new Date('2024-01-02T03:04:05.678Z'),
        },
      ]);
    },
  );

  it('is not used inside a transaction, whose statements stay on its connection', async () => {
    expect(directSqlOf(prisma)).toBeDefined();
    await prisma.$transaction(async (tx) => expect(directSqlOf(tx)).toBeUndefined());
  });
});
