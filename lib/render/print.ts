/** What only the printout shows: addresses a reader can type in from paper. */

/**
 * A page's address as it is printed: without the scheme, which nobody types.
 *
 * @example
 * printedAddress("https://www.sez.de", "/themen/kommunale-entwicklungszusammenarbeit/")
 * // => "www.sez.de/themen/kommunale-entwicklungszusammenarbeit/"
 */
export function printedAddress(origin: string, path: string): string {
  return `${origin.replace(/^https?:\/\//, "").replace(/\/$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}
