import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDateDe, formatDateLongDe, isoDateBerlin } from "../../../lib/format/date.ts";

describe("formatDateDe", () => {
  it("shows a date the way the old site did", () => assert.equal(formatDateDe("2013-02-11"), "11.02.2013"));
  it("uses Berlin time, not UTC", () => assert.equal(formatDateDe("2013-02-10T23:30:00Z"), "11.02.2013"));
  it("accepts Date objects", () => assert.equal(formatDateDe(new Date("2026-07-01T12:00:00Z")), "01.07.2026"));
  it("rejects impossible dates", () => assert.throws(() => formatDateDe("2013-02-31"), RangeError));
});

describe("formatDateLongDe / isoDateBerlin", () => {
  it("writes German month names", () => assert.equal(formatDateLongDe("2013-02-11"), "11. Februar 2013"));
  it("gives the Berlin calendar day for datetime attributes", () => assert.equal(isoDateBerlin("2013-02-10T23:30:00Z"), "2013-02-11"));
});
