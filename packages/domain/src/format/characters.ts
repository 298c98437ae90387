/**
 * The characters Swedish number formatting uses (Intl 'sv-SE', checked in Node 20). Tests that
 * compare formatted text must use these, not a plain space or a hyphen.
 */
/** U+00A0, the group separator ("1 326") and the space before "%" and "kr". */
export const NO_BREAK_SPACE = '\u00A0';
/** U+2212, the minus sign ("−2 959"). */
export const MINUS_SIGN = '\u2212';
/** U+2013, shown for no data (a null share or ratio): never "0" and never "NaN". */
export const NO_DATA = '\u2013';
