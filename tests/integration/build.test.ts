/**
 * The production build end to end, on a copy of the project in a temporary folder (node_modules
 * linked, the image cache copied so photos are not encoded again): two builds of the same
 * sources are byte-identical (the second without the page cache, so the cache cannot change
 * the output either), the fast path gives what a sequential build gives, and a broken link stops the build with page and link named while
 * `_site/` stays exactly as it was.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { listFiles } from "../../lib/build/context.ts";
import { PAGE_CACHE_DIR } from "../../lib/build/page-cache.ts";
import { processHtml } from "../../lib/build/page-pass.ts";
import { renderInChild } from "../../lib/build/render.ts";
import { siteData } from "../../lib/load/data.ts";
import { buildSearchIndex, listHtmlFiles, SEARCH_BUNDLE_DIR } from "../../lib/search/index.ts";

const source = process.cwd();
const SKIP = new Set(["node_modules", ".git", "_site", ".site-next", ".site-previous", "test-results", "playwright-report", ".scratch", "bench"]);
const KEZ = "src/themen/kommunale-entwicklungszusammenarbeit.md";
let root = "";

/** A hash over every file's path and bytes below `dir`. */
function hashTree(dir: string): string {
  const hash = createHash("sha256");
  for (const file of listFiles(dir))
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(dir, file)))
      .update("\0");
  return hash.digest("hex");
}

function build(): { status: number | null; output: string } {
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

before(() => {
  root = mkdtempSync(path.join(tmpdir(), "sez-build-"));
  cpSync(source, root, { recursive: true, filter: (file) => !SKIP.has(path.relative(source, file).split(path.sep)[0] ?? "") });
  symlinkSync(realpathSync(path.join(source, "node_modules")), path.join(root, "node_modules"));
});

after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test("two builds of the same sources are byte-identical, with and without the page cache", () => {
  const first = build();
  assert.equal(first.status, 0, first.output);
  const firstHash = hashTree(path.join(root, "_site"));
  rmSync(path.join(root, PAGE_CACHE_DIR), { recursive: true, force: true });
  const second = build();
  assert.equal(second.status, 0, second.output);
  assert.equal(hashTree(path.join(root, "_site")), firstHash);
});

test("the fast path (page workers, page cache, search sources) gives the pages and search index of a straightforward sequential build", async () => {
  // The reference: Eleventy alone, then each page after the other in this process, then the
  // index read back from the finished pages, as `npm start` builds it.
  const reference = path.join(root, ".reference");
  try {
    await renderInChild(root, reference);
    const pages = listHtmlFiles(reference);
    assert.ok(pages.length > 50, `${pages.length} pages`);
    for (const file of pages) {
      const target = path.join(reference, file);
      writeFileSync(target, processHtml(readFileSync(target, "utf8"), file).html);
    }
    const report = await buildSearchIndex(reference, siteData(root).topics);
    assert.ok(report.compounds > 0, "the reference splits compounds too");
    const site = path.join(root, "_site");
    const differing = pages.filter((file) => !readFileSync(path.join(site, file)).equals(readFileSync(path.join(reference, file))));
    assert.deepEqual(differing, [], "pages that differ from the sequential build");
    assert.deepEqual(listFiles(path.join(site, SEARCH_BUNDLE_DIR)), listFiles(path.join(reference, SEARCH_BUNDLE_DIR)));
    assert.equal(hashTree(path.join(site, SEARCH_BUNDLE_DIR)), hashTree(path.join(reference, SEARCH_BUNDLE_DIR)), "the search bundles are byte-identical, so every query finds the same");
  } finally {
    rmSync(reference, { recursive: true, force: true });
  }
});

test("a photo added since the last build is encoded and published with the pages that show it", async () => {
  // Eleventy copies passthrough files before it computes global data: photos encoded there
  // reached .cache/img/ but not _site/img/ (first build on a fresh machine, or a new photo).
  const { default: sharp } = await import("sharp");
  await sharp({ create: { width: 400, height: 300, channels: 3, background: "#3a7d44" } })
    .jpeg()
    .toFile(path.join(root, "assets/images/test-neues-foto.jpg"));
  const credits = path.join(root, "_data/images.yaml");
  const original = readFileSync(credits, "utf8");
  writeFileSync(
    credits,
    `${original}- id: test-neues-foto\n  file: test-neues-foto.jpg\n  alt: Grüne Fläche\n  caption: Ein neues Foto\n  credit: Test\n  license: Alle Rechte vorbehalten\n  source: Test\n`,
  );
  const result = build();
  writeFileSync(credits, original);
  rmSync(path.join(root, "assets/images/test-neues-foto.jpg"));
  assert.equal(result.status, 0, result.output);
  const credited = readFileSync(path.join(root, "_site/bildnachweis/index.html"), "utf8");
  const urls = [...new Set([...credited.matchAll(/\/img\/[\w-]+\.(?:avif|webp|jpeg)/g)].map((m) => m[0]))];
  const published = urls.filter((url) => existsSync(path.join(root, "_site", url)));
  assert.ok(urls.length > 0);
  assert.deepEqual(published, urls);
});

test("a broken link fails the build, names page and link, and leaves _site/ untouched", () => {
  const before = hashTree(path.join(root, "_site"));
  const page = path.join(root, KEZ);
  const text = readFileSync(page, "utf8");
  writeFileSync(page, `${text}\nMehr dazu im [Archiv](/themen/gibt-es-nicht/).\n`);
  const broken = build();
  assert.notEqual(broken.status, 0);
  const line = text.split("\n").length + 1;
  assert.match(broken.output, new RegExp(`${KEZ.replace(/[.]/g, "\\.")}:${line}`));
  // The source check (lib/validate/links.ts) finds it before rendering and names the line;
  // the output check (lib/check/) covers links from layouts and data, see its unit tests.
  assert.match(broken.output, /den Link „Archiv“ auf \/themen\/gibt-es-nicht\/, eine Adresse, unter der es keine Seite gibt/);
  assert.match(broken.output, /Die zuletzt veröffentlichte Fassung bleibt unverändert/);
  assert.equal(hashTree(path.join(root, "_site")), before);
  assert.ok(!existsSync(path.join(root, ".site-next")));
  writeFileSync(page, text);
});
