import { describe, expect, it } from 'vitest';
import { poolSizeOf } from './client.ts';

describe('poolSizeOf', () => {
  it.each([
    ['postgresql://u:p@db:5432/finsam', null],
    ['postgresql://u:p@db:5432/finsam?connection_limit=20', 20],
    ['postgresql://u:p@db:5432/finsam?sslmode=require&connection_limit=4', 4],
    ['postgresql://u:p@db:5432/finsam?connection_limit=0', null],
    ['postgresql://u:p@db:5432/finsam?connection_limit=-3', null],
    ['postgresql://u:p@db:5432/finsam?connection_limit=2.5', null],
    ['postgresql://u:p@db:5432/finsam?connection_limit=', null],
    ['postgresql://u:p@db:5432/finsam?connection_limit=many', null],
    ['not a url', null],
  ])('%s → %s', (url, size) => {
    expect(poolSizeOf(url)).toBe(size);
  });
});
