import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { searchMetaHtml, TOPIC_FIELD, topicOfUrl, urlOfFile } from "../../../lib/search/metadata.ts";
import { buildTopicTree } from "../../../lib/content/topic-tree.ts";

const TOPICS = buildTopicTree([
  { slug: "kez", title: "Kommunale Entwicklungszusammenarbeit (KEZ)", shortTitle: "Kommunale Entwicklungszusammenarbeit", teaser: "Ein Anreißer mit genug Text.", order: 10, kind: "thema" },
  { slug: "partnerschaften", title: "Kommunale Partnerschaften", parent: "kez", teaser: "Ein Anreißer mit genug Text.", order: 10, kind: "handlungsfeld" },
  { slug: "fairer-handel", title: "Fairer Handel", teaser: "Ein Anreißer mit genug Text.", order: 20, kind: "thema" },
]);

describe("topicOfUrl", () => {
  test("names the top-level topic of a topic page, by its short title", () => {
    assert.equal(topicOfUrl("/themen/kez/", TOPICS), "Kommunale Entwicklungszusammenarbeit");
    assert.equal(topicOfUrl("/themen/kez/partnerschaften/", TOPICS), "Kommunale Entwicklungszusammenarbeit");
    assert.equal(topicOfUrl("/themen/fairer-handel/", TOPICS), "Fairer Handel");
  });

  test("gives no topic to other pages, the overview and unknown or nested slugs", () => {
    assert.equal(topicOfUrl("/kontakt/", TOPICS), undefined);
    assert.equal(topicOfUrl("/themen/", TOPICS), undefined);
    assert.equal(topicOfUrl("/themen/unbekannt/", TOPICS), undefined);
    assert.equal(topicOfUrl("/themen/partnerschaften/", TOPICS), undefined);
  });
});

describe("searchMetaHtml", () => {
  test("carries description and topic in ignored, hidden elements, escaped", () => {
    const html = searchMetaHtml({ description: 'Handel & "Wandel"', topic: "Fairer Handel" });
    assert.equal(
      html,
      '<span data-pagefind-ignore data-pagefind-meta="description" hidden>Handel &amp; &quot;Wandel&quot;</span>' +
        `<span data-pagefind-ignore data-pagefind-meta="${TOPIC_FIELD}" data-pagefind-filter="${TOPIC_FIELD}" hidden>Fairer Handel</span>`,
    );
  });

  test("puts content types into the type filter, general pages only into the metadata", () => {
    assert.equal(searchMetaHtml({ description: undefined, topic: undefined, type: "Termin" }), '<span data-pagefind-ignore data-pagefind-meta="art" data-pagefind-filter="art" hidden>Termin</span>');
    assert.equal(searchMetaHtml({ description: undefined, topic: undefined, type: "Seite" }), '<span data-pagefind-ignore data-pagefind-meta="art" hidden>Seite</span>');
  });

  test("leaves out what a page does not have", () => {
    assert.equal(searchMetaHtml({ description: undefined, topic: undefined }), "");
  });
});

describe("urlOfFile", () => {
  test("drops index.html like Pagefind does", () => {
    assert.equal(urlOfFile("index.html"), "/");
    assert.equal(urlOfFile("themen/kez/index.html"), "/themen/kez/");
    assert.equal(urlOfFile("404.html"), "/404.html");
    assert.equal(urlOfFile("themen\\kez\\index.html"), "/themen/kez/");
  });
});
