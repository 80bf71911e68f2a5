import assert from "node:assert/strict";
import { test } from "node:test";
import { runHtmlPass } from "../../../lib/render/html-pass.ts";

test("every reader sees every token once, with the cursor on that token's source range", () => {
  const html = '<p class="a">Ein <b>Text</b></p>';
  const seen: string[][] = [[], []];
  runHtmlPass(
    html,
    seen.map((log) => (cursor) => ({
      onopentag: (name) => log.push(`<${name}>${html.slice(cursor.startIndex, cursor.endIndex + 1)}`),
      onclosetag: (name) => log.push(`</${name}>`),
      ontext: (text) => log.push(`${text}@${cursor.startIndex}`),
    })),
  );
  assert.deepEqual(seen[0], ['<p><p class="a">', "Ein @13", "<b><b>", "Text@20", "</b>", "</p>"]);
  assert.deepEqual(seen[1], seen[0]);
});

test("entities stay as written in the text the readers get", () => {
  const texts: string[] = [];
  runHtmlPass("<p>Handel &amp; Wandel</p>", [() => ({ onopentag() {}, onclosetag() {}, ontext: (t) => texts.push(t) })]);
  assert.deepEqual(texts, ["Handel &amp; Wandel"]);
});
