import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { memoizeByText } from "../../../lib/shared/memo.ts";

describe("memoizeByText", () => {
  it("computes once per text and again for another text", () => {
    let calls = 0;
    const length = memoizeByText((text) => (calls++, text.length));
    assert.equal(length("abc"), 3);
    assert.equal(length("abc"), 3);
    assert.equal(calls, 1);
    assert.equal(length("abcd"), 4);
    assert.equal(calls, 2);
  });

  it("remembers undefined results too", () => {
    let calls = 0;
    const nothing = memoizeByText(() => (calls++, undefined));
    nothing("x");
    nothing("x");
    assert.equal(calls, 1);
  });

  it("starts over when the limit is reached", () => {
    let calls = 0;
    const same = memoizeByText((text) => (calls++, text), 2);
    same("a");
    same("b");
    same("c"); // clears a and b
    same("a");
    assert.equal(calls, 4);
  });
});
