// A separate process on an embedded data folder, for the lock and crash tests
// (embedded-database.integration.test.ts):
//   tsx embedded-child.ts <dataDir> hold    opens the folder, prints "ready", waits to be killed
//   tsx embedded-child.ts <dataDir> write   also writes rows from four writers at once and prints
//                                           "ack <key>" after each commit has returned
// A refused open prints the error's message on stderr and exits with code 3.
import { DataDirLockedError } from '../data-dir-lock.ts';
import { openDatabase } from '../open-database.ts';

const [dataDir, mode] = process.argv.slice(2);
let db: Awaited<ReturnType<typeof openDatabase>>;
try {
  db = await openDatabase({ dataDir });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(error instanceof DataDirLockedError ? 3 : 1);
}
process.stdout.write(`ready ${process.pid}\n`);

if (mode === 'write') {
  const writer = async (w: number) => {
    for (let i = 0; ; i++) {
      const key = `crash-${w}-${i}`;
      // Like the app's writes: an interactive transaction with more than one statement.
      await db.prisma.$transaction(async (tx) => {
        const federation = await tx.federation.create({
          data: { key, name: `Kraschtest ${key}` },
          select: { id: true },
        });
        await tx.member.create({
          data: {
            federationId: federation.id,
            key: `m-${key}`,
            name: `Medlem ${key}`,
            shortName: key,
            kind: 'MUNICIPALITY',
          },
        });
      });
      process.stdout.write(`ack ${key}\n`);
    }
  };
  await Promise.all([0, 1, 2, 3].map(writer));
}
setInterval(() => {}, 60_000);
