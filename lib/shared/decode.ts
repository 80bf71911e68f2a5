/**
 * Percent-decoding that never throws: `%FC` (a Latin-1 "ü" from an old web page) or a lone
 * `%` is no valid UTF-8 escape, and `decodeURIComponent` would stop the whole build on it.
 */

/**
 * The decoded text, or undefined if it holds an escape that is no UTF-8.
 *
 * @example
 * tryDecode("M%C3%BCller") // => "Müller"
 * tryDecode("M%FCller")    // => undefined
 */
export function tryDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * The decoded text, or the text as it is if it cannot be decoded.
 *
 * @example
 * safeDecode("%E4%FC") // => "%E4%FC"
 */
export function safeDecode(text: string): string {
  return tryDecode(text) ?? text;
}
