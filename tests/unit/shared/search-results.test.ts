import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { COMPOUND_MARK } from "../../../lib/search/german.ts";
import { decodeEntities, excerptParts, HIGHLIGHT_PARAM, matchedWords, MAX_HIGHLIGHT_TERMS, unmark, withHighlight } from "../../../lib/shared/search-results.ts";

describe("unmark", () => {
  test("removes the compound mark between letters and nothing else", () => {
    assert.equal(unmark(`Partnerschafts${COMPOUND_MARK}urkunde und Entwicklungs${COMPOUND_MARK}zusammenarbeit`), "Partnerschaftsurkunde und Entwicklungszusammenarbeit");
    assert.equal(unmark(`Code: ${COMPOUND_MARK}x${COMPOUND_MARK} 1${COMPOUND_MARK}2`), `Code: ${COMPOUND_MARK}x${COMPOUND_MARK} 1${COMPOUND_MARK}2`);
  });
});

describe("decodeEntities", () => {
  test("decodes named and numeric entities", () => {
    assert.equal(decodeEntities("&lt;b&gt; &amp; &quot;x&quot; &#228; &#xFC;"), '<b> & "x" ä ü');
  });
});

describe("excerptParts", () => {
  test("splits an excerpt into text and hits, decoded and unmarked", () => {
    assert.deepEqual(excerptParts(`zwei <mark>Krankenhäusern</mark> Viele &amp; die <mark>Partnerschafts${COMPOUND_MARK}urkunde</mark>`), [
      { text: "zwei ", hit: false },
      { text: "Krankenhäusern", hit: true },
      { text: " Viele & die ", hit: false },
      { text: "Partnerschaftsurkunde", hit: true },
    ]);
  });

  test("keeps punctuation around a hit out of the hit", () => {
    assert.deepEqual(excerptParts("zur <mark>„Urkunde“.</mark> Am <mark>Anfang</mark>"), [
      { text: "zur „", hit: false },
      { text: "Urkunde", hit: true },
      { text: "“. Am ", hit: false },
      { text: "Anfang", hit: true },
    ]);
  });

  test("never lets markup through as markup", () => {
    assert.deepEqual(excerptParts("a &lt;script&gt; <b>b</b>"), [{ text: "a <script> b", hit: false }]);
  });
});

describe("matchedWords", () => {
  const content = `Zwei Krankenhäuser. Ein Krankenhaus, ein „Krankenhaus“ und die Entwicklungs${COMPOUND_MARK}zusammenarbeit.`;

  test("returns the page words at the locations, trimmed, distinct and in page order", () => {
    assert.deepEqual(matchedWords(content, [5, 3, 1, 8]), ["Krankenhäuser", "Krankenhaus", "Entwicklungszusammenarbeit"]);
  });

  test("ignores locations beyond the content", () => {
    assert.deepEqual(matchedWords(content, [1, 99]), ["Krankenhäuser"]);
  });

  test("stops at the limit", () => {
    const many = Array.from({ length: 20 }, (_, i) => `Wort${String.fromCharCode(97 + i)}`).join(" ");
    assert.equal(matchedWords(many, [...Array(20).keys()]).length, MAX_HIGHLIGHT_TERMS);
  });
});

describe("withHighlight", () => {
  test("adds one parameter per term before the fragment", () => {
    assert.equal(withHighlight("/themen/burundi/#mitmachen", ["Krankenhäuser", "Krankenhaus"]), `/themen/burundi/?${HIGHLIGHT_PARAM}=Krankenh%C3%A4user&${HIGHLIGHT_PARAM}=Krankenhaus#mitmachen`);
  });

  test("extends an existing query and leaves a URL without terms alone", () => {
    assert.equal(withHighlight("/a/?x=1", ["b c"]), `/a/?x=1&${HIGHLIGHT_PARAM}=b%20c`);
    assert.equal(withHighlight("/a/#b", []), "/a/#b");
  });
});
