import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { buildSearchIndex, compoundSplits, indexerCopy, listHtmlFiles, SEARCH_BUNDLE_DIR, searchWordsOf } from "../../../lib/search/index.ts";
import { scanPage, searchSourceOf } from "../../../lib/search/html.ts";
import { buildTopicTree } from "../../../lib/content/topic-tree.ts";
import { hyphenateHtml } from "../../../lib/build/hyphenate.ts";
import { SOFT_HYPHEN } from "../../../lib/shared/soft-hyphen.ts";

const TOPICS = buildTopicTree([{ slug: "kez", title: "Kommunale Entwicklungszusammenarbeit", teaser: "Ein Anreißer mit genug Text.", order: 10, kind: "thema" }]);

function page(title: string, body: string, indexed = true): string {
  return `<!doctype html><html lang="de"><head><meta name="description" content="${title}"></head><body><nav>Menü</nav><article${indexed ? " data-pagefind-body" : ""}><h1 data-pagefind-meta="title">${title}</h1><p>${body}</p></article></body></html>`;
}

function write(root: string, file: string, html: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), html);
}

/** A fingerprint of every file of the bundle (name and bytes). */
function bundleHash(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(root, full)).update(readFileSync(full));
    }
  };
  walk(path.join(root, SEARCH_BUNDLE_DIR));
  return hash.digest("hex");
}

describe("buildSearchIndex", () => {
  let site: string;

  before(() => {
    site = mkdtempSync(path.join(tmpdir(), "sez-search-"));
    write(site, "index.html", page("Startseite", "Die Zusammenarbeit, die Entwicklung und die Urkunde."));
    write(site, "themen/kez/index.html", page("Kommunale Entwicklungszusammenarbeit", "Die Partnerschaftsurkunde besiegelt die Partnerschaft."));
    write(site, "404.html", page("Nicht gefunden", "Diese Seite gibt es nicht.", false));
  });

  after(() => rmSync(site, { recursive: true, force: true }));

  test("indexes the pages with a search body and writes only the files the site uses", async () => {
    const report = await buildSearchIndex(site, TOPICS);
    assert.equal(report.pages, 2);
    assert.equal(report.compounds, 2);
    const bundle = path.join(site, SEARCH_BUNDLE_DIR);
    for (const file of ["pagefind.js", "pagefind-worker.js", "pagefind-highlight.js", "pagefind-entry.json"]) assert.ok(existsSync(path.join(bundle, file)), file);
    for (const file of ["pagefind-ui.js", "pagefind-component-ui.js", "pagefind-modular-ui.css"]) assert.ok(!existsSync(path.join(bundle, file)), file);
  });

  test("writes byte-identical bundles for the same site", async () => {
    await buildSearchIndex(site, TOPICS);
    const first = bundleHash(site);
    await buildSearchIndex(site, TOPICS);
    assert.equal(bundleHash(site), first);
  });

  test("soft hyphens in the built pages change nothing in the index: search finds every word as before", async () => {
    await buildSearchIndex(site, TOPICS);
    const plain = bundleHash(site);
    for (const file of listHtmlFiles(site)) writeFileSync(path.join(site, file), hyphenateHtml(readFileSync(path.join(site, file), "utf8")));
    assert.ok(readFileSync(path.join(site, "themen/kez/index.html"), "utf8").includes(`Part${SOFT_HYPHEN}ner${SOFT_HYPHEN}schafts`), "the page is hyphenated");
    await buildSearchIndex(site, TOPICS);
    assert.equal(bundleHash(site), plain);
  });

  test("with a cache (npm start) reads only the pages that changed, and writes the same bundle as without", async () => {
    const cache = new Map();
    await buildSearchIndex(site, TOPICS, cache);
    const first = bundleHash(site);
    const kez = path.join(site, "themen/kez/index.html");
    assert.equal(cache.size, 3, "every page read once");
    const entry = cache.get(kez);
    await buildSearchIndex(site, TOPICS, cache);
    assert.equal(cache.get(kez), entry, "an unchanged page is not read again");
    assert.equal(bundleHash(site), first);
    write(site, "themen/kez/index.html", page("Kommunale Entwicklungszusammenarbeit", "Die Partnerschaftsurkunde besiegelt die Städtepartnerschaft."));
    await buildSearchIndex(site, TOPICS, cache);
    assert.notEqual(cache.get(kez), entry, "a changed page is read again");
    const cached = bundleHash(site);
    await buildSearchIndex(site, TOPICS);
    assert.equal(bundleHash(site), cached, "the same bundle as read from scratch");
  });

  test("replaces an older bundle instead of adding to it", async () => {
    write(site, `${SEARCH_BUNDLE_DIR}/fragment/alt.pf_fragment`, "alt");
    await buildSearchIndex(site, TOPICS);
    assert.ok(!existsSync(path.join(site, SEARCH_BUNDLE_DIR, "fragment", "alt.pf_fragment")));
  });
});

describe("listHtmlFiles", () => {
  test("lists HTML files sorted, without the search bundle", () => {
    const root = mkdtempSync(path.join(tmpdir(), "sez-list-"));
    try {
      write(root, "b/index.html", "");
      write(root, "a.html", "");
      write(root, `${SEARCH_BUNDLE_DIR}/x.html`, "");
      write(root, "style.css", "");
      assert.deepEqual(listHtmlFiles(root), ["a.html", "b/index.html"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the index's steps", () => {
  test("a page's words, the site's splits, the indexer's copy", () => {
    const html = page("Partnerschaftsurkunde", "Eine Urkunde der Partnerschaft: die Partnerschaftsurkunde.");
    const source = searchSourceOf(html, scanPage(html))!;
    const words = searchWordsOf(source);
    assert.ok(words.vocabulary.includes("urkunde") && words.vocabulary.includes("partnerschaft"));
    assert.ok(words.candidates.includes("Partnerschaftsurkunde"));
    const splits = compoundSplits([words]);
    assert.deepEqual(splits.get("Partnerschaftsurkunde"), ["Partnerschafts", "urkunde"]);
    assert.ok(!splits.has("Urkunde"), "a word that is no compound is left out");
    const copy = indexerCopy("themen/kez/index.html", source, splits, "Kommunale Entwicklungszusammenarbeit");
    assert.ok(copy.includes("die Partnerschafts`urkunde."));
    assert.ok(copy.includes('data-pagefind-meta="description" hidden>Partnerschafts`urkunde</span>'));
    assert.ok(copy.includes('data-pagefind-filter="thema" hidden>Kommunale Entwicklungszusammenarbeit</span>'));
  });
});
