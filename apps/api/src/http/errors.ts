/**
 * @deprecated Errors live in `src/errors/` (they are not HTTP-specific: services throw them).
 * This re-export keeps older imports compiling; import from '../errors/app-errors.ts' instead.
 */
export * from '../errors/app-errors.ts';
