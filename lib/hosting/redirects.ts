/**
 * The `_redirects` file: old addresses of the previous website -> new pages, all 301.
 *
 * How query strings are handled (the format matches paths; hosts differ on queries):
 * - A rule for a path matches that path with any query string on both Netlify and Cloudflare
 *   Pages, so `/alt/?L=1` follows the rule for `/alt/`. Netlify passes the query on to the
 *   target unless the rule names query parameters; so each rule gets a twin naming `L=:lang`
 *   first, which sends the old language variants (`?L=0`, `?L=1`) to the clean new URL.
 * - Old TYPO3 addresses like `/index.php?id=42&L=0` differ only in the query. A rule
 *   `/index.php id=42 /ziel/ 301` (query parameters between source and target) is Netlify's
 *   syntax; Cloudflare Pages skips such lines, so there a plain `/index.php` rule catches them.
 * - A source ending in `/*` covers everything below it; the target's `:splat` repeats the rest.
 *
 * Rules naming more query parameters come first: both hosts use the first matching rule.
 */

/** One redirect as editors write it in `_data/site.yaml`. */
export interface Redirect {
  /** Old path, optionally ending in `/*`, optionally with a query like `?id=42`. */
  from: string;
  /** New internal URL; ends in `:splat` when `from` ends in `/*`. */
  to: string;
}

/** One line of `_redirects`. */
export interface RedirectLine {
  path: string;
  query: string[];
  to: string;
}

/**
 * Splits a source into path and query conditions in `_redirects` syntax.
 *
 * @example
 * splitSource("/index.php?id=42&L=0") // => { path: "/index.php", query: ["id=42", "L=0"] }
 */
export function splitSource(from: string): { path: string; query: string[] } {
  const [path = "", query = ""] = from.split("?", 2);
  return { path, query: query.split("&").filter((part) => part !== "") };
}

/**
 * The lines one redirect becomes: the `L=:lang` twin, then the plain rule, each also for the
 * path without its trailing slash.
 *
 * @example
 * redirectLines({ from: "/alt/", to: "/neu/" }).map(formatLine)
 * // => ["/alt/ L=:lang /neu/ 301", "/alt L=:lang /neu/ 301", "/alt/ /neu/ 301", "/alt /neu/ 301"]
 */
export function redirectLines(redirect: Redirect): RedirectLine[] {
  const { path, query } = splitSource(redirect.from);
  const paths = [path];
  if (path.endsWith("/*")) paths.push(path.slice(0, -2));
  else if (path.endsWith("/") && path !== "/") paths.push(path.slice(0, -1));
  const targetFor = (p: string): string => (p.endsWith("*") ? redirect.to : redirect.to.replace(/:splat$/, ""));
  const withLang = query.some((part) => part.startsWith("L=")) ? [] : paths.map((p) => ({ path: p, query: [...query, "L=:lang"], to: targetFor(p) }));
  return [...withLang, ...paths.map((p) => ({ path: p, query, to: targetFor(p) }))];
}

/**
 * One line in `_redirects` syntax, always with status 301.
 *
 * @example
 * formatLine({ path: "/index.php", query: ["id=42"], to: "/" }) // => "/index.php id=42 / 301"
 */
export function formatLine(line: RedirectLine): string {
  return [line.path, ...line.query, line.to, "301"].join(" ");
}

/**
 * The whole `_redirects` file: rules naming more query parameters first (they are more
 * specific), otherwise in the editors' order.
 *
 * @example
 * formatRedirects([{ from: "/index.php", to: "/" }, { from: "/index.php?id=7", to: "/kontakt/" }])
 * // first the id=7 lines, then "/index.php / 301"
 */
export function formatRedirects(redirects: readonly Redirect[]): string {
  const lines = redirects.flatMap(redirectLines).sort((a, b) => b.query.length - a.query.length);
  const header = ["# Alte Adressen -> neue Seiten (aus _data/site.yaml, Feld redirects).", "# Zeilen mit Abfrage-Parametern (id=42, L=:lang) versteht Netlify; Cloudflare Pages überspringt sie."];
  return `${[...header, ...lines.map(formatLine)].join("\n")}\n`;
}

/**
 * The page a redirect leads to, for the output check (`:splat` targets: the folder page).
 *
 * @example
 * redirectTarget({ from: "/a/*", to: "/b/:splat" }) // => "/b/"
 */
export function redirectTarget(redirect: Redirect): string {
  return redirect.to.replace(/:splat$/, "");
}
