import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editDistance } from "../../../lib/validate/suggest.ts";
import { closestKey } from "../../../lib/validate/zod-problems.ts";

describe("typo suggestions", () => {
  it("measures edit distance", () => {
    assert.equal(editDistance("titel", "title"), 2);
    assert.equal(editDistance("", "abc"), 3);
  });
  it("suggests close keys only", () => {
    assert.equal(closestKey("titel", ["title", "description"]), "title");
    assert.equal(closestKey("beschreibung", ["title", "description"]), undefined);
  });
});
