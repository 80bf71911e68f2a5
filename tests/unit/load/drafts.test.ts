import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { loadSiteData } from "../../../lib/load/data.ts";
import { draftTopicSlugs, isDraftFrontMatter, unpublishedTopics } from "../../../lib/load/drafts.ts";

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("drafts", () => {
  it("are recognised in front matter, tolerating broken YAML", () => {
    assert.equal(isDraftFrontMatter("title: A\ndraft: true"), true);
    assert.equal(isDraftFrontMatter("title: A\ndraft: false"), false);
    assert.equal(isDraftFrontMatter('draft: "true"'), false);
    assert.equal(isDraftFrontMatter("title: ["), false);
  });
  it("take the topics below a draft topic with them", () => {
    const topics = [{ slug: "a" }, { slug: "b", parent: "a" }, { slug: "c", parent: "b" }, { slug: "d" }];
    assert.deepEqual([...unpublishedTopics(topics, new Set(["a"]))].sort(), ["a", "b", "c"]);
    assert.deepEqual([...unpublishedTopics(topics, new Set(["b"]))].sort(), ["b", "c"]);
    assert.deepEqual([...unpublishedTopics(topics, new Set())], []);
  });
  it("leave a draft topic out of the published tree but not out of the preview", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sez-drafts-"));
    dirs.push(dir);
    for (const folder of ["_data", "src", "assets/images", "assets/icons", "assets/publikationen"]) cpSync(folder, path.join(dir, folder), { recursive: true });
    const file = path.join(dir, "src/themen/kommunale-partnerschaften.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^---\n/, "---\ndraft: true\n"));
    assert.deepEqual([...draftTopicSlugs(dir, ["kommunale-partnerschaften", "fairer-handel"])], ["kommunale-partnerschaften"]);

    const published = loadSiteData(dir, { drafts: false }).data!;
    assert.equal(published.topics.bySlug["kommunale-partnerschaften"], undefined);
    assert.ok(!published.topics.bySlug["kommunale-entwicklungszusammenarbeit"]!.children.includes("kommunale-partnerschaften"));
    assert.equal(published.unpublishedTopics["kommunale-partnerschaften"]?.url, "/themen/kommunale-entwicklungszusammenarbeit/kommunale-partnerschaften/");

    const preview = loadSiteData(dir, { drafts: true }).data!;
    assert.ok(preview.topics.bySlug["kommunale-partnerschaften"]);
    assert.deepEqual(preview.unpublishedTopics, {});
  });
});
