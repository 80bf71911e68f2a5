import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorLine, parseYaml, rememberFrontMatter, takeFrontMatter, yamlFix } from "../../../lib/validate/yaml.ts";

describe("parseYaml", () => {
  it("keeps dates as strings (YAML 1.2) and finds lines", () => {
    const parsed = parseYaml("title: A\nupdated: 2013-02-11\n", "src/a.md", 1);
    assert.ok(!("problems" in parsed));
    assert.deepEqual(parsed.data, { title: "A", updated: "2013-02-11" });
    assert.equal(parsed.lineOf(["updated"]), 3);
  });
  it("reports broken YAML with file and line, in German", () => {
    const parsed = parseYaml('title: "Offen\ndescription: x\n', "src/a.md", 1);
    assert.ok("problems" in parsed);
    assert.equal(parsed.problems[0]!.file, "src/a.md");
    assert.ok(parsed.problems[0]!.line! >= 2);
    assert.match(parsed.problems[0]!.expected, /gültiges YAML/);
  });
  it("reports a duplicated key", () => {
    const parsed = parseYaml("title: A\ntitle: B\n", "src/a.md");
    assert.ok("problems" in parsed);
    assert.match(parsed.problems[0]!.received, /doppelt/);
  });
});

describe("YAML syntax errors", () => {
  it("name the line of a colon inside a text and give the quoted line as fix", () => {
    const parsed = parseYaml("title: Presse\ndescription: Presse: alles für Journalisten\n", "src/a.md", 1);
    assert.ok("problems" in parsed);
    assert.equal(parsed.problems[0]!.line, 3);
    assert.match(parsed.problems[0]!.received, /Doppelpunkt mit Leerzeichen mitten im Text/);
    assert.equal(parsed.problems[0]!.fix, 'Setzen Sie den Text in Anführungszeichen: description: "Presse: alles für Journalisten"');
  });
  it("name the line where an unclosed quote was opened", () => {
    const parsed = parseYaml('title: Presse\ndescription: "Offen\ncontacts: [a]\nupdated: 2020-01-01\n', "src/a.md", 1);
    assert.ok("problems" in parsed);
    assert.equal(parsed.problems[0]!.line, 3);
    assert.match(parsed.problems[0]!.fix, /schließende Anführungszeichen "/);
  });
  it("finds the opening line and the fix with the helpers", () => {
    assert.equal(errorLine(["a: 1", 'b: "offen', "c: 3"], "MISSING_CHAR", 3), 2);
    assert.equal(errorLine(["a: 1", "b: 2"], "BAD_INDENT", 2), 2);
    assert.match(yamlFix("a: b", "something else"), /Prüfen Sie diese Zeile/);
  });
});

describe("rememberFrontMatter / takeFrontMatter", () => {
  it("hands parsed front matter over once, keyed like Eleventy passes it", () => {
    rememberFrontMatter("title: A\nupdated: 2013-02-11", { title: "A", updated: "2013-02-11" });
    assert.deepEqual(takeFrontMatter("\ntitle: A\nupdated: 2013-02-11"), { title: "A", updated: "2013-02-11" });
    assert.equal(takeFrontMatter("\ntitle: A\nupdated: 2013-02-11"), undefined);
  });
  it("knows nothing of texts it was not given", () => assert.equal(takeFrontMatter("\ntitle: C"), undefined));
});

describe("hostile and careless YAML", () => {
  it("stops an alias bomb with a German problem instead of expanding it", () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ..."bcdefg".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(",")}]`)].join("\n");
    const parsed = parseYaml(bomb, "src/a.md", 1);
    assert.ok("problems" in parsed);
    assert.match(parsed.problems[0]!.received, /verschachtelte Verweise/);
  });
  it("tells a duplicated field to delete one line, not that a colon is missing", () => {
    const parsed = parseYaml("title: A\ndescription: B\ntitle: C\n", "src/a.md", 1);
    assert.ok("problems" in parsed);
    assert.equal(parsed.problems[0]!.line, 4);
    assert.match(parsed.problems[0]!.fix, /Das Feld „title“ steht in diesem Abschnitt zweimal/);
    assert.doesNotMatch(parsed.problems[0]!.fix, /Doppelpunkt/);
  });
});
