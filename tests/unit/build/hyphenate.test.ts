import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hyphenateHtml, hyphenateText, MIN_WORD_LETTERS } from "../../../lib/build/hyphenate.ts";
import { SOFT_HYPHEN, withoutSoftHyphens } from "../../../lib/shared/soft-hyphen.ts";

const visible = (text: string): string => text.replaceAll(SOFT_HYPHEN, "|");

describe("hyphenateText", () => {
  it("breaks long German words at syllables and compound joints", () => {
    assert.equal(visible(hyphenateText("Entwicklungszusammenarbeit")), "Ent|wick|lungs|zu|sam|men|ar|beit");
    assert.equal(visible(hyphenateText("Entwicklungspolitische Bildungsarbeit")), "Ent|wick|lungs|po|li|ti|sche Bil|dungs|ar|beit");
  });
  it(`leaves words under ${MIN_WORD_LETTERS} letters, abbreviations, addresses and URLs whole`, () => {
    for (const text of [
      "Kommunale Partner",
      "BITV-KONFORMITÄT",
      "kimmel@sez.de",
      "https://www.sez.de/entwicklungszusammenarbeit/",
      "www.entwicklungszusammenarbeit.de",
      "/themen/kommunale-entwicklungszusammenarbeit/",
      "&nbsp;",
      "barrierefreiheit-bw.de",
      "(entwicklungszusammenarbeit.de/themen).",
    ]) {
      assert.equal(hyphenateText(text), text);
    }
    assert.equal(visible(hyphenateText("Baden-Württemberg")), "Baden-Würt|tem|berg");
    assert.equal(visible(hyphenateText("Entwicklungszusammenarbeit.")), "Ent|wick|lungs|zu|sam|men|ar|beit.");
  });
  it("removes what it inserted", () => {
    const text = "Kommunale Entwicklungszusammenarbeit in Baden-Württemberg";
    assert.equal(withoutSoftHyphens(hyphenateText(text)), text);
  });
});

describe("hyphenateHtml", () => {
  const page = [
    '<!doctype html><html lang="de"><head><title>Entwicklungszusammenarbeit</title>',
    '<meta name="description" content="Entwicklungszusammenarbeit"><script type="application/ld+json">{"name":"Entwicklungszusammenarbeit"}</script></head>',
    '<body><nav><a href="/themen/entwicklungszusammenarbeit/">Entwicklungszusammenarbeit</a></nav>',
    '<h1 id="entwicklungszusammenarbeit">Entwicklungszusammenarbeit</h1>',
    '<p title="Entwicklungszusammenarbeit">Partnerschaftsurkunde <code>Entwicklungszusammenarbeit</code> <span lang="en">Partnershipagreement</span>',
    ' <span class="email" data-email="x">kimmel<span class="email-at">(at)</span>entwicklungszusammenarbeit.de</span></p>',
    "<pre>Entwicklungszusammenarbeit</pre></body></html>",
  ].join("");
  const out = hyphenateHtml(page);

  it("hyphenates headings, navigation and body text", () => {
    assert.ok(out.includes(`<h1 id="entwicklungszusammenarbeit">Ent${SOFT_HYPHEN}wick`));
    assert.ok(out.includes(`/">Ent${SOFT_HYPHEN}wick`), "navigation link text");
    assert.ok(out.includes(`Part${SOFT_HYPHEN}ner${SOFT_HYPHEN}schafts`));
  });
  it("keeps title, meta tags, JSON-LD, attributes, code, pre, other languages and email addresses as they were", () => {
    const untouched = out.split(SOFT_HYPHEN).length - 1;
    assert.equal(withoutSoftHyphens(out), page);
    for (const kept of [
      "<title>Entwicklungszusammenarbeit</title>",
      'content="Entwicklungszusammenarbeit"',
      '{"name":"Entwicklungszusammenarbeit"}',
      'href="/themen/entwicklungszusammenarbeit/"',
      'id="entwicklungszusammenarbeit"',
      'title="Entwicklungszusammenarbeit"',
      "<code>Entwicklungszusammenarbeit</code>",
      '<span lang="en">Partnershipagreement</span>',
      "</span>entwicklungszusammenarbeit.de</span>",
      "<pre>Entwicklungszusammenarbeit</pre>",
    ]) {
      assert.ok(out.includes(kept), kept);
    }
    assert.ok(untouched > 0);
  });
  it("returns a page without long words unchanged", () => {
    const short = '<html lang="de"><body><p>Ein kurzer Satz.</p></body></html>';
    assert.equal(hyphenateHtml(short), short);
  });
});
