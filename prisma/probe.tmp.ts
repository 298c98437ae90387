import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/client/client.ts';
const db = await PGlite.create({ dataDir: '/tmp/dbemb-probe' });
const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) as any });
const i = await prisma.intervention.findFirst({ include: { goals: true, aliases: true } });
console.log(i?.id, i?.startDate, i?.goals.length);
const b = await prisma.annualBudget.findFirst({});
console.log(b);
const u = await prisma.user.findMany({ select: { email: true, createdAt: true } });
console.log(u.slice(0,2));
await prisma.$transaction(async (tx) => { await tx.intervention.update({ where: { id: i!.id }, data: { source: 'x' } }); throw new Error('rb'); }).catch(e => console.log('rolled back:', e.message));
console.log((await prisma.intervention.findUnique({ where: { id: i!.id }, select: { source: true } }))?.source);
const all = await Promise.all(Array.from({length: 20}, (_, k) => prisma.$transaction(async (tx) => { const r = await tx.intervention.update({ where: { id: i!.id }, data: { source: 'k' + k } }); await new Promise(r => setTimeout(r, 5)); return r.source; }, { maxWait: 15000, timeout: 20000 })));
console.log(all.join(','));
try { await prisma.user.create({ data: { federationId: (await prisma.federation.findFirstOrThrow()).id, email: 'kansli@demo.se', name: 'x', role: 'OFFICE', passwordHash: 'x' } }); } catch (e: any) { console.log('code', e.code); }
console.log(await prisma.$queryRaw`SELECT 1::int AS n, now() AS t`);
await prisma.$disconnect(); await db.close();
