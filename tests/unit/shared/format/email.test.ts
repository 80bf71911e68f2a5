import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeEmail, encodeEmail, readableEmailParts } from "../../../../lib/shared/format/email.ts";
import { decodeToken } from "../../../../assets/js/email.ts";

describe("email protection", () => {
  it("encodes without an @ or the address in clear", () => {
    const token = encodeEmail("kimmel@sez.de");
    assert.doesNotMatch(token, /@|kimmel|sez\.de/);
  });
  it("round-trips on the server", () => assert.equal(decodeEmail(encodeEmail("kimmel@sez.de")), "kimmel@sez.de"));
  it("round-trips with the browser decoder, umlauts included", () => {
    for (const address of ["kimmel@sez.de", "müller@städte.de"]) assert.equal(decodeToken(encodeEmail(address)), address);
  });
  it("splits the readable form", () => assert.deepEqual(readableEmailParts("kimmel@sez.de"), { local: "kimmel", domain: "sez.de" }));
  it("refuses strings without @", () => assert.throws(() => readableEmailParts("kimmel"), RangeError));
});
