/**
 * Remembering what was read from a text. The build reads each Markdown body several times
 * (source validation, the Bildnachweis page), and the preview validates every page again on
 * each rebuild although one changed; a result keyed by the text itself is right as long as the
 * text is the same, with no file times involved.
 */

/**
 * Wraps a pure function of a text so that it runs once per distinct text. The cache forgets
 * everything once it holds `limit` texts, so a long preview session cannot grow it without end.
 *
 * @example
 * const words = memoizeByText((text) => text.split(" ").length);
 * words("eins zwei") // => 2 (computed)
 * words("eins zwei") // => 2 (remembered)
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as T;
    if (cache.size >= limit) cache.clear();
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}
