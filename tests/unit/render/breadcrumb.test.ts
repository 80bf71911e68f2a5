import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { breadcrumbJsonLd, breadcrumbTrail, navCurrent } from "../../../lib/render/breadcrumb.ts";
import { buildTopicTree } from "../../../lib/content/topic-tree.ts";

const tree = buildTopicTree([
  { slug: "kez", title: "Kommunale Entwicklungszusammenarbeit (KEZ)", shortTitle: "Kommunale Entwicklungszusammenarbeit", teaser: "...", order: 1, kind: "thema" },
  { slug: "partner", title: "Kommunale Partnerschaften", teaser: "...", order: 1, parent: "kez", kind: "handlungsfeld" },
]);

describe("breadcrumbTrail", () => {
  it("follows the topic tree", () => {
    assert.deepEqual(
      breadcrumbTrail("/themen/kez/partner/", "", "partner", tree).map((c) => c.title),
      ["Startseite", "Themen", "Kommunale Entwicklungszusammenarbeit", "Kommunale Partnerschaften"],
    );
  });
  it("puts other pages under the start page", () => {
    assert.deepEqual(breadcrumbTrail("/kontakt/", "Kontakt", undefined, tree), [
      { title: "Startseite", url: "/" },
      { title: "Kontakt", url: "/kontakt/" },
    ]);
  });
  it("builds a schema.org BreadcrumbList with absolute URLs", () => {
    const ld = breadcrumbJsonLd(breadcrumbTrail("/kontakt/", "Kontakt", undefined, tree), "https://www.sez.de");
    assert.equal(ld["@type"], "BreadcrumbList");
    assert.deepEqual(ld.itemListElement[1], { "@type": "ListItem", position: 2, name: "Kontakt", item: "https://www.sez.de/kontakt/" });
  });
});

describe("navCurrent", () => {
  it("marks the page and its section", () => {
    assert.equal(navCurrent("/themen/", "/themen/"), "page");
    assert.equal(navCurrent("/themen/", "/themen/kez/"), "true");
    assert.equal(navCurrent("/kontakt/", "/themen/"), undefined);
    assert.equal(navCurrent("/", "/themen/"), undefined);
  });
});
