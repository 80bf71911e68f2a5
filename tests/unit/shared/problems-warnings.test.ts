/** Warnings share the problem format but say that the build goes on. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatProblems, formatWarnings, type Problem } from "../../../lib/shared/problems.ts";

const unused: Problem = {
  file: "_data/images.yaml",
  line: 3,
  field: "[0].id",
  expected: "ein Foto, das mindestens eine veröffentlichte Seite zeigt",
  received: '"alt", das keine Seite verwendet',
  fix: "Binden Sie das Foto ein oder entfernen Sie den Eintrag.",
};

test("formatWarnings says the build continues and lists each warning like a problem", () => {
  const text = formatWarnings([unused, { ...unused, line: 9, field: "[2].id" }]);
  assert.match(text, /^Hinweis: 2 Warnungen\. Der Build läuft weiter\./);
  assert.match(text, /_data\/images\.yaml:3 {2}Feld \[0\]\.id\n {2}erwartet: ein Foto/);
  assert.ok(text.indexOf("_data/images.yaml:3") < text.indexOf("_data/images.yaml:9"));
  assert.doesNotMatch(text, /angehalten/);
});

test("problems and warnings format their blocks the same way", () => {
  const block = (text: string): string => text.split("\n\n")[1] ?? "";
  assert.equal(block(formatWarnings([unused])), block(formatProblems([unused])));
});
