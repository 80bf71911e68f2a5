/**
 * The feed and the calendars of the built site (`npm run build:test`, today 2026-12-03) read
 * back: the Atom feed has every element RFC 4287 requires, absolute https addresses and the
 * newest twenty articles; every calendar file parses as iCalendar with the events it should hold.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import ICAL from "ical.js";

const SITE = "_site";
const xml = parseDocument(readFileSync(path.join(SITE, "aktuelles/feed.xml"), "utf8"), { xmlMode: true });
const feed = DomUtils.findOne((e) => e.name === "feed", xml.children)!;
const child = (parent: unknown, name: string) => DomUtils.getChildren(parent as never).find((c) => (c as { name?: string }).name === name) as never;
const text = (node: never) => (node ? DomUtils.textContent(node) : undefined);

describe("the Atom feed /aktuelles/feed.xml", () => {
  const entries = DomUtils.getElementsByTagName("entry", feed.children, false);
  it("has the feed's required elements", () => {
    assert.equal(feed.attribs.xmlns, "http://www.w3.org/2005/Atom");
    assert.equal(text(child(feed, "id")), "https://www.sez.de/");
    assert.equal(text(child(feed, "title")), "Aktuelles der SEZ");
    assert.match(text(child(feed, "updated"))!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    assert.ok(text(child(child(feed, "author"), "name")));
    const self = DomUtils.getElementsByTagName("link", feed.children, false).find((l) => l.attribs.rel === "self");
    assert.equal(self?.attribs.href, "https://www.sez.de/aktuelles/feed.xml");
  });
  it("holds the newest articles, each with id, title, updated, an absolute link and content", () => {
    assert.ok(entries.length >= 12 && entries.length <= 20, `${entries.length} entries`);
    const dates = entries.map((e) => text(child(e, "updated"))!);
    assert.deepEqual(dates, [...dates].sort().reverse(), "newest first");
    for (const entry of entries) {
      assert.ok(text(child(entry, "title")));
      assert.match(text(child(entry, "id"))!, /^https:\/\/www\.sez\.de\/aktuelles\/\d{4}\/[a-z0-9-]+\/$/);
      assert.equal((child(entry, "link") as { attribs: { href: string } }).attribs.href, text(child(entry, "id")));
      const content = text(child(entry, "content"))!;
      assert.ok(content.length > 100);
      for (const match of content.matchAll(/(?:href|src)="([^"]+)"/g)) assert.match(match[1]!, /^(https:\/\/|mailto:|#)/, `relative address in the feed: ${match[1]}`);
    }
  });
  it("is linked from the news pages", () => {
    for (const page of ["aktuelles/index.html", "aktuelles/2026/neue-kommunale-partnerschaft/index.html"]) {
      assert.match(readFileSync(path.join(SITE, page), "utf8"), /<link rel="alternate" href="\/aktuelles\/feed\.xml" type="application\/atom\+xml"/);
    }
  });
});

describe("the calendars", () => {
  const parse = (file: string) => new ICAL.Component(ICAL.parse(readFileSync(path.join(SITE, file), "utf8"))).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
  it("subscribable: every upcoming event of the test day, cancelled ones marked", () => {
    const events = parse("termine/termine.ics");
    assert.deepEqual(events.map((e) => e.summary).sort(), [
      "Eine-Welt-Tage 2027",
      "Fortbildung: Faire Beschaffung in der Praxis",
      "Lesung: Geschichten aus der Einen Welt",
      "Netzwerktreffen Partnerschaft mit Burundi",
      "Webinar: Einstieg in die kommunale Entwicklungszusammenarbeit",
    ]);
    const webinar = events.find((e) => e.summary.startsWith("Webinar"))!;
    assert.equal(webinar.startDate.toString(), "2027-01-20T16:00:00Z");
    const days = events.find((e) => e.summary.startsWith("Eine-Welt"))!;
    assert.equal(days.startDate.toString(), "2027-05-21");
    assert.equal(days.endDate.toString(), "2027-05-24");
  });
  it("one file per event, past ones too, each with its event's UID", () => {
    const files = ["2026", "2027"].flatMap((year) =>
      readdirSync(path.join(SITE, "termine", year))
        .filter((f) => f.endsWith(".ics"))
        .map((f) => `termine/${year}/${f}`),
    );
    assert.equal(files.length, 8);
    for (const file of files) {
      const [event] = parse(file);
      assert.equal(event!.uid, `${file.replace(/\.ics$/, "").replace(/\//g, "-")}@www.sez.de`);
    }
  });
});
