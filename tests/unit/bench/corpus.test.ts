import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { countWords, generateCorpus, germanNumber, projectInputs, shuffled, topicsYaml } from "../../../bench/corpus.ts";
import { mulberry32 } from "../../../lib/shared/random.ts";
import { validateSources } from "../../../lib/validate/index.ts";

const inputs = projectInputs(process.cwd());
const corpus = generateCorpus({ pages: 60, seed: 7, ...inputs });
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("mulberry32", () => {
  it("is deterministic and in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(
      values,
      Array.from({ length: 1000 }, () => b()),
    );
    assert.ok(values.every((v) => v >= 0 && v < 1));
    assert.notDeepEqual(values.slice(0, 5), Array.from({ length: 5 }, mulberry32(43)));
  });
  it("shuffles without losing items", () => assert.deepEqual(shuffled(mulberry32(1), [1, 2, 3, 4, 5]).sort(), [1, 2, 3, 4, 5]));
});

describe("helpers", () => {
  it("writes German numbers", () => assert.equal(germanNumber(1234567), "1.234.567"));
  it("counts words", () => assert.equal(countWords("  Die SEZ\nfördert  Partnerschaften. "), 4));
});

describe("generateCorpus", () => {
  it("is the same for the same seed and differs for another", () => {
    assert.deepEqual(generateCorpus({ pages: 60, seed: 7, ...inputs }), corpus);
    assert.notDeepEqual(generateCorpus({ pages: 60, seed: 8, ...inputs }).files[0], corpus.files[0]);
  });
  it("mixes topic pages, news and events", () => {
    const kinds = corpus.files.map((f) => f.path.split("/")[0]);
    assert.equal(corpus.files.length, 60);
    assert.equal(kinds.filter((k) => k === "aktuelles").length, 15);
    assert.equal(kinds.filter((k) => k === "termine").length, 6);
    assert.ok(corpus.files.filter((f) => f.path.startsWith("themen/")).every((f) => !/^sample:/m.test(f.text)));
    assert.ok(
      corpus.files.filter((f) => !f.path.startsWith("themen/")).every((f) => /^sample: true$/m.test(f.text)),
      "invented news and events are marked as samples",
    );
  });
  it("writes about 800 words per topic page with headings, lists and links", () => {
    for (const file of corpus.files.filter((f) => f.path.startsWith("themen/"))) {
      const body = file.text.split("\n---\n")[1] ?? "";
      const words = countWords(body);
      assert.ok(words >= 700 && words <= 1100, `${file.path}: ${words} words`);
      assert.match(body, /^## /m);
      assert.match(body, /\]\(\/[^)]*\/\)/);
    }
    assert.ok(corpus.files.some((f) => /^- /m.test(f.text)));
    assert.ok(corpus.files.some((f) => /^1\. /m.test(f.text)));
    assert.ok(corpus.files.some((f) => /!\[\]\(bild:[a-z0-9-]+\)/.test(f.text)));
    assert.ok(corpus.files.some((f) => /^hero: /m.test(f.text)));
  });
  it("builds a tree: roots, children and grandchildren", () => {
    const bySlug = new Map(corpus.topics.map((t) => [t.slug, t]));
    const depth = (slug: string): number => (bySlug.get(slug)?.parent ? 1 + depth(bySlug.get(slug)!.parent!) : 0);
    const depths = new Set(corpus.topics.map((t) => depth(t.slug)));
    assert.deepEqual([...depths].sort(), [0, 1, 2]);
  });
  it("passes the real validator, and every internal link points to a page", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sez-corpus-"));
    dirs.push(dir);
    for (const part of ["_data", "assets/images", "assets/icons", "assets/publikationen", "src"]) cpSync(part, path.join(dir, part), { recursive: true });
    writeFileSync(path.join(dir, "_data/topics.yaml"), topicsYaml(inputs.topicsYamlText, corpus.topics));
    for (const file of corpus.files) {
      mkdirSync(path.dirname(path.join(dir, "src", file.path)), { recursive: true });
      writeFileSync(path.join(dir, "src", file.path), file.text);
    }
    const report = await validateSources(dir);
    assert.deepEqual(report.problems, []);
    const urls = new Set(report.pages.map((p) => p.url));
    for (const file of corpus.files) {
      for (const [, url] of file.text.matchAll(/\]\((\/[^)]*)\)/g)) assert.ok(urls.has(url!), `${file.path} links to ${url}, which is no page`);
    }
  });
});
