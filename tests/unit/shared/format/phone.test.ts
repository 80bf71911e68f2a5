import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatPhoneDe, groupPairs, telUri } from "../../../../lib/shared/format/phone.ts";

const SWITCHBOARD = "+49711210290";

describe("formatPhoneDe", () => {
  it("shows Nicole Kimmel's phone as on the seed page", () => assert.equal(formatPhoneDe("+497112102940", SWITCHBOARD), "0711 / 2 10 29-40"));
  it("shows the fax as on the seed page", () => assert.equal(formatPhoneDe("+497112102950", SWITCHBOARD), "0711 / 2 10 29-50"));
  it("shows the switchboard with extension 0", () => assert.equal(formatPhoneDe(SWITCHBOARD, SWITCHBOARD), "0711 / 2 10 29-0"));
  it("groups numbers outside the switchboard in pairs", () => assert.equal(formatPhoneDe("+4930123456"), "030 / 12 34 56"));
  it("shows foreign numbers internationally", () => assert.equal(formatPhoneDe("+25722223333"), "+257 22 22 33 33"));
  it("rejects numbers that are not valid", () => assert.throws(() => formatPhoneDe("+49123"), RangeError));
});

describe("groupPairs / telUri", () => {
  it("groups from the right", () => {
    assert.equal(groupPairs("21029"), "2 10 29");
    assert.equal(groupPairs("2102"), "21 02");
  });
  it("links the E.164 form", () => assert.equal(telUri("+497112102940"), "tel:+497112102940"));
});
