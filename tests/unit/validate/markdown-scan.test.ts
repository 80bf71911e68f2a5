import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlFindingMarkdown, linkText, locateTokens } from "../../../lib/validate/markdown-scan.ts";

describe("locateTokens", () => {
  it("gives inline tokens the line they stand on, also in lists and tables", () => {
    const body = "Absatz\nzweite [Zeile](/a/)\n\n- Punkt\n- [Liste](/b/)\n\n| a | b |\n|---|---|\n| x | [Tabelle](/c/) |\n";
    const located = locateTokens(htmlFindingMarkdown.parse(body, {}), 10);
    const links = located.filter((t) => t.token.type === "link_open").map((t) => [t.token.attrGet("href"), t.line]);
    assert.deepEqual(links, [
      ["/a/", 11],
      ["/b/", 14],
      ["/c/", 18],
    ]);
    const index = located.findIndex((t) => t.token.type === "link_open");
    assert.equal(linkText(located, index), "Zeile");
  });
});
