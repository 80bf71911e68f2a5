import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { z } from "zod";
import { fieldRows, guideChapter, GUIDE_MARKERS, withGuideChapter } from "../../../lib/content/guide.ts";
import { CONTENT_TYPES } from "../../../lib/content/index.ts";
import { IsoDate, Line } from "../../../lib/schemas/common.ts";

describe("the guide's chapter on content types", () => {
  it("lists every field with whether it is required and what it expects", () => {
    const rows = fieldRows(z.strictObject({ title: Line.describe("ein Titel"), updated: IsoDate.optional(), draft: z.boolean().optional() }));
    assert.deepEqual(rows, [
      { name: "title", required: true, expected: "ein Titel" },
      { name: "updated", required: false, expected: "ein Datum im Format JJJJ-MM-TT, z. B. 2013-02-11" },
      { name: "draft", required: false, expected: "true oder false" },
    ]);
  });
  it("has a section per type and leaves out what a type refuses", () => {
    const chapter = guideChapter(CONTENT_TYPES);
    for (const type of CONTENT_TYPES) assert.ok(chapter.includes(`### ${type.label.many}\n`), type.id);
    const topics = chapter.slice(chapter.indexOf("### Themen"));
    assert.doesNotMatch(topics.split("###")[1]!, /\| `title` \|/);
  });
  it("replaces the chapter between its markers", () => {
    const guide = `# H\n\n${GUIDE_MARKERS.start}\nalt\n${GUIDE_MARKERS.end}\n\n## Markdown`;
    assert.equal(withGuideChapter(guide, `${GUIDE_MARKERS.start}\nneu\n${GUIDE_MARKERS.end}`), `# H\n\n${GUIDE_MARKERS.start}\nneu\n${GUIDE_MARKERS.end}\n\n## Markdown`);
  });
  it("is up to date in docs/redaktion.md", () => {
    const guide = readFileSync("docs/redaktion.md", "utf8");
    assert.equal(withGuideChapter(guide, guideChapter(CONTENT_TYPES)), guide, "docs/redaktion.md ist veraltet: npm run docs");
  });
});
