import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isLeftOut } from "../../../lib/plugins/drafts.ts";

const page = (inputPath: string, draft?: boolean) => ({ draft, page: { inputPath, fileSlug: inputPath.split("/").at(-1)!.replace(/\.md$/, "") } });

describe("draft filter", () => {
  it("leaves drafts and pages of unpublished topics out of the production build", () => {
    assert.equal(isLeftOut(page("./src/entwurf.md", true), false, new Set()), true);
    assert.equal(isLeftOut(page("./src/themen/weltlaeden.md"), false, new Set(["weltlaeden"])), true);
    assert.equal(isLeftOut(page("./src/kontakt.md"), false, new Set(["kontakt"])), false);
    assert.equal(isLeftOut(page("./src/kontakt.md", false), false, new Set()), false);
  });
  it("keeps everything in the preview", () => {
    assert.equal(isLeftOut(page("./src/entwurf.md", true), true, new Set()), false);
  });
});
