import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { statusText } from "../../../lib/content/rounds.ts";
import { newestNews, nextEvents, withStatus, type CollectionItem } from "../../../lib/render/listings.ts";
import { ProgrammeFrontMatterSchema, type ProgrammeFrontMatter } from "../../../lib/schemas/programme.ts";
import { splitFrontMatter } from "../../../lib/validate/pages.ts";

/** The sample programmes of src/foerderung/ as collection items. */
function samples(): CollectionItem<ProgrammeFrontMatter>[] {
  return readdirSync("src/foerderung")
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const text = readFileSync(`src/foerderung/${name}`, "utf8");
      return { url: `/foerderung/${name.replace(/\.md$/, "")}/`, data: ProgrammeFrontMatterSchema.parse(parse(splitFrontMatter(text)!.yaml)) };
    });
}

describe("the programmes' overview order follows today", () => {
  it("moves a programme from open to closed when today passes its deadline", () => {
    const programme = samples().find((p) => p.url.includes("eine-welt-schulen"))!;
    const before = withStatus([programme], "2027-03-31")[0]!;
    const after = withStatus([programme], "2027-04-01")[0]!;
    assert.equal(statusText(before.status), "Bewerbung möglich bis 31. März 2027");
    assert.equal(statusText(after.status), "Nächste Runde ab 1. September 2027");
  });
  it("puts open programmes first, then upcoming ones, then the rest", () => {
    const order = withStatus(samples(), "2026-12-03").map((p) => p.status.kind);
    assert.deepEqual(order, ["open", "upcoming", "none"]);
  });
});

describe("the start page's lists", () => {
  it("takes the three newest news", () => {
    const news = ["2026-01-01", "2026-05-01", "2026-03-01", "2026-04-01"].map((date) => ({ url: `/aktuelles/${date}/`, data: { date, title: date } }));
    assert.deepEqual(
      newestNews(news).map((n) => n.data.date),
      ["2026-05-01", "2026-04-01", "2026-03-01"],
    );
    assert.deepEqual(newestNews(undefined), []);
  });
  it("takes the next three events that have not ended, soonest first", () => {
    const events = [
      { url: "/a/", data: { title: "A", start: "2026-12-01T18:00", end: "2026-12-01T20:00" } },
      { url: "/b/", data: { title: "B", start: "2026-12-02", end: "2026-12-04" } },
      { url: "/c/", data: { title: "C", start: "2027-01-10T10:00", end: "2027-01-10T12:00" } },
      { url: "/d/", data: { title: "D", start: "2026-12-20", end: "2026-12-20" } },
      { url: "/e/", data: { title: "E", start: "2027-02-01", end: "2027-02-01" } },
    ];
    assert.deepEqual(
      nextEvents(events, "2026-12-03").map((e) => e.url),
      ["/b/", "/d/", "/c/"],
    );
  });
});
