import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

const BASE = 36;
const pad = (value: string, size: number) => value.padStart(size, '0').slice(-size);

// Which process made the id (as cuid's fingerprint): two processes writing in the same
// millisecond with the same counter still differ.
const fingerprint =
  pad(process.pid.toString(BASE), 2) +
  pad([...hostname()].reduce((sum, char) => sum + char.charCodeAt(0), 0).toString(BASE), 2);
let counter = randomBytes(2).readUInt16BE() % BASE ** 4;

/**
 * A new row id in the shape of Prisma's `@default(cuid())` (cuid v1: 'c', time, counter,
 * process, random; 25 characters, ordered by time), for rows a repository inserts with plain SQL,
 * where Prisma does not fill the default in. Lists order by time and then id, so ids keep
 * increasing with time as Prisma's do.
 */
export function newId(): string {
  counter = (counter + 1) % BASE ** 4;
  const random = pad(randomBytes(6).readUIntBE(0, 6).toString(BASE), 8);
  return `c${pad(Date.now().toString(BASE), 8)}${pad(counter.toString(BASE), 4)}${fingerprint}${random}`;
}
