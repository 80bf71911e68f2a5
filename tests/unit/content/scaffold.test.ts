import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { PageFrontMatterSchema } from "../../../lib/schemas/page.ts";
import { TopicsFileSchema } from "../../../lib/schemas/topic.ts";
import { appendBlock, nextOrder, pageMarkdown, slugFromTitle, topicEntryYaml } from "../../../lib/content/scaffold.ts";
import { splitFrontMatter } from "../../../lib/validate/pages.ts";

describe("slugFromTitle", () => {
  it("writes umlauts as ae/oe/ue, ß as ss and & as und", () => {
    assert.equal(slugFromTitle("Öffentliche Beschaffung & Fairness"), "oeffentliche-beschaffung-und-fairness");
    assert.equal(slugFromTitle("Straße der Zukunft"), "strasse-der-zukunft");
    assert.equal(slugFromTitle("  Ärzte ohne Grenzen – Projekt 2025 "), "aerzte-ohne-grenzen-projekt-2025");
    assert.equal(slugFromTitle("!!!"), "");
  });
});

describe("page templates", () => {
  it("make a valid draft page with the title", () => {
    const text = pageMarkdown({ title: "Presse: Mitteilungen" });
    const split = splitFrontMatter(text)!;
    const data = PageFrontMatterSchema.parse(parse(split.yaml));
    assert.equal(data.title, "Presse: Mitteilungen");
    assert.equal(data.draft, true);
    assert.match(split.body, /^\nBitte ersetzen/);
  });
  it("make a topic page without title (it comes from topics.yaml)", () => {
    const data = PageFrontMatterSchema.parse(parse(splitFrontMatter(pageMarkdown({}))!.yaml));
    assert.equal(data.title, undefined);
  });
});

describe("topic entries", () => {
  it("are valid YAML entries that append cleanly", () => {
    const yaml = appendBlock(
      "# Kommentar\n- slug: a\n  title: A\n  teaser: Ein Anreißer mit genug Text.\n  order: 10\n\n\n",
      topicEntryYaml({ slug: "b", title: "B: mit Doppelpunkt", order: 20, parent: "a" }),
    );
    const topics = TopicsFileSchema.parse(parse(yaml));
    assert.equal(topics[1]!.title, "B: mit Doppelpunkt");
    assert.equal(topics[1]!.parent, "a");
    assert.equal(topics[1]!.kind, "handlungsfeld");
    assert.match(yaml, /order: 10\n- slug: b\n/);
  });
  it("come after their last sibling", () => {
    const topics = [{ order: 10 }, { order: 40 }, { order: 70, parent: "x" }];
    assert.equal(nextOrder(topics, undefined), 50);
    assert.equal(nextOrder(topics, "x"), 80);
    assert.equal(nextOrder(topics, "y"), 10);
  });
});
