import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { decodeUtf8, pageUrl, splitFrontMatter } from "../../../lib/validate/pages.ts";
import { validateSources } from "../../../lib/validate/index.ts";
import { takeFrontMatter } from "../../../lib/validate/yaml.ts";

describe("splitFrontMatter", () => {
  it("splits YAML and body and knows where the body starts", () => {
    assert.deepEqual(splitFrontMatter("---\ntitle: A\n---\nText"), { yaml: "title: A", body: "Text", bodyLine: 4 });
  });
  it("returns undefined without front matter", () => assert.equal(splitFrontMatter("# Titel"), undefined));
});

describe("pageUrl", () => {
  it("maps files to German URLs", () => {
    assert.equal(pageUrl("src/index.md", {}, undefined), "/");
    assert.equal(pageUrl("src/kontakt.md", {}, undefined), "/kontakt/");
    assert.equal(pageUrl("src/404.md", { permalink: "404.html" }, undefined), "/404.html");
    assert.equal(pageUrl("src/themen/a.md", {}, "/themen/x/a/"), "/themen/x/a/");
  });
});

describe("the real project", () => {
  it("has no problems and every required page", async () => {
    const report = await validateSources(process.cwd());
    assert.deepEqual(report.problems, []);
    const urls = report.pages.map((p) => p.url);
    for (const url of [
      "/",
      "/themen/",
      "/themen/kommunale-entwicklungszusammenarbeit/",
      "/kontakt/",
      "/spenden/",
      "/impressum/",
      "/datenschutz/",
      "/barrierefreiheit/",
      "/leichte-sprache/",
      "/404.html",
    ]) {
      assert.ok(urls.includes(url), `missing ${url}`);
    }
    const fields = report.pages.filter((p) => p.url.startsWith("/themen/kommunale-entwicklungszusammenarbeit/") && p.url.split("/").length === 5);
    assert.equal(fields.length, 4);
  });

  it("hands parsed front matter to Eleventy only when Eleventy renders in this process", async () => {
    const yaml = splitFrontMatter(readFileSync("src/kontakt.md", "utf8"))!.yaml;
    await validateSources(process.cwd());
    assert.equal(takeFrontMatter(`\n${yaml}`), undefined);
    await validateSources(process.cwd(), { forEleventy: true });
    assert.equal((takeFrontMatter(`\n${yaml}`) as { title?: string }).title, "Kontakt");
  });
});

describe("decodeUtf8", () => {
  it("names the first line that is not UTF-8", () => {
    assert.deepEqual(decodeUtf8(Buffer.from("Grüße\n")), { text: "Grüße\n" });
    assert.deepEqual(decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0x47, 0xe4, 0x0a])), { badLine: 3 });
    assert.deepEqual(decodeUtf8(Buffer.from([0xff, 0xfe, 0x61, 0x00])), { badLine: 1 });
  });
});

describe("pages in a preview and in production", () => {
  it("mark drafts and publish them only in the preview", async () => {
    const production = await validateSources(process.cwd(), { drafts: false });
    const preview = await validateSources(process.cwd(), { drafts: true });
    assert.ok(production.sources.every((s) => s.published === !s.draft));
    assert.ok(preview.sources.every((s) => s.published));
  });
});

describe("validation of a changed page", () => {
  it("reports a mistake made after the last run, and forgets it once fixed", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sez-pages-"));
    try {
      for (const part of ["_data", "assets/images", "assets/icons", "assets/publikationen", "src"]) cpSync(part, path.join(dir, part), { recursive: true });
      assert.deepEqual((await validateSources(dir)).problems, []);
      const file = path.join(dir, "src/kontakt.md");
      const original = readFileSync(file, "utf8");
      writeFileSync(file, original.replace(/^description: .*$/m, "description: zu kurz"));
      const problems = (await validateSources(dir)).problems;
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.file, "src/kontakt.md");
      assert.equal(problems[0]!.field, "description");
      writeFileSync(file, original);
      assert.deepEqual((await validateSources(dir)).problems, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
