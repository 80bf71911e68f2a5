import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { eventWhen, instantOf, parseEventTime, type EventTime } from "../../../../lib/shared/format/event-time.ts";

const time = (value: string) => parseEventTime(value) as EventTime;

describe("event times", () => {
  it("reads whole days and local times", () => {
    assert.deepEqual(parseEventTime("2027-05-21"), { kind: "day", date: "2027-05-21" });
    const evening = time("2027-03-12T18:00");
    assert.equal(evening.kind, "time");
    assert.equal(evening.kind === "time" && evening.dateTime.toUTC().toISO(), "2027-03-12T17:00:00.000Z");
  });
  it("uses each day's own offset on both sides of a daylight-saving change", () => {
    const before = time("2027-03-27T12:00");
    const after = time("2027-03-28T12:00");
    assert.equal(before.kind === "time" && before.dateTime.toUTC().toISO(), "2027-03-27T11:00:00.000Z");
    assert.equal(after.kind === "time" && after.dateTime.toUTC().toISO(), "2027-03-28T10:00:00.000Z");
  });
  it("refuses a time that does not exist instead of shifting it", () => {
    assert.deepEqual(parseEventTime("2027-03-28T02:30"), { error: "nonexistent", shifted: "03:30" });
    // The hour that happens twice in autumn exists (the first of the two is meant).
    assert.equal("kind" in parseEventTime("2027-10-31T02:30"), true);
  });
  it("refuses what is no time or no calendar day", () => {
    assert.deepEqual(parseEventTime("12.03.2027"), { error: "format" });
    assert.deepEqual(parseEventTime("2027-03-12 18:00"), { error: "format" });
    assert.deepEqual(parseEventTime("2027-03-12T24:00"), { error: "format" });
    assert.deepEqual(parseEventTime("2027-02-30"), { error: "calendar" });
  });
  it("orders whole days by their start and end", () => {
    assert.ok(instantOf(time("2027-03-12")) < instantOf(time("2027-03-12T18:00")));
    assert.ok(instantOf(time("2027-03-12"), true) > instantOf(time("2027-03-12T18:00")));
  });
  it("says when in German", () => {
    assert.equal(eventWhen(time("2027-03-12T18:00"), time("2027-03-12T20:30")), "Freitag, 12. März 2027, 18:00 bis 20:30 Uhr");
    assert.equal(eventWhen(time("2027-05-21"), time("2027-05-23")), "21. bis 23. Mai 2027");
    assert.equal(eventWhen(time("2027-05-21"), time("2027-05-21")), "Freitag, 21. Mai 2027");
    assert.equal(eventWhen(time("2027-05-30"), time("2027-06-01")), "30. Mai bis 1. Juni 2027");
    assert.equal(eventWhen(time("2027-12-30"), time("2028-01-02")), "30. Dezember 2027 bis 2. Januar 2028");
    assert.equal(eventWhen(time("2027-05-21T09:00"), time("2027-05-22T16:00")), "21. Mai 2027, 09:00 Uhr bis 22. Mai 2027, 16:00 Uhr");
  });
});
