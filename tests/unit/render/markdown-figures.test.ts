/** The Markdown renderer's photo rule: a `bild:` image alone in its paragraph becomes a figure. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { createMarkdown, type MarkdownRenderers } from "../../../lib/render/markdown.ts";

function recorder(): { renderers: MarkdownRenderers; calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    renderers: {
      figure: (id, alt, env) => {
        calls.push([id, alt, env]);
        return `<figure data-id="${id}"></figure>\n`;
      },
      email: (address) => address,
    },
  };
}

test("a figure gets id, alt override and the page data passed to render", () => {
  const { renderers, calls } = recorder();
  const env = { donationBox: false };
  const html = createMarkdown(renderers).render("Text\n\n![Zwei Frauen](bild:zwei-damen-iran)\n", env);
  assert.match(html, /<figure data-id="zwei-damen-iran"><\/figure>/);
  assert.deepEqual(calls, [["zwei-damen-iran", "Zwei Frauen", env]]);
});

test("an empty alt keeps the credits file's alt text", () => {
  const { renderers, calls } = recorder();
  createMarkdown(renderers).render("![](bild:a)", {});
  assert.equal(calls[0]?.[1], undefined);
});

test("a bild: image in running text is no figure", () => {
  const { renderers, calls } = recorder();
  createMarkdown(renderers).render("Text ![](bild:a) Text", {});
  assert.deepEqual(calls, []);
});
