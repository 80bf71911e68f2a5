import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeValue, formatPath, formatProblems, ProblemsError, sortProblems, type Problem } from "../../../lib/shared/problems.ts";

const problem = (file: string, line?: number): Problem => ({ file, line, field: "title", expected: "ein Titel", received: "nichts (Feld fehlt)", fix: "Ergänzen Sie title." });

describe("formatProblems", () => {
  it("prints place, field, expected, received and fix on one line each", () => {
    const text = formatProblems([problem("src/kontakt.md", 3)]);
    assert.match(text, /^Der Build wurde angehalten: 1 Problem gefunden\./);
    assert.match(text, /\n\nsrc\/kontakt\.md:3 {2}Feld title\n {2}erwartet: ein Titel\n {2}erhalten: nichts \(Feld fehlt\)\n {2}So beheben Sie es: Ergänzen Sie title\.$/);
  });
  it("counts in German plural and sorts by file, then line", () => {
    const text = formatProblems([problem("src/b.md", 1), problem("src/a.md", 9), problem("src/a.md", 2)]);
    assert.match(text, /3 Probleme gefunden/);
    const order = [...text.matchAll(/^(src\/\S+)/gm)].map((m) => m[1]);
    assert.deepEqual(order, ["src/a.md:2", "src/a.md:9", "src/b.md:1"]);
  });
  it("ProblemsError carries all problems and the formatted message", () => {
    const error = new ProblemsError([problem("a.md"), problem("b.md")]);
    assert.equal(error.problems.length, 2);
    assert.match(error.message, /2 Probleme/);
  });
});

describe("helpers", () => {
  it("describes values briefly", () => {
    assert.equal(describeValue(undefined), "nichts (Feld fehlt)");
    assert.equal(describeValue("x".repeat(100)).length, 82);
    assert.equal(describeValue([1, 2]), "eine Liste mit 2 Einträgen");
  });
  it("formats paths like YAML readers think of them", () => assert.equal(formatPath(["sections", 2, "title"]), "sections[2].title"));
  it("sorts without changing the input", () => {
    const input = [problem("b.md"), problem("a.md")];
    assert.equal(sortProblems(input)[0]!.file, "a.md");
    assert.equal(input[0]!.file, "b.md");
  });
});

describe("what happens meanwhile", () => {
  it("says the published site stays, or the preview's wording", () => {
    assert.match(formatProblems([problem("a.md")]), /Die zuletzt veröffentlichte Fassung bleibt unverändert\./);
    assert.match(formatProblems([problem("a.md")], "Die Vorschau zeigt weiter die letzte fehlerfreie Fassung."), /gefunden\. Die Vorschau zeigt/);
    assert.equal(new ProblemsError([problem("a.md")]).skipOriginalStack, true);
  });
});
