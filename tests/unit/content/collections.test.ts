import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { derived, folderData, itemsOf, ordered } from "../../../lib/content/collections.ts";
import { CONTENT_TYPES } from "../../../lib/content/index.ts";

const news = (title: string, date: string, contentType = "news") => ({ url: `/aktuelles/${title}/`, fileSlug: title, data: { contentType, title, date, teaser: "", page: { fileSlug: title } } });

describe("content type collections", () => {
  it("every type with a folder of its own has the folder data file that tags its pages", async () => {
    for (const type of CONTENT_TYPES.filter((t) => t.folder !== "src")) {
      const file = path.join(type.folder, `${path.basename(type.folder)}.11tydata.ts`);
      assert.ok(existsSync(file), `${file} fehlt: Ohne sie gehören die Seiten von ${type.id} zu keiner Sammlung (export default folderData("${type.id}"))`);
      const data = ((await import(pathToFileURL(path.resolve(file)).href)) as { default: unknown }).default;
      assert.deepEqual(data, folderData(type.id), `${file} muss folderData("${type.id}") liefern`);
    }
  });

  it("keeps a type's own pages, in the type's order, and not its folder's list templates", () => {
    const items = [news("b", "2026-03-01"), news("a", "2026-01-01"), { url: "/aktuelles/", data: {} }, news("c", "2026-02-01", "page")];
    assert.deepEqual(
      ordered("news", items).map((item) => item.url),
      ["/aktuelles/a/", "/aktuelles/b/"],
    );
    assert.equal(ordered("news", items), ordered("news", items), "one sorted array per collection");
    assert.deepEqual(itemsOf({ news: items }, "news"), ordered("news", items));
    assert.deepEqual(itemsOf({}, "news"), []);
  });

  it("derives the type's further collections from its ordered pages", () => {
    const items = [news("b", "2025-03-01"), news("a", "2026-01-01")];
    const years = derived("news", "newsYears", items) as { key: string; items: unknown[] }[];
    assert.deepEqual(
      years.map((group) => group.key),
      ["2026", "2025"],
    );
    assert.equal(derived("news", "newsYears", items), years);
    assert.throws(() => derived("news", "unbekannt", items), /leitet keine Sammlung unbekannt ab/);
  });
});
