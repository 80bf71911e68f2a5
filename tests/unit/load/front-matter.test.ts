import assert from "node:assert/strict";
import { describe, it } from "node:test";
import matter from "gray-matter";
import { frontMatterEngines, normaliseText, parseFrontMatterYaml, splitFrontMatter } from "../../../lib/load/front-matter.ts";
import { isDraftFrontMatter } from "../../../lib/load/drafts.ts";
import { ProblemsError } from "../../../lib/shared/problems.ts";

describe("normaliseText", () => {
  it("turns CRLF and lone CR into LF and drops a byte-order mark", () => {
    assert.equal(normaliseText("\uFEFFa\r\nb\rc\n"), "a\nb\nc\n");
  });
});

describe("one reading of front matter for validation and rendering", () => {
  const crlf = "---\r\ntitle: A\r\ndraft: true\r\ndonationBox: false\r\n---\r\nText\r\n";
  it("splits CRLF files like LF files, with the same body line", () => {
    assert.deepEqual(splitFrontMatter(crlf), { yaml: "title: A\ndraft: true\ndonationBox: false", body: "Text\n", bodyLine: 6 });
  });
  it("gives Eleventy's engine the values the validator sees: draft: true\\r is true", () => {
    // gray-matter hands the engine the raw text between the --- lines, \r included.
    const parsed = matter(crlf, { engines: frontMatterEngines() } as never);
    assert.deepEqual(parsed.data, { title: "A", draft: true, donationBox: false });
    assert.equal(isDraftFrontMatter(splitFrontMatter(crlf)!.yaml), true);
  });
  it("refuses ---js, ---javascript and ---json front matter without running it", () => {
    let ran = false;
    (globalThis as { sezRan?: () => void }).sezRan = () => (ran = true);
    for (const language of ["js", "javascript", "json"]) {
      assert.throws(() => matter(`---${language}\n{ title: globalThis.sezRan() }\n---\nText`, { engines: frontMatterEngines() } as never), ProblemsError);
    }
    assert.equal(ran, false);
  });
  it("throws a German problem naming the file for broken YAML", () => {
    assert.throws(
      () => parseFrontMatterYaml("title: A\ntitle: B\n", "src/a.md"),
      (error: unknown) => error instanceof ProblemsError && /src\/a\.md:3/.test(error.message),
    );
  });
  it("a plain ---js line is no front matter for the validator", () => {
    assert.equal(splitFrontMatter("---js\n{}\n---\n"), undefined);
  });
});
