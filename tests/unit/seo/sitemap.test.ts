import assert from "node:assert/strict";
import { test } from "node:test";
import { robotsTxt, sitemapXml, xmlEscape } from "../../../lib/seo/sitemap.ts";

test("the sitemap lists pages sorted by URL with their lastmod", () => {
  const xml = sitemapXml([{ loc: "https://www.sez.de/kontakt/", lastmod: "2026-11-20" }, { loc: "https://www.sez.de/" }]);
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'));
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.deepEqual(locs, ["https://www.sez.de/", "https://www.sez.de/kontakt/"]);
  assert.match(xml, /<url><loc>https:\/\/www\.sez\.de\/kontakt\/<\/loc><lastmod>2026-11-20<\/lastmod><\/url>/);
  assert.match(xml, /<url><loc>https:\/\/www\.sez\.de\/<\/loc><\/url>/);
});

test("XML special characters are escaped", () => {
  assert.equal(xmlEscape(`a&b<c>"d'`), "a&amp;b&lt;c&gt;&quot;d&apos;");
  assert.match(sitemapXml([{ loc: "https://x.de/?a=1&b=2" }]), /\?a=1&amp;b=2/);
});

test("robots.txt names the sitemap and keeps crawlers out of the search index", () => {
  const robots = robotsTxt("https://www.sez.de");
  assert.match(robots, /^User-agent: \*$/m);
  assert.match(robots, /^Disallow: \/pagefind\/$/m);
  assert.match(robots, /^Sitemap: https:\/\/www\.sez\.de\/sitemap\.xml$/m);
});
