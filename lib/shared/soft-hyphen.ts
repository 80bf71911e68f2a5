/** The soft hyphen the page pass puts into long German words (`lib/build/hyphenate.ts`). */

/** The soft hyphen (U+00AD): invisible unless a line breaks there. */
export const SOFT_HYPHEN = "\u00AD";
/**
 * Removes soft hyphens, for copies of a page's text that are read by programs (the search
 * index) rather than laid out.
 *
 * @example
 * withoutSoftHyphens("Ent\u00ADwick\u00ADlung") // => "Entwicklung"
 */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, "");
}
