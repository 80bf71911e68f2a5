import assert from "node:assert/strict";
import { test } from "node:test";
import { CACHE, formatHeaders, headerConflicts, headerRules, headersFor } from "../../../lib/hosting/headers.ts";
import { parseHeaders } from "../../../lib/hosting/serve.ts";

const rules = headerRules("default-src 'none'; frame-ancestors 'none'");

test("security headers apply to every URL", () => {
  for (const path of ["/", "/kontakt/", "/assets/site.1234567890.js", "/img/a-320.avif"]) {
    const headers = headersFor(rules, path);
    assert.equal(headers.get("content-security-policy"), "default-src 'none'; frame-ancestors 'none'");
    assert.match(headers.get("strict-transport-security") ?? "", /^max-age=\d{8}; includeSubDomains$/);
    assert.equal(headers.get("x-content-type-options"), "nosniff");
    assert.equal(headers.get("referrer-policy"), "strict-origin-when-cross-origin");
    assert.match(headers.get("permissions-policy") ?? "", /camera=\(\)/);
  }
});

test("hashed files are immutable for a year, HTML and fixed names revalidate", () => {
  const cache = (path: string) => headersFor(rules, path).get("cache-control");
  assert.equal(cache("/assets/main.1234567890.css"), CACHE.immutable);
  assert.equal(cache("/img/zNrwW3ql9u-640.jpeg"), CACHE.immutable);
  assert.equal(cache("/pagefind/fragment/de_1c28315.pf_fragment"), CACHE.immutable);
  assert.equal(cache("/pagefind/index/de_5393691.pf_index"), CACHE.immutable);
  assert.equal(cache("/pagefind/pagefind.de_b1a5caff70.pf_meta"), CACHE.immutable);
  for (const path of [
    "/",
    "/kontakt/",
    "/themen/kommunale-entwicklungszusammenarbeit/",
    "/404.html",
    "/sitemap.xml",
    "/pagefind/pagefind.js",
    "/pagefind/pagefind-entry.json",
    "/pagefind/wasm.de.pagefind",
    "/pagefind/pagefind-worker.js",
  ]) {
    assert.equal(cache(path), CACHE.revalidate, path);
  }
  assert.equal(cache("/favicon.ico"), CACHE.day);
  assert.equal(cache("/manifest.webmanifest"), CACHE.day);
});

test(".mjs files are served as JavaScript", () => {
  assert.equal(headersFor(rules, "/pagefind/pagefind-ui.mjs").get("content-type"), "text/javascript; charset=utf-8");
});

test("no URL gets a header from two rules", () => {
  const paths = [
    "/",
    "/kontakt/",
    "/404.html",
    "/index.html",
    "/assets/a.css",
    "/img/a.jpeg",
    "/pagefind/pagefind.js",
    "/pagefind/pagefind.de_1.pf_meta",
    "/pagefind/fragment/a.pf_fragment",
    "/pagefind/pagefind-ui.mjs",
    "/favicon.svg",
    "/icon-512.png",
    "/apple-touch-icon.png",
    "/robots.txt",
    "/sitemap.xml",
    "/manifest.webmanifest",
  ];
  assert.deepEqual(headerConflicts(rules, paths), []);
  const overlapping = [
    { pattern: "/*", headers: [["Cache-Control", "a"]] as [string, string][] },
    { pattern: "/assets/*", headers: [["Cache-Control", "b"]] as [string, string][] },
  ];
  assert.deepEqual(headerConflicts(overlapping, ["/assets/x.css"]), [{ path: "/assets/x.css", header: "cache-control", patterns: ["/*", "/assets/*"] }]);
});

test("the written file parses back into the same rules", () => {
  const parsed = parseHeaders(formatHeaders(rules));
  assert.deepEqual(
    parsed,
    rules.map(({ pattern, headers }) => ({ pattern, headers })),
  );
  assert.match(formatHeaders(rules), /^# /);
});
