/** Language marks in Markdown: valid `{lang=xx}` passes, anything else is named with its line. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { langProblems } from "../../../lib/validate/lang.ts";

describe("langProblems", () => {
  it("accepts valid language marks and text without them", () => {
    assert.deepEqual(langProblems("src/a.md", 'Das heißt *Fair Trade*{lang=en}.\n\nBonjour {lang="fr"}\n\nPreis {ca.}', 5), []);
  });

  it("names a wrong language code with file and line", () => {
    const [problem, ...rest] = langProblems("src/a.md", "Erste Zeile\n\n*Fair Trade*{lang=englisch}", 5);
    assert.equal(rest.length, 0);
    assert.equal(problem?.file, "src/a.md");
    assert.equal(problem?.line, 7);
    assert.equal(problem?.received, '"{lang=englisch}"');
    assert.match(problem?.fix ?? "", /\{lang=en\}/);
  });

  it("names extra attributes and spaces around the equals sign", () => {
    const problems = langProblems("src/a.md", "*x*{lang=en onclick=alert(1)}\n*y*{lang = en}\n*z*{.rot lang=en}", 1);
    assert.deepEqual(
      problems.map((p) => p.line),
      [1, 2, 3],
    );
  });
});
