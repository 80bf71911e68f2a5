import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEV_TAGS, injectDevTags } from "../../../lib/plugins/dev-errors.ts";
import { devStatus, setDevStatus } from "../../../lib/dev/status.ts";

describe("preview overlay", () => {
  it("links an external script and stylesheet, no inline code", () => {
    const html = injectDevTags("<!doctype html><html><head><title>A</title></head><body></body></html>");
    assert.match(html, /<script type="module" src="\/__sez\/overlay\.js"><\/script><\/head>/);
    assert.doesNotMatch(DEV_TAGS, /<script[^>]*>[^<]/);
    assert.equal(injectDevTags("kein HTML"), "kein HTML");
  });
  it("numbers each status so a dismissed panel is told from a new one", () => {
    const before = devStatus().id;
    setDevStatus({ problems: [], text: "", drafts: ["/entwurf/"] });
    assert.equal(devStatus().id, before + 1);
    assert.deepEqual(devStatus().drafts, ["/entwurf/"]);
  });
});
