/** Which page shows which photo: the rules behind the Bildnachweis links and the unused warning. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cardTopics, imageUsage, type PageImages } from "../../../lib/render/image-usage.ts";
import { buildTopicTree } from "../../../lib/content/topic-tree.ts";

const topics = buildTopicTree([
  { slug: "kez", title: "KEZ", teaser: "Kommunale Entwicklungszusammenarbeit", order: 0, kind: "thema", image: "markt" },
  { slug: "partner", title: "Partnerschaften", teaser: "Kommunen arbeiten zusammen", order: 0, kind: "handlungsfeld", parent: "kez", image: "rathaus" },
  { slug: "lernen", title: "Globales Lernen", teaser: "Lernen über die Eine Welt", order: 1, kind: "thema" },
]);
const contacts = { kimmel: { photo: "portraet" }, zentrale: {} };
const data = { topics, contacts };

const page = (overrides: Partial<PageImages> & Pick<PageImages, "url">): PageImages => ({ title: overrides.url, layout: "page", contacts: [], content: [], ...overrides });

describe("cardTopics", () => {
  test("start page and topic overview show the top-level topics, a topic page its children", () => {
    assert.deepEqual(cardTopics({ layout: "home" }, topics), ["kez", "lernen"]);
    assert.deepEqual(cardTopics({ layout: "themen" }, topics), ["kez", "lernen"]);
    assert.deepEqual(cardTopics({ layout: "topic", topic: "kez" }, topics), ["partner"]);
    assert.deepEqual(cardTopics({ layout: "topic", topic: "partner" }, topics), []);
    assert.deepEqual(cardTopics({ layout: "page" }, topics), []);
  });
});

describe("imageUsage", () => {
  test("collects hero, Markdown figures, topic cards and contact photos per page", () => {
    const usage = imageUsage(
      [
        page({ url: "/", title: "Startseite", layout: "home", hero: "landschaft" }),
        page({ url: "/themen/kez/", title: "KEZ", layout: "topic", topic: "kez", hero: "markt", content: ["damen", "markt"], contacts: ["kimmel"] }),
        page({ url: "/kontakt/", title: "Kontakt", contacts: ["zentrale", "kimmel"] }),
      ],
      data,
    );
    assert.deepEqual(Object.fromEntries(usage), {
      landschaft: [{ url: "/", title: "Startseite", roles: ["hero"] }],
      markt: [
        { url: "/", title: "Startseite", roles: ["card"] },
        { url: "/themen/kez/", title: "KEZ", roles: ["hero", "content"] },
      ],
      damen: [{ url: "/themen/kez/", title: "KEZ", roles: ["content"] }],
      rathaus: [{ url: "/themen/kez/", title: "KEZ", roles: ["card"] }],
      portraet: [
        { url: "/themen/kez/", title: "KEZ", roles: ["contact"] },
        { url: "/kontakt/", title: "Kontakt", roles: ["contact"] },
      ],
    });
  });

  test("a photo shown twice on one page is listed once for it", () => {
    const usage = imageUsage([page({ url: "/a/", content: ["foto", "foto"], hero: "foto" })], data);
    assert.deepEqual(usage.get("foto"), [{ url: "/a/", title: "/a/", roles: ["hero", "content"] }]);
  });

  test("photos no page shows are absent", () => {
    const usage = imageUsage([page({ url: "/impressum/" })], data);
    assert.equal(usage.size, 0);
  });
});
