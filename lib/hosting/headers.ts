/**
 * The `_headers` file (read by Netlify and Cloudflare Pages, and by `lib/hosting/serve.ts` in tests):
 * security headers for every response, a year of immutable caching for files whose names
 * change with their content, and revalidation for everything else.
 *
 * Every header is set by at most one rule per URL: the two hosts merge overlapping rules
 * differently (Cloudflare joins values with a comma), so rules never overlap for a header.
 */
import { matchesPattern, type HeaderRule } from "./serve.ts";

/** Cache-Control values. */
export const CACHE = {
  /** Content-hashed files: a changed file gets a new name, so the old one never changes. */
  immutable: "public, max-age=31536000, immutable",
  /**
   * HTML and other files with fixed names: the CDN keeps them at the edge until the next
   * deploy, browsers ask again each time (a 304 is a few bytes). So a visitor never combines
   * a stale page with assets the new deploy has removed.
   */
  revalidate: "public, max-age=0, must-revalidate",
  /** Icons and the manifest: fixed names browsers look for, rarely changed. */
  day: "public, max-age=86400",
} as const;

/** What a rule is for; written as a comment above it. */
export interface DocumentedRule extends HeaderRule {
  comment?: string;
}

/** Security headers for every response. */
export function securityHeaders(csp: string): [string, string][] {
  return [["Content-Security-Policy", csp], ...securityHeadersWithoutCsp()];
}

/** The security headers apart from the CSP (when parts of the site have policies of their own). */
function securityHeadersWithoutCsp(): [string, string][] {
  return [
    ["Strict-Transport-Security", "max-age=63072000; includeSubDomains"],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
  ];
}

const cache = (pattern: string, value: string, comment?: string): DocumentedRule => ({ pattern, headers: [["Cache-Control", value]], comment });

/**
 * A folder of the output with a CSP of its own (the editing UI at `/admin/`), and the
 * top-level names of the output, which get the site's policy.
 */
export interface OwnPolicy {
  /** Folder name below the output root, e.g. `admin`. */
  folder: string;
  /** Its policy, as a header value. */
  csp: string;
  /** Every file and folder name directly in the output, folders with a slash (`index.html`, `themen/`, `admin/`). */
  topLevel: readonly string[];
}

/**
 * The security rules when one folder has a policy of its own. Rules may not overlap for a
 * header (Cloudflare would join two policies with a comma, and a browser enforces both), and
 * `_headers` has no "everything except": so the site's policy is given to each top-level
 * name of the output, the folder gets its own, and `/*` keeps the headers all share.
 *
 * @example
 * splitPolicies("S", { folder: "admin", csp: "A", topLevel: ["index.html", "themen/", "admin/"] }).map((r) => r.pattern)
 * // => ["/*", "/", "/index.html", "/themen/*", "/admin/*"]
 */
export function splitPolicies(csp: string, own: OwnPolicy): DocumentedRule[] {
  const policy = (pattern: string, value: string, comment?: string): DocumentedRule => ({ pattern, headers: [["Content-Security-Policy", value]], comment });
  const names = [...own.topLevel].filter((name) => name !== `${own.folder}/` && !name.startsWith("_")).sort();
  return [
    { pattern: "/*", headers: securityHeadersWithoutCsp(), comment: "Sicherheit: für jede Antwort" },
    policy("/", csp, `CSP der Website: für jeden Pfad außer /${own.folder}/ (Regeln dürfen sich nicht überschneiden)`),
    ...names.map((name) => policy(name.endsWith("/") ? `/${name}*` : `/${name}`, csp)),
    policy(`/${own.folder}/*`, own.csp, `CSP der Redaktionsoberfläche /${own.folder}/ (lib/cms/csp.ts)`),
  ];
}

/**
 * All rules of the site's `_headers` file.
 *
 * Pagefind names its index chunks, fragments, filters and `.pf_meta` files by content hash;
 * `pagefind.js`, `pagefind-entry.json`, the UI files, the worker and the `wasm.*` files keep
 * their names across builds (and across Pagefind versions), so they are revalidated.
 *
 * @example
 * headerRules("default-src 'none'")[0].pattern // => "/*"
 */
