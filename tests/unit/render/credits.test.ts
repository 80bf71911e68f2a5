import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { creditFacts, creditLine, groupCredits } from "../../../lib/render/credits.ts";

describe("credit lines", () => {
  it("credit a photo as a photo and a stand-in as a stand-in", () => {
    assert.equal(creditLine({ credit: "H. Wollensak" }), "Foto: H. Wollensak");
    assert.equal(creditLine({ standIn: true, originalCredit: "H. Wollensak" }), "Platzhalter für ein Foto von H. Wollensak");
    assert.equal(creditLine({ standIn: true }), "Platzhalter, gemaltes Bild");
  });
  it("never show a stand-in with a photo's facts", () => {
    const facts = creditFacts({ standIn: true, originalCredit: "SEZ" });
    assert.deepEqual(
      facts.map((f) => f.term),
      ["Bild", "Steht für"],
    );
    assert.ok(facts.every((f) => !/^Foto$|^Lizenz$|^Quelle$/.test(f.term)));
    assert.equal(facts[1]!.value, "ein Foto von SEZ");
    const photo = creditFacts({ credit: "A. B.", license: "CC BY 4.0", source: "https://example.org/bild" });
    assert.deepEqual(
      photo.map((f) => [f.term, f.link]),
      [
        ["Foto", false],
        ["Lizenz", false],
        ["Quelle", true],
      ],
    );
  });
  it("group photos and stand-ins apart, each in German order", () => {
    const groups = groupCredits([
      { id: "c", caption: "Überblick", standIn: true },
      { id: "b", caption: "Zebra", credit: "SEZ" },
      { id: "a", caption: "Apfel", standIn: true },
      { id: "d", caption: "Ähre", credit: "SEZ" },
    ]);
    assert.deepEqual(
      groups.photos.map((c) => c.id),
      ["d", "b"],
    );
    assert.deepEqual(
      groups.standIns.map((c) => c.id),
      ["a", "c"],
    );
  });
});
