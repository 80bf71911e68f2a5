import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDateDe, formatDateLongDe, isoDateBerlin, plainDate } from "../../../../lib/shared/format/date.ts";

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

describe("plainDate", () => {
  it("splits a calendar date", () => assert.deepEqual(plainDate("2024-02-29"), { year: "2024", month: "02", day: "29" }));
  it("rejects days that do not exist and anything with a time", () => {
    assert.equal(plainDate("2023-02-29"), undefined);
    assert.equal(plainDate("2013-13-01"), undefined);
    assert.equal(plainDate("2013-02-10T23:30:00Z"), undefined);
  });
  it("gives the same results as the time zone path", () => {
    for (const day of ["2013-02-11", "2024-03-31", "2024-10-27", "2000-01-01"]) {
      assert.equal(formatDateDe(day), formatDateDe(new Date(`${day}T12:00:00+01:00`)));
      assert.equal(isoDateBerlin(day), isoDateBerlin(new Date(`${day}T12:00:00+01:00`)));
    }
  });
});
