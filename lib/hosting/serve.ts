/**
 * A static server for `_site/` that behaves like the CDN: the `_headers` file's rules are
 * applied (so tests run under the real Content-Security-Policy), `.mjs` is served as
 * JavaScript, and unknown URLs get `404.html` with status 404.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import sirv from "sirv";

/** One `_headers` rule: a path pattern and the headers for matching URLs. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/**
 * Parses the `_headers` format read by Netlify and Cloudflare Pages.
 *
 * @example
 * parseHeaders("/*\n  X-Frame-Options: DENY\n")
 * // => [{ pattern: "/*", headers: [["X-Frame-Options", "DENY"]] }]
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Whether a `_headers` pattern (`*` matches any run of characters) matches a URL path.
 *
 * @example
 * matchesPattern("/assets/*", "/assets/main.css") // => true
 */
export function matchesPattern(pattern: string, urlPath: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return regex.test(urlPath);
}

/**
 * Starts the server on 127.0.0.1.
 *
 * @example
 * const server = await serveSite("_site", 8080);
 */
export function serveSite(dir: string, port: number): Promise<Server> {
  const root = path.resolve(dir);
  const headersFile = path.join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, "utf8")) : [];
  const notFound = path.join(root, "404.html");
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ["html"],
    setHeaders(res, pathname) {
      if (pathname.endsWith(".mjs")) res.setHeader("Content-Type", "text/javascript; charset=utf-8");
    },
  });
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
    for (const rule of rules) {
      if (matchesPattern(rule.pattern, urlPath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(existsSync(notFound) ? readFileSync(notFound) : "404");
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
