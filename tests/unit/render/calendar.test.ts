import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ICAL from "ical.js";
import { calendarText, eventUid, type CalendarEvent } from "../../../lib/render/calendar.ts";

const site = { url: "https://www.sez.de", name: "Stiftung Entwicklungs-Zusammenarbeit Baden-Württemberg" };
const teaser = "Ein Treffen mit einem Anreißer, der lang genug ist, um die Zeilen der Kalenderdatei zu falten.";
const events: CalendarEvent[] = [
  { url: "/termine/2027/winter/", data: { title: "Winter", teaser, start: "2027-01-20T17:00", end: "2027-01-20T18:30", online: "https://x.example.org/", lastUpdated: "2026-11-20" } },
  { url: "/termine/2027/sommer/", data: { title: "Sommer", teaser, start: "2027-07-01T17:00", end: "2027-07-01T18:30", place: { name: "SEZ", address: "Werastraße 24, 70182 Stuttgart" } } },
  { url: "/termine/2027/tage/", data: { title: "Tage", teaser, start: "2027-05-21", end: "2027-05-23", place: { name: "überall" }, status: "abgesagt" } },
];

describe("calendar files", () => {
  const text = calendarText(events, site, { name: "Termine der SEZ" });
  const parsed = new ICAL.Component(ICAL.parse(text));
  const vevents = parsed.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));

  it("are RFC 5545 text: CRLF line ends, lines folded at 75 octets", () => {
    assert.ok(text.split("\r\n").length > 10);
    assert.equal(text.replace(/\r\n/g, "").includes("\n"), false);
    for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, line);
  });
  it("hold every event with a stable UID and a DTSTAMP from the event", () => {
    assert.deepEqual(
      vevents.map((e) => e.uid),
      ["termine-2027-winter@www.sez.de", "termine-2027-sommer@www.sez.de", "termine-2027-tage@www.sez.de"],
    );
    assert.equal(eventUid("/termine/2027/winter/", site.url), "termine-2027-winter@www.sez.de");
    assert.equal(parsed.getAllSubcomponents("vevent")[0]!.getFirstPropertyValue("dtstamp")!.toString(), "2026-11-19T23:00:00Z");
    assert.equal(calendarText(events, site, { name: "Termine der SEZ" }), text, "the same input gives the same bytes");
  });
  it("give times in UTC with the offset of their own day (winter +1, summer +2)", () => {
    assert.equal(vevents[0]!.startDate.toString(), "2027-01-20T16:00:00Z");
    assert.equal(vevents[0]!.endDate.toString(), "2027-01-20T17:30:00Z");
    assert.equal(vevents[1]!.startDate.toString(), "2027-07-01T15:00:00Z");
  });
  it("give whole days as dates with the day after as the exclusive end", () => {
    assert.equal(vevents[2]!.startDate.isDate, true);
    assert.equal(vevents[2]!.startDate.toString(), "2027-05-21");
    assert.equal(vevents[2]!.endDate.toString(), "2027-05-24");
  });
  it("say where, and mark a cancelled event", () => {
    assert.equal(vevents[1]!.location, "SEZ, Werastraße 24, 70182 Stuttgart");
    assert.equal(vevents[0]!.location, "https://x.example.org/");
    assert.equal(parsed.getAllSubcomponents("vevent")[2]!.getFirstPropertyValue("status"), "CANCELLED");
  });
});
