import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { news, newsByTopic, newsByYear, newsJsonLd, newsListUrl, newestFirst } from "../../../lib/content/news.ts";
import type { SiteData } from "../../../lib/load/data.ts";

const item = (date: string, title: string, topics?: string[]) => ({ url: `/aktuelles/${date.slice(0, 4)}/${title}/`, data: { date, title, topics } });

describe("news", () => {
  it("has list pages of ten, the first at /aktuelles/", () => {
    assert.equal(newsListUrl(1), "/aktuelles/");
    assert.equal(newsListUrl(2), "/aktuelles/seite/2/");
  });
  it("lists the newest first and groups by year and topic", () => {
    const items = [item("2025-05-01", "a", ["kez"]), item("2026-01-01", "b", ["kez", "burundi"]), item("2026-01-01", "c")];
    assert.deepEqual(
      [...items].sort((x, y) => newestFirst(x.data, y.data)).map((i) => i.data.title),
      ["b", "c", "a"],
    );
    assert.deepEqual(
      newsByYear(items).map((g) => [g.key, g.items.map((i) => i.data.title)]),
      [
        ["2026", ["b", "c"]],
        ["2025", ["a"]],
      ],
    );
    assert.deepEqual(
      newsByTopic(items).map((g) => [g.key, g.items.length]),
      [
        ["burundi", 1],
        ["kez", 2],
      ],
    );
  });
  it("holds back an article dated after today, and says so", () => {
    const data = {} as SiteData;
    assert.equal(news.leftOut!({ slug: "a", frontMatter: { date: "2026-12-03" } }, data, "2026-12-03"), undefined);
    assert.match(news.leftOut!({ slug: "a", frontMatter: { date: "2026-12-04" } }, data, "2026-12-03")!.notice!, /2026-12-04.*zurückgehalten/);
  });
  it("lives in the folder of its year and is not changed before it appears", () => {
    const lineOf = () => 2;
    const fm = { title: "A", date: "2026-03-01", teaser: "x".repeat(60) };
    assert.deepEqual(news.check!({ file: "src/aktuelles/2026/a.md", slug: "a", frontMatter: fm, lineOf }, undefined), []);
    assert.match(news.check!({ file: "src/aktuelles/2025/a.md", slug: "a", frontMatter: fm, lineOf }, undefined)[0]!.fix, /src\/aktuelles\/2026\//);
    assert.equal(news.check!({ file: "src/aktuelles/2026/a.md", slug: "a", frontMatter: { ...fm, updated: "2026-02-01" }, lineOf }, undefined)[0]!.field, "updated");
  });
  it("describes itself in NewsArticle JSON-LD", () => {
    const ld = newsJsonLd({ title: "A", date: "2026-11-20", teaser: "Kurz" }, { url: "https://www.sez.de/aktuelles/2026/a/", publisher: "SEZ", logo: "https://www.sez.de/icon-512.png" });
    assert.equal(ld["@type"], "NewsArticle");
    assert.equal(ld.datePublished, "2026-11-20");
    assert.equal(ld.dateModified, "2026-11-20");
  });
  it("scaffolds a draft dated today in the folder of this year", () => {
    const result = news.scaffold!.create({ title: "Grüße & Spaß", slug: "gruesse-und-spass", options: {}, read: () => undefined, today: "2027-01-05" });
    assert.ok("writes" in result);
    assert.equal(result.file, "src/aktuelles/2027/gruesse-und-spass.md");
    assert.match(result.writes[0]!.text, /^---\ntitle: Grüße & Spaß\ndate: 2027-01-05\nteaser: .*\n(?:#.*\n)*draft: true\n/);
  });
});
