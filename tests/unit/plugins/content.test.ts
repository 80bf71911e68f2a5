import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isLeftOut, sourceRelative } from "../../../lib/plugins/content.ts";

describe("content plugin", () => {
  it("leaves drafts and pages their type leaves out of the production build", () => {
    assert.equal(
      isLeftOut({ draft: true }, false, () => false),
      true,
    );
    assert.equal(
      isLeftOut({}, false, () => true),
      true,
    );
    assert.equal(
      isLeftOut({ draft: false }, false, () => false),
      false,
    );
  });
  it("keeps everything in the preview", () => {
    assert.equal(
      isLeftOut({ draft: true }, true, () => true),
      false,
    );
  });
  it("knows Markdown pages by their path below src/", () => {
    assert.equal(sourceRelative("./src/themen/fairer-handel.md"), "themen/fairer-handel.md");
    assert.equal(sourceRelative("./src/suche.11ty.tsx"), undefined);
    assert.equal(sourceRelative("./README.md"), undefined);
  });
});
