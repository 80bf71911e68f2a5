import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { event, eventJsonLd, hasEnded, past, registrationOn, upcoming, upcomingByMonth } from "../../../lib/content/event.ts";
import type { EventFrontMatter } from "../../../lib/schemas/event.ts";

const base: EventFrontMatter = { title: "Treffen", teaser: "x".repeat(60), start: "2027-03-12T18:00", end: "2027-03-12T20:00", place: { name: "SEZ" } };
const item = (data: Partial<EventFrontMatter>) => ({ url: `/termine/2027/${data.title ?? "a"}/`, data: { ...base, ...data } });
const lineOf = () => 3;
const check = (fm: Partial<EventFrontMatter>) => event.check!({ file: "src/termine/2027/a.md", slug: "a", frontMatter: { ...base, ...fm }, lineOf }, undefined);

describe("events", () => {
  it("are over on the day after their last day", () => {
    assert.equal(hasEnded(base, "2027-03-12"), false);
    assert.equal(hasEnded(base, "2027-03-13"), true);
    assert.equal(hasEnded({ end: "2027-05-23" }, "2027-05-23"), false);
  });
  it("leave the upcoming list for the archive when today moves past them", () => {
    const items = [item({ title: "b", start: "2027-04-01", end: "2027-04-01" }), item({ title: "a" })];
    assert.deepEqual(
      upcoming(items, "2027-03-01").map((i) => i.data.title),
      ["a", "b"],
    );
    assert.deepEqual(
      upcoming(items, "2027-03-13").map((i) => i.data.title),
      ["b"],
    );
    assert.deepEqual(
      past(items, "2027-04-02").map((i) => i.data.title),
      ["b", "a"],
    );
  });
  it("are grouped by the month they start in, in German", () => {
    const groups = upcomingByMonth([item({ title: "a" }), item({ title: "b", start: "2027-05-21", end: "2027-05-23" })], "2027-01-01");
    assert.deepEqual(
      groups.map((g) => [g.key, g.label, g.items.length]),
      [
        ["2027-03", "März 2027", 1],
        ["2027-05", "Mai 2027", 1],
      ],
    );
  });
  it("take registrations until the deadline, never after the event or when cancelled", () => {
    const open = { ...base, registration: { url: "https://x.example.org/", deadline: "2027-03-01" } };
    assert.deepEqual(registrationOn(open, "2027-03-01"), { state: "open", until: "2027-03-01" });
    assert.deepEqual(registrationOn(open, "2027-03-02"), { state: "closed" });
    assert.deepEqual(registrationOn({ ...open, status: "abgesagt" }, "2027-02-01"), { state: "closed" });
    assert.deepEqual(registrationOn(base, "2027-02-01"), { state: "none" });
  });
  it("describe themselves in Event JSON-LD", () => {
    const at = { url: "https://www.sez.de/termine/2027/a/", organizer: "SEZ", organizerUrl: "https://www.sez.de/" };
    const ld = eventJsonLd({ ...base, online: "https://x.example.org/", status: "abgesagt" }, at);
    assert.equal(ld.startDate, "2027-03-12T18:00+01:00");
    assert.equal(ld.eventStatus, "https://schema.org/EventCancelled");
    assert.equal(ld.eventAttendanceMode, "https://schema.org/MixedEventAttendanceMode");
    assert.equal(eventJsonLd({ ...base, place: undefined, online: "https://x.example.org/" }, at).eventAttendanceMode, "https://schema.org/OnlineEventAttendanceMode");
    assert.equal(eventJsonLd({ ...base, start: "2027-07-01T10:00", end: "2027-07-01T12:00" }, at).startDate, "2027-07-01T10:00+02:00");
  });
  it("refuse an end before the start, a late deadline and neither place nor link", () => {
    assert.deepEqual(check({}), []);
    assert.match(check({ end: "2027-03-12T17:00" })[0]!.expected, /Ende nach dem Beginn/);
    assert.match(check({ end: "2027-03-12" })[0]!.expected, /Ende mit Uhrzeit/);
    assert.equal(check({ start: "2027-03-12", end: "2027-03-12" }).length, 0);
    assert.match(check({ registration: { url: "https://x.example.org/", deadline: "2027-03-13" } })[0]!.field ?? "", /registration\.deadline/);
    assert.match(check({ registration: {} })[0]!.field ?? "", /^registration$/);
    assert.match(check({ place: undefined })[0]!.expected, /Ort .* oder einen Online-Link/);
  });
  it("live in a folder of the year they start in", () => {
    const problems = event.check!({ file: "src/termine/2026/a.md", slug: "a", frontMatter: base, lineOf }, undefined);
    assert.match(problems[0]!.fix, /src\/termine\/2027\//);
  });
});
