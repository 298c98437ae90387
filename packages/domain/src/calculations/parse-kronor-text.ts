/** Result of `parseKronorText`: whole kronor, null for an empty cell, or a Swedish message. */
export type TParsedKronor = { ok: true; kronor: number | null } | { ok: false; message: string };

/**
 * A cell typed or pasted from Excel as whole kronor: "955 076", "955 076" (U+00A0), "955076",
 * "955 076 kr", "955 076,00", "−1 300" (U+2212) or "-1 300". Spaces, no-break spaces and a trailing
 * "kr" are ignored; a decimal comma is allowed only with zero öre ("955 076,00"), since outcomes
 * are whole kronor and rounding a requisition silently would change it. Empty → null.
 * Thousands points ("1.138.235") are accepted when every group after the first has three digits.
 */
export function parseKronorText(text: string): TParsedKronor {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/kr$/i, '')
    .replace(/\u2212/g, '-');
  if (cleaned === '') return { ok: true, kronor: null };
  const match = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(cleaned);
  if (!match) return { ok: false, message: `"${text.trim()}" är inte ett belopp i kronor.` };
  const [, sign, digits, decimals] = match;
  if (decimals !== undefined && !/^0+$/.test(decimals))
    return { ok: false, message: 'Ange beloppet i hela kronor, utan ören.' };
  const kronor = Number(`${sign}${digits!.replace(/\./g, '')}`);
  if (!Number.isSafeInteger(kronor) || Math.abs(kronor) > 10_000_000_000)
    return { ok: false, message: 'Beloppet är orimligt stort.' };
  return { ok: true, kronor: kronor === 0 ? 0 : kronor };
}
