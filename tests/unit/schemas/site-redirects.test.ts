import assert from "node:assert/strict";
import { test } from "node:test";
import { RedirectSchema, SiteSchema } from "../../../lib/schemas/site.ts";

test("redirect sources: paths, folders with /*, TYPO3 queries", () => {
  for (const from of ["/themen/kommunale-entwicklungs-zusammenarbeit/", "/alt/*", "/index.php?id=42", "/index.php?id=42&L=0"]) {
    const to = from.endsWith("*") ? "/neu/:splat" : "/neu/";
    assert.ok(RedirectSchema.safeParse({ from, to }).success, from);
  }
  for (const from of ["alt/", "/a b/", "/index.php?id", "/a/*/b"]) assert.ok(!RedirectSchema.safeParse({ from, to: "/neu/" }).success, from);
});

test(":splat in the target exactly when the source ends in /*", () => {
  assert.ok(!RedirectSchema.safeParse({ from: "/alt/*", to: "/neu/" }).success);
  assert.ok(!RedirectSchema.safeParse({ from: "/alt/", to: "/neu/:splat" }).success);
  assert.ok(!RedirectSchema.safeParse({ from: "/alt/", to: "https://example.org/" }).success);
});

test("the site config needs a theme colour, an SVG icon and a default share photo", () => {
  const shape = SiteSchema.shape;
  assert.ok(!shape.themeColor.safeParse("#005E55").success);
  assert.ok(shape.themeColor.safeParse("#005e55").success);
  assert.ok(shape.icon.safeParse("assets/icons/sez.svg").success);
  assert.ok(!shape.icon.safeParse("assets/icons/sez.png").success);
  assert.deepEqual(shape.redirects.parse(undefined), []);
});
