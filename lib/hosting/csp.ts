/**
 * The site's Content-Security-Policy: one policy for the `_headers` file and for the
 * `<meta http-equiv>` in every page, so it holds on any host. Nothing runs or loads unless it
 * comes from the site itself; the only inline code is the page's own CSS, allowed by its hash.
 */
import { createHash } from "node:crypto";

/** Directive name -> sources, in the order they are written. */
export type CspDirectives = ReadonlyArray<readonly [string, readonly string[]]>;

/** Directives a `<meta>` policy cannot carry; browsers ignore them there with a console warning. */
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "report-to", "sandbox"]);

/**
 * The CSP source expression for an inline block: `'sha256-<base64>'` of its exact text.
 *
 * @example
 * cspHash("a{color:red}") // => "'sha256-...'" (base64 of the SHA-256 digest)
 */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The site's policy. `inlineStyles` are the texts of the `<style>` blocks the layouts write.
 * Why each source is there:
 * - `'wasm-unsafe-eval'`: Pagefind compiles its WebAssembly search engine; it allows no JS eval.
 * - `img-src data:`: small inline images in Pagefind's UI styles.
 * - `connect-src 'self'`: Pagefind fetches its index files; nothing else is fetched.
 * - `worker-src 'self'`: Pagefind's web worker is a same-origin file.
 *
 * @example
 * sitePolicy(["a{color:red}"]).find(([name]) => name === "style-src")
 * // => ["style-src", ["'self'", "'sha256-...'"]]
 */
export function sitePolicy(inlineStyles: readonly string[]): CspDirectives {
  const styleHashes = [...new Set(inlineStyles.map(cspHash))].sort();
  return [
    ["default-src", ["'none'"]],
    ["script-src", ["'self'", "'wasm-unsafe-eval'"]],
    ["style-src", ["'self'", ...styleHashes]],
    ["img-src", ["'self'", "data:"]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["worker-src", ["'self'"]],
    ["manifest-src", ["'self'"]],
    ["form-action", ["'self'"]],
    ["base-uri", ["'none'"]],
    ["object-src", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
  ];
}

/**
 * Writes a policy as a header value, or for a `<meta>` tag without the header-only directives.
 *
 * @example
 * formatCsp([["default-src", ["'none'"]], ["frame-ancestors", ["'none'"]]], "header")
 * // => "default-src 'none'; frame-ancestors 'none'"
 * formatCsp([["default-src", ["'none'"]], ["frame-ancestors", ["'none'"]]], "meta")
 * // => "default-src 'none'"
 */
export function formatCsp(directives: CspDirectives, target: "header" | "meta"): string {
  return directives
    .filter(([name]) => target === "header" || !HEADER_ONLY.has(name))
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/**
 * Whether a directive of the policy lists a source (exact match, as browsers compare hashes).
 *
 * @example
 * allowsSource(sitePolicy(["x"]), "style-src", cspHash("x")) // => true
 */
export function allowsSource(directives: CspDirectives, directive: string, source: string): boolean {
  return directives.some(([name, sources]) => name === directive && sources.includes(source));
}
