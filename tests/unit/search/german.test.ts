import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildVocabulary, COMPOUND_MARK, CompoundSplitter, compoundCandidates, foldGerman, markCompoundsWith, wordsOf } from "../../../lib/search/german.ts";

const CORPUS = [
  "Kommunale Entwicklungszusammenarbeit verbindet Menschen. Die Zusammenarbeit beginnt vor Ort.",
  "Eine Urkunde allein bewirkt nichts. Mit der Partnerschaftsurkunde wird die Partnerschaft offiziell.",
  "Die Stiftung Entwicklungs-Zusammenarbeit, die Entwicklung und die Arbeit, zusammen mit der Schule.",
  "Schulpartnerschaften und Kirchengemeinden, die Kirche und die Gemeinde. Eine Welt.",
];

describe("foldGerman", () => {
  test("gives every spelling of an umlaut word the same key", () => {
    assert.equal(foldGerman("Krankenhäuser"), "krankenhaeuser");
    assert.equal(foldGerman("Krankenhaeuser"), "krankenhaeuser");
    assert.equal(foldGerman("KRANKENHÄUSER"), "krankenhaeuser");
  });

  test("folds ö, ü and ß, and composes decomposed umlauts first", () => {
    assert.equal(foldGerman("Öffentliche Bürgerstraße"), "oeffentliche buergerstrasse");
    assert.equal(foldGerman("Bu\u0308rger"), "buerger");
  });
});

describe("wordsOf", () => {
  test("splits at hyphens, digits, punctuation and entities", () => {
    assert.deepEqual(wordsOf("Entwicklungs-Zusammenarbeit, seit 2014 &amp; länger."), ["Entwicklungs", "Zusammenarbeit", "seit", "länger"]);
  });
});

describe("buildVocabulary", () => {
  test("holds the folded form of every word", () => {
    const vocabulary = buildVocabulary(["Die Krankenhäuser", "eine Straße"]);
    assert.ok(vocabulary.has("krankenhaeuser"));
    assert.ok(vocabulary.has("strasse"));
    assert.ok(!vocabulary.has("Krankenhäuser"));
  });
});

describe("CompoundSplitter.split", () => {
  const splitter = new CompoundSplitter(buildVocabulary(CORPUS));

  test("splits at a linking s when both parts occur on their own", () => {
    assert.deepEqual(splitter.split("Partnerschaftsurkunde"), ["Partnerschafts", "urkunde"]);
  });

  test("keeps a known final part whole: fewest parts win", () => {
    assert.deepEqual(splitter.split("Entwicklungszusammenarbeit"), ["Entwicklungs", "zusammenarbeit"]);
  });

  test("splits a word whose parts are both known", () => {
    assert.deepEqual(splitter.split("Zusammenarbeit"), ["Zusammen", "arbeit"]);
  });

  test("accepts a first part without its final e and an inflected last part", () => {
    assert.deepEqual(splitter.split("Schulpartnerschaft"), ["Schul", "partnerschaft"]);
    assert.deepEqual(splitter.split("Partnerschaftsurkunden"), ["Partnerschafts", "urkunden"]);
  });

  test("finds parts whatever their spelling in the corpus", () => {
    const umlauts = new CompoundSplitter(buildVocabulary(["die Städte", "Partnerschaften"]));
    assert.deepEqual(umlauts.split("Staedtepartnerschaften"), ["Staedte", "partnerschaften"]);
    assert.deepEqual(umlauts.split("Städtepartnerschaften"), ["Städte", "partnerschaften"]);
  });

  test("leaves words alone whose parts are not in the vocabulary", () => {
    assert.deepEqual(splitter.split("Lebensbedingungen"), ["Lebensbedingungen"]);
    assert.deepEqual(splitter.split("Partnerschaft"), ["Partnerschaft"]);
  });

  test("never makes parts shorter than four letters", () => {
    const short = new CompoundSplitter(buildVocabulary(["Rat Gemeinde Haus Kranken"]));
    assert.deepEqual(short.split("Gemeinderat"), ["Gemeinderat"]);
  });

  test("never starts a compound with a function word", () => {
    const phrases = new CompoundSplitter(buildVocabulary(["eine Welt", "Weltarbeit"]));
    assert.deepEqual(phrases.split("Einewelt"), ["Einewelt"]);
  });
});

describe("CompoundSplitter.markCompounds", () => {
  const splitter = new CompoundSplitter(buildVocabulary(CORPUS));

  test("puts the mark between the parts and keeps punctuation", () => {
    assert.equal(splitter.markCompounds("Die Partnerschaftsurkunde."), `Die Partnerschafts${COMPOUND_MARK}urkunde.`);
    assert.equal(splitter.markCompounds("„Entwicklungszusammenarbeit“"), `„Entwicklungs${COMPOUND_MARK}zusammenarbeit“`);
  });

  test("leaves words Pagefind splits anyway untouched", () => {
    assert.equal(splitter.markCompounds("Stiftung Entwicklungs-Zusammenarbeit"), "Stiftung Entwicklungs-Zusammenarbeit");
  });

  test("leaves entities and short words untouched", () => {
    assert.equal(splitter.markCompounds("Kirche &amp; Gemeinde"), "Kirche &amp; Gemeinde");
  });

  test("counts the distinct compounds it has split", () => {
    const fresh = new CompoundSplitter(buildVocabulary(CORPUS));
    fresh.markCompounds("Partnerschaftsurkunde und Partnerschaftsurkunde und Kirchengemeinden");
    assert.equal(fresh.compoundCount, 2);
  });
});

describe("compoundCandidates and markCompoundsWith", () => {
  test("ask about each splittable word once and mark what the split returns", () => {
    assert.deepEqual(compoundCandidates("Die Partnerschaftsurkunde, die (Partnerschaftsurkunde) und Entwicklungs-Zusammenarbeit."), ["Partnerschaftsurkunde"]);
    const split = (word: string) => (word === "Partnerschaftsurkunde" ? ["Partnerschafts", "urkunde"] : [word]);
    assert.equal(markCompoundsWith("Die (Partnerschaftsurkunde).", split), `Die (Partnerschafts${COMPOUND_MARK}urkunde).`);
    const splitter = new CompoundSplitter(buildVocabulary(CORPUS));
    const text = "Die Partnerschaftsurkunde der Entwicklungs-Zusammenarbeit.";
    assert.equal(
      markCompoundsWith(text, (w) => splitter.split(w)),
      splitter.markCompounds(text),
    );
  });
});
