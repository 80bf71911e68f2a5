import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { programme } from "../../../lib/content/programme.ts";
import { publication } from "../../../lib/content/publication.ts";
import type { AnyContentType } from "../../../lib/content/types.ts";
import { splitFrontMatter } from "../../../lib/validate/pages.ts";

const input = (title: string, slug: string) => ({ title, slug, options: {}, read: () => undefined, today: "2026-12-03" });

describe("npm run neu -- foerderung / publikation", () => {
  for (const type of [programme, publication] as AnyContentType[]) {
    it(`${type.scaffold!.command}: writes a draft that passes its schema and rules`, () => {
      const result = type.scaffold!.create(input("Eine-Welt-Fonds", "eine-welt-fonds"));
      assert.ok("writes" in result);
      const text = result.writes[0]!.text;
      const fm = type.schema.parse(parse(splitFrontMatter(text)!.yaml));
      assert.equal((fm as { draft?: boolean }).draft, true);
      assert.deepEqual(type.check?.({ file: result.file, slug: "eine-welt-fonds", frontMatter: fm, lineOf: () => undefined }, undefined) ?? [], []);
    });
    it(`${type.scaffold!.command}: refuses a file that exists`, () => {
      const result = type.scaffold!.create({ ...input("A", "a"), read: () => "---\n---\n" });
      assert.ok("refused" in result);
    });
  }
  it("addresses follow the file name", () => {
    assert.equal(programme.computed!({ relative: "foerderung/a.md", slug: "a", frontMatter: { title: "A" } }, undefined as never).url, "/foerderung/a/");
    assert.equal(publication.computed!({ relative: "publikationen/b.md", slug: "b", frontMatter: { title: "B" } }, undefined as never).url, "/publikationen/b/");
  });
});
