import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseYaml, rememberFrontMatter, takeFrontMatter } from "../../../lib/validate/yaml.ts";

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

describe("rememberFrontMatter / takeFrontMatter", () => {
  it("hands parsed front matter over once, keyed like Eleventy passes it", () => {
    rememberFrontMatter("title: A\nupdated: 2013-02-11", { title: "A", updated: "2013-02-11" });
    assert.deepEqual(takeFrontMatter("\ntitle: A\nupdated: 2013-02-11"), { title: "A", updated: "2013-02-11" });
    assert.equal(takeFrontMatter("\ntitle: A\nupdated: 2013-02-11"), undefined);
  });
  it("knows nothing of texts it was not given", () => assert.equal(takeFrontMatter("\ntitle: C"), undefined));
});
