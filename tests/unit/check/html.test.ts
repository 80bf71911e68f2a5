import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeHtml, refreshUrl, srcsetUrls } from "../../../lib/check/html.ts";

const page = `<!doctype html><html lang="de"><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="robots" content="noindex">
<meta property="og:image" content="https://www.sez.de/img/a.jpeg">
<link rel="canonical" href="https://www.sez.de/x/">
<style>a > b{color:red}</style>
<link rel="stylesheet" href="/assets/print.css" media="print">
<link rel="stylesheet" href="/assets/main.css">
<link rel="icon" href="/favicon.ico">
<script type="module" src="/assets/site.js"></script>
<script type="application/ld+json">{"@type":"NGO"}</script>
<script>alert(1)</script>
</head><body id="top">
<a href="/kontakt/#anfahrt" onclick="x()">Kontakt</a><a name="alt"></a>
<img src="/img/a-640.jpeg" srcset="/img/a-320.jpeg 320w, /img/a-640.jpeg 640w" style="color:red" alt="">
<form action="/suche/"></form><h2 id="handlungsfelder">H</h2>
</body></html>`;

test("references are read with their kind", () => {
  const { refs } = analyzeHtml(page);
  const byKind = (kind: string) => refs.filter((r) => r.kind === kind).map((r) => r.url);
  assert.deepEqual(byKind("link"), ["https://www.sez.de/img/a.jpeg", "https://www.sez.de/x/", "/kontakt/#anfahrt", "/suche/"]);
  assert.deepEqual(byKind("resource"), ["/assets/print.css", "/assets/main.css", "/favicon.ico", "/assets/site.js", "/img/a-640.jpeg", "/img/a-320.jpeg", "/img/a-640.jpeg"]);
});

test("ids, head meta and stylesheets are found", () => {
  const result = analyzeHtml(page);
  assert.deepEqual(result.ids, ["top", "alt", "handlungsfelder"]);
  assert.deepEqual(result.headingIds, ["handlungsfelder"]);
  assert.equal(result.cspMeta, "default-src 'none'");
  assert.equal(result.noindex, true);
  assert.deepEqual(result.blockingCss, ["/assets/main.css"]);
  assert.deepEqual(result.stylesheets, ["/assets/print.css", "/assets/main.css"]);
  assert.deepEqual(result.scripts, ["/assets/site.js"]);
  assert.deepEqual(result.jsonLd, ['{"@type":"NGO"}']);
});

test("inline code is collected exactly as written, data blocks are not", () => {
  const { inline } = analyzeHtml(page);
  assert.deepEqual(
    inline.map((i) => i.kind),
    ["style", "script", "event-handler", "style-attribute"],
  );
  assert.equal(inline[0]!.text, "a > b{color:red}");
  assert.equal(inline[1]!.text, "alert(1)");
});

test("srcset and refresh values are split into URLs", () => {
  assert.deepEqual(srcsetUrls("/a.jpg 1x,/b.jpg 2x"), ["/a.jpg", "/b.jpg"]);
  assert.equal(refreshUrl("0; URL='/neu/'"), "/neu/");
  assert.equal(refreshUrl("5"), undefined);
});
