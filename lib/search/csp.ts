/**
 * The Content-Security-Policy the search runs under, directive by directive, with the reason
 * for each source beyond 'self'. The site's `_headers` policy must allow at least this; the
 * end-to-end test runs the search page and a highlighted page under exactly this policy.
 */

/** Directives and their sources. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const SEARCH_CSP: CspDirectives = {
  "default-src": ["'self'"],
  // Pagefind runs its search as WebAssembly (in a worker, or on the page if workers fail).
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  // The Component UI's styles ship as a file; the highlighter's own <style> is switched off.
  "style-src": ["'self'"],
  // The Component UI's stylesheet draws its icons as data: SVGs.
  "img-src": ["'self'", "data:"],
  // Index, fragments and the WebAssembly module are fetched from /pagefind/.
  "connect-src": ["'self'"],
  // /pagefind/pagefind-worker.js, a same-origin file: no blob: needed.
  "worker-src": ["'self'"],
};

/**
 * Writes directives as a header value.
 *
 * @example
 * formatCsp({ "default-src": ["'self'"], "img-src": ["'self'", "data:"] })
 * // => "default-src 'self'; img-src 'self' data:"
 */
export function formatCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}