export function headerRules(csp: string, own?: OwnPolicy): DocumentedRule[] {
  return [
    ...(own ? splitPolicies(csp, own) : [{ pattern: "/*", headers: securityHeaders(csp), comment: "Sicherheit: für jede Antwort" }]),
    cache("/", CACHE.revalidate, "HTML: Browser fragen jedes Mal nach (304), das CDN hält die Seite bis zum nächsten Deploy"),
    cache("/*/", CACHE.revalidate),
    cache("/*.html", CACHE.revalidate),
    cache("/sitemap.xml", CACHE.revalidate),
    cache("/robots.txt", CACHE.revalidate),
    cache("/assets/*", CACHE.immutable, "Dateinamen mit Inhalts-Hash: ein Jahr, unveränderlich"),
    cache("/img/*", CACHE.immutable),
    cache("/pagefind/fragment/*", CACHE.immutable, "Pagefind: Index-Teile tragen einen Inhalts-Hash im Namen"),
    cache("/pagefind/index/*", CACHE.immutable),
    cache("/pagefind/filter/*", CACHE.immutable),
    cache("/pagefind/*.pf_meta", CACHE.immutable),
    cache("/pagefind/*.js", CACHE.revalidate, "Pagefind: feste Namen (Einstieg, Oberfläche, Worker, WebAssembly)"),
    cache("/pagefind/*.css", CACHE.revalidate),
    cache("/pagefind/*.json", CACHE.revalidate),
    cache("/pagefind/wasm.*", CACHE.revalidate),
    cache("/favicon.*", CACHE.day, "Icons und Manifest: feste Namen, die Browser erwarten"),
    cache("/apple-touch-icon.png", CACHE.day),
    cache("/icon-*", CACHE.day),
    cache("/manifest.webmanifest", CACHE.day),
    {
      pattern: "/*.mjs",
      headers: [["Content-Type", "text/javascript; charset=utf-8"]],
      comment: "ES-Module: Netlify und Cloudflare erkennen .mjs selbst; die Regel sichert es für jeden Host ab",
    },
  ];
}

/**
 * Writes rules in the `_headers` format.
 *
 * @example
 * formatHeaders([{ pattern: "/*", headers: [["X-Content-Type-Options", "nosniff"]] }])
 * // => "/*\n  X-Content-Type-Options: nosniff\n"
 */
export function formatHeaders(rules: readonly DocumentedRule[]): string {
  return rules
    .map((rule) => {
      const comment = rule.comment ? `# ${rule.comment}\n` : "";
      return `${comment}${rule.pattern}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}\n`).join("")}`;
    })
    .join("");
}

/** A header that more than one rule sets for the same URL. */
export interface HeaderConflict {
  path: string;
  header: string;
  patterns: string[];
}

/**
 * Finds URLs for which two rules set the same header (hosts would merge or pick differently).
 *
 * @example
 * headerConflicts([cacheRule("/*"), cacheRule("/assets/*")], ["/assets/a.css"])
 * // => [{ path: "/assets/a.css", header: "cache-control", patterns: ["/*", "/assets/*"] }]
 */
export function headerConflicts(rules: readonly HeaderRule[], paths: Iterable<string>): HeaderConflict[] {
  const conflicts: HeaderConflict[] = [];
  for (const path of paths) {
    const byHeader = new Map<string, string[]>();
    for (const rule of rules) {
      if (!matchesPattern(rule.pattern, path)) continue;
      for (const [name] of rule.headers) {
        const key = name.toLowerCase();
        byHeader.set(key, [...(byHeader.get(key) ?? []), rule.pattern]);
      }
    }
    for (const [header, patterns] of byHeader) if (patterns.length > 1) conflicts.push({ path, header, patterns });
  }
  return conflicts;
}

/**
 * The headers a URL gets, as the server in `lib/hosting/serve.ts` applies them.
 *
 * @example
 * headersFor(headerRules("x"), "/assets/a.css").get("cache-control") // => CACHE.immutable
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (matchesPattern(rule.pattern, path)) for (const [name, value] of rule.headers) result.set(name.toLowerCase(), value);
  }
  return result;
}
