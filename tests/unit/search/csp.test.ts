import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatCsp, SEARCH_CSP } from "../../../lib/search/csp.ts";

describe("formatCsp", () => {
  test("writes directives in order, separated by semicolons", () => {
    assert.equal(formatCsp({ "default-src": ["'self'"], "img-src": ["'self'", "data:"] }), "default-src 'self'; img-src 'self' data:");
  });

  test("the search policy allows WebAssembly but no inline script or style", () => {
    const policy = formatCsp(SEARCH_CSP);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'|blob:/);
  });
});
