import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decodeBasicEntities, escapeHtml, rewritePage, scanPage, searchCopy, searchSourceOf } from "../../../lib/search/html.ts";

const PAGE = [
  '<!doctype html><html lang="de"><head><meta name="description" content="Handel &amp; Wandel"><title>T</title></head><body>',
  '<nav>Hauptnavigation</nav><article class="article" data-pagefind-body>',
  '<h1 data-pagefind-meta="title">Titel</h1><p>Erster <strong>Absatz</strong></p>',
  '<section data-pagefind-ignore="all"><h2>Spenden</h2></section><footer class="page-meta">nach oben</footer>',
  "<script>var x = 1;</script><p>Letzter &amp; bester</p></article><footer>Fuß</footer></body></html>",
].join("");

describe("scanPage", () => {
  test("finds only the text Pagefind indexes, in order", () => {
    assert.deepEqual(
      scanPage(PAGE).texts.map((t) => t.text),
      ["Titel", "Erster ", "Absatz", "Letzter &amp; bester"],
    );
  });

  test("gives source offsets of the text and the body", () => {
    const scan = scanPage(PAGE);
    for (const range of scan.texts) assert.equal(PAGE.slice(range.start, range.end), range.text);
    assert.ok(PAGE.slice(0, scan.bodyStart).endsWith("data-pagefind-body>"));
  });

  test("reads the description, decoded", () => {
    assert.equal(scanPage(PAGE).description, "Handel & Wandel");
  });

  test("reports pages without a search body", () => {
    const scan = scanPage("<html><body><main>Nur Navigation</main></body></html>");
    assert.equal(scan.bodyStart, undefined);
    assert.deepEqual(scan.texts, []);
  });
});

describe("rewritePage", () => {
  test("rewrites indexed text, injects at the body start and keeps only the html tag and the body element", () => {
    const out = rewritePage(PAGE, scanPage(PAGE), (text) => text.toUpperCase(), "<i>neu</i>");
    assert.ok(out.includes('data-pagefind-body><i>neu</i><h1 data-pagefind-meta="title">TITEL</h1>'));
    assert.ok(out.includes("<p>ERSTER <strong>ABSATZ</strong></p>"));
    assert.ok(out.includes("<h2>Spenden</h2>"));
    assert.ok(out.includes("LETZTER &AMP; BESTER"));
    assert.ok(!out.includes("Hauptnavigation") && !out.includes("Fuß") && !out.includes("<title>"));
    const article = PAGE.slice(PAGE.indexOf("<article"), PAGE.indexOf("</article>") + "</article>".length);
    assert.equal(out.replace("<i>neu</i>", "").toLowerCase(), `<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body>${article}</body></html>`.toLowerCase());
  });

  test("returns a page without a search body unchanged", () => {
    const html = "<html><body><p>Text</p></body></html>";
    assert.equal(
      rewritePage(html, scanPage(html), () => "x", "<i></i>"),
      html,
    );
  });
});

describe("entities", () => {
  test("decodes what the renderer writes and escapes for HTML", () => {
    assert.equal(decodeBasicEntities("&quot;A&quot; &amp; &#39;B&#x27; &lt;C&gt;"), `"A" & 'B' <C>`);
    assert.equal(escapeHtml(`"A" & <B>`), "&quot;A&quot; &amp; &lt;B&gt;");
  });
});

describe("searchSourceOf", () => {
  test("keeps the body's markup and text apart and leaves out soft hyphens", () => {
    const html = '<html lang="de"><nav>Menü</nav><article data-pagefind-body><p>Ent\u00ADwick\u00ADlung <b>hier</b></p></article></html>';
    const source = searchSourceOf(html, scanPage(html));
    assert.equal(source?.head, '<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body><article data-pagefind-body>');
    assert.deepEqual(source?.texts, ["Entwicklung ", "hier"]);
    assert.deepEqual(source?.markup, ["<p>", "<b>", "</b></p></article></body></html>"]);
    assert.equal(
      searchCopy(source!, (t) => t.toUpperCase(), "<i></i>"),
      rewritePage(html.replaceAll("\u00AD", ""), scanPage(html.replaceAll("\u00AD", "")), (t) => t.toUpperCase(), "<i></i>"),
    );
  });

  test("is undefined for a page without indexed body", () => {
    const html = "<html><body><p>Text</p></body></html>";
    assert.equal(searchSourceOf(html, scanPage(html)), undefined);
  });
});
