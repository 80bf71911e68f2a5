import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { internalUrlIssue } from "../../../lib/schemas/common.ts";
import { PageFrontMatterSchema } from "../../../lib/schemas/page.ts";
import { outputFileOf, permalinkIssue } from "../../../lib/schemas/permalink.ts";

describe("permalinkIssue", () => {
  it("allows folder addresses and .html files inside the site", () => {
    for (const ok of ["404.html", "/404.html", "ueber-uns/", "/a/b_c/", "bericht-2024.html", "/"]) assert.equal(permalinkIssue(ok), undefined, ok);
  });
  it("refuses every way out of the output folder", () => {
    for (const bad of ["../../../tmp/x/index.html", "../_data/topics.yaml", "a/../../b/", "./x/", "/..", "a//b/"]) assert.ok(permalinkIssue(bad), bad);
  });
  it("refuses control characters, upper case, umlauts, spaces and % escapes", () => {
    for (const bad of ["presse\r/", "Presse/", "über/", "a b/", "%2e%2e/x/", "a\u202e/"]) assert.ok(permalinkIssue(bad), JSON.stringify(bad));
  });
  it("refuses an address without / or .html (Eleventy's missing-extension error)", () => {
    assert.match(permalinkIssue("presse")!.fix, /Hängen Sie \/ an \(presse\/\)/);
  });
  it("refuses every name the build writes itself", () => {
    for (const bad of ["robots.txt/", "_headers/", "favicon.svg/", "assets/main.html", "pagefind/index.html", "img/"]) assert.ok(permalinkIssue(bad), bad);
  });
  it("is the schema's rule", () => {
    assert.equal(PageFrontMatterSchema.safeParse({ description: "x".repeat(60), permalink: "../x/" }).success, false);
  });
});

describe("outputFileOf", () => {
  it("maps / and /index.html to the same file", () => {
    assert.equal(outputFileOf("/"), outputFileOf("/index.html"));
    assert.equal(outputFileOf("/kontakt/"), "kontakt/index.html");
  });
});

describe("internalUrlIssue", () => {
  it("allows paths on the site's own origin", () => {
    for (const ok of ["/", "/kontakt/", "/kontakt/#anfahrt", "/suche/?q=fair"]) assert.equal(internalUrlIssue(ok), undefined, ok);
  });
  it("refuses what a browser reads as another host", () => {
    for (const bad of ["//evil.example/login", "/\\evil.example/", "/\\/evil.example/", "https://evil.example/", "javascript:alert(1)", "\\\\evil"]) assert.ok(internalUrlIssue(bad), bad);
  });
  it("refuses addresses the browser would rewrite (.., spaces, umlauts)", () => {
    for (const bad of ["/a/../b/", "/a b/", "/über/", "/a\tb/"]) assert.ok(internalUrlIssue(bad), bad);
  });
});

describe("invisible characters in texts", () => {
  it("refuses control characters and bidi overrides in titles and descriptions, and says how to fix it", async () => {
    const { textIssue } = await import("../../../lib/schemas/text.ts");
    assert.match(textIssue("Eine\u001b[31mWelt")!.received, /Steuerzeichen \(U\+001B\)/);
    assert.match(textIssue("abc\u202edef")!.received, /Schreibrichtung/);
    for (const ok of ["Grüße", "Gru\u0308ße", "Silben\u00adtrennung", "„Zitat“ – 5 €", "a\tb"]) assert.equal(textIssue(ok), undefined, ok);
    const result = PageFrontMatterSchema.safeParse({ title: "A\u0000", description: `${"x".repeat(60)}\u202e` });
    assert.equal(result.success, false);
    assert.equal(result.error!.issues.length, 2);
  });
});
