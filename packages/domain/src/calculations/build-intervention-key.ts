/**
 * The key (nyckel) of a new intervention from its name: lower case a–z and digits joined by
 * hyphens, Swedish letters folded (å, ä → a; ö → o), at most 100 characters. "En väg in – steget
 * vidare" → "en-vag-in-steget-vidare", the style of the seed's keys. A name without any letter or
 * digit gives "insats". The key only has to be unique within a förbund: the caller adds a suffix
 * ("-2") when it is taken.
 */
export function buildInterventionKey(name: string): string {
  const key = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return key === '' ? 'insats' : key;
}
