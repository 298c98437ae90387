import { roundHalfUp } from './round-half-up.ts';

/**
 * Kronor → whole TSEK (tusen kronor), rounded half away from zero: 982 500 kr → 983,
 * −2 959 000 kr → −2 959. Each displayed cell is rounded on its own from kronor, so a printed
 * total may differ by ±1 from the sum of its printed cells, exactly as the papers do.
 * Fractional kronor (e.g. half of an odd budget, 847 499.5 kr) are rounded once, here.
 */
export function roundToTsek(kronor: number): number {
  return roundHalfUp(kronor / 1000);
}
