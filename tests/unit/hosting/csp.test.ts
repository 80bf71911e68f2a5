import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { allowsSource, cspHash, formatCsp, sitePolicy } from "../../../lib/hosting/csp.ts";

test("cspHash is the base64 SHA-256 of the exact text, quoted", () => {
  const expected = createHash("sha256").update("a{color:red}").digest("base64");
  assert.equal(cspHash("a{color:red}"), `'sha256-${expected}'`);
  assert.notEqual(cspHash("a{color:red}"), cspHash("a{color:red} "));
});

test("the site policy allows no inline script and only the given inline CSS", () => {
  const policy = sitePolicy(["a{color:red}"]);
  const header = formatCsp(policy, "header");
  assert.match(header, /^default-src 'none'; /);
  assert.match(header, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(header, /unsafe-inline/);
  assert.ok(allowsSource(policy, "style-src", cspHash("a{color:red}")));
  assert.ok(!allowsSource(policy, "style-src", cspHash("b{}")));
  assert.ok(!allowsSource(policy, "script-src", cspHash("a{color:red}")));
  assert.match(header, /img-src 'self' data:/);
  assert.match(header, /base-uri 'none'/);
  assert.match(header, /form-action 'self'/);
});

test("the meta form drops frame-ancestors, the header form keeps it", () => {
  const policy = sitePolicy([]);
  assert.match(formatCsp(policy, "header"), /frame-ancestors 'none'$/);
  assert.doesNotMatch(formatCsp(policy, "meta"), /frame-ancestors/);
  assert.equal(formatCsp(policy, "meta"), formatCsp(policy, "header").replace("; frame-ancestors 'none'", ""));
});

test("identical inline styles give one hash, in a stable order", () => {
  const a = formatCsp(sitePolicy(["x", "y", "x"]), "header");
  const b = formatCsp(sitePolicy(["y", "x"]), "header");
  assert.equal(a, b);
  assert.equal(a.match(/sha256-/g)?.length, 2);
});
