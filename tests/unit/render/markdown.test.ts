import assert from "node:assert/strict";
import { describe, it } from "node:test";
import slugify from "@sindresorhus/slugify";
import { createMarkdown, headingId } from "../../../lib/render/markdown.ts";

const md = createMarkdown({
  figure: (id, alt) => `<figure data-id="${id}" data-alt="${alt ?? ""}"></figure>`,
  email: (address, label) => `<span class="email" data-test="${address}|${label ?? ""}"></span>`,
});

describe("markdown", () => {
  it("uses German quotes and heading ids", () => {
    assert.equal(md.render('## Allgemeine KEZ\n\n"Eine Welt"'), '<h2 id="allgemeine-kez">Allgemeine KEZ</h2>\n<p>„Eine Welt“</p>\n');
  });
  it("makes umlaut-safe ids", () => assert.equal(headingId("Übersicht für Städte und Straßen"), "uebersicht-fuer-staedte-und-strassen"));
  it("gives the same ids as slugifying the whole heading", () => {
    const headings = [
      "Allgemeine KEZ",
      "  Fragen & Antworten  ",
      "Kinder's Welt: 10 Jahre Partnerschaft mit Burundi (2014–2024)",
      "SEZ-Geschäftsstelle\tin Stuttgart",
      "Café in León, Hué und Ségou",
      "„Eine Welt“ – fair gehandelt?",
      "APIs und HTMLTemplates im CamelCase",
      "Łódź, Øresund, İstanbul",
      "Straße\u00a0und Weg",
      "ÄÖÜ äöü ß",
      "A1 B2b SDG17 KEZ Kez kEZ 2024 x",
      "---",
      "",
    ];
    for (const text of headings) assert.equal(headingId(text), slugify(text, { customReplacements: [["ß", "ss"]] }), text);
  });
  it("turns a lone bild: image into a figure block (not inside a paragraph)", () => {
    assert.equal(md.render("![](bild:zwei-damen-iran)"), '<figure data-id="zwei-damen-iran" data-alt=""></figure>');
    assert.equal(md.render("![Andere Beschreibung](bild:x)"), '<figure data-id="x" data-alt="Andere Beschreibung"></figure>');
  });
  it("protects linkified addresses, autolinks and mailto links", () => {
    const html = md.render("Schreiben Sie an info@sez.de, <kimmel@sez.de> oder [die Redaktion](mailto:redaktion@sez.de).");
    assert.doesNotMatch(html, /mailto:|href="[^"]*@/);
    assert.match(html, /data-test="info@sez\.de\|"/);
    assert.match(html, /data-test="kimmel@sez\.de\|"/);
    assert.match(html, /data-test="redaktion@sez\.de\|die Redaktion"/);
  });
  it("escapes raw HTML from editors", () => {
    const html = md.render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1))');
    assert.doesNotMatch(html, /<script|<img|href="javascript:/);
  });
});
