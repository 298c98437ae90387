/**
 * An `Intl.DateTimeFormat` built on its first use and kept for the process: `lazyDateTimeFormat(
 * 'en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit' })()` is that formatter, the same object
 * every call.
 *
 * Why not at module load: building one is slow, and the first Intl object of a browser page
 * loads ICU (~40 ms of the main thread, ~60 ms with a time zone; 4× on a phone, decision 025). A
 * module that a page only loads, or that the menu preloads, must not pay that.
 */
export function lazyDateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): () => Intl.DateTimeFormat {
  let formatter: Intl.DateTimeFormat | undefined;
  return () => (formatter ??= new Intl.DateTimeFormat(locale, options));
}
