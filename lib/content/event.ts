/**
 * Events ("Termine"): one Markdown file per event in `src/termine/<Jahr>/<slug>.md`, at
 * `/termine/<Jahr>/<slug>/`. `/termine/` lists what is upcoming, soonest first and by month;
 * an event moves to `/termine/archiv/` by itself on the day after it ends ("today" is an input
 * of the build). Every event has an `.ics` file, and `/termine/termine.ics` is a calendar of all
 * upcoming events to subscribe to.
 */
import { DateTime } from "luxon";
import { EventFrontMatterSchema, type EventFrontMatter } from "../schemas/event.ts";
import { TIME_ZONE } from "../shared/format/date.ts";
import { instantOf, isEventTime, parseEventTime, type EventTime } from "../shared/format/event-time.ts";
import type { Problem } from "../shared/problems.ts";
import { draftMarkdown } from "./scaffold.ts";
import { defineContentType } from "./types.ts";

/** Address of the subscribable calendar of all upcoming events. */
export const CALENDAR_URL = "/termine/termine.ics";

/**
 * Start and end of a validated event.
 *
 * @example
 * eventTimes({ start: "2027-03-12T18:00", end: "2027-03-12T20:00" }).start.kind // => "time"
 */
export function eventTimes(fm: Pick<EventFrontMatter, "start" | "end">): { start: EventTime; end: EventTime } {
  const start = parseEventTime(fm.start);
  const end = parseEventTime(fm.end);
  if (!isEventTime(start) || !isEventTime(end)) throw new Error(`Ungültige Zeit ${fm.start} / ${fm.end}: das Schema hätte sie abgelehnt`);
  return { start, end };
}

/**
 * Whether an event is over on `today`: the day after its last day.
 *
 * @example
 * hasEnded({ end: "2027-03-12T20:00" }, "2027-03-12") // => false (it is still that day)
 * hasEnded({ end: "2027-03-12" }, "2027-03-13")       // => true
 */
export function hasEnded(fm: Pick<EventFrontMatter, "end">, today: string): boolean {
  return fm.end.slice(0, 10) < today;
}

/** Whether and until when one can register. */
export type Registration = { state: "none" } | { state: "open"; until?: string | undefined } | { state: "closed" };

/**
 * The registration's state on `today`: open until its deadline (inclusive) and never for an
 * event that is over or cancelled.
 *
 * @example
 * registrationOn({ end: "2027-03-12", registration: { url: "https://x.de", deadline: "2027-03-01" } }, "2027-02-20") // => { state: "open", until: "2027-03-01" }
 * registrationOn({ end: "2027-03-12", registration: { url: "https://x.de", deadline: "2027-03-01" } }, "2027-03-02") // => { state: "closed" }
 */
export function registrationOn(fm: Pick<EventFrontMatter, "end" | "registration" | "status">, today: string): Registration {
  if (!fm.registration) return { state: "none" };
  if (fm.status === "abgesagt" || hasEnded(fm, today)) return { state: "closed" };
  const deadline = fm.registration.deadline;
  if (deadline && deadline < today) return { state: "closed" };
  return { state: "open", until: deadline };
}

/** Upcoming events of one month. */
export interface MonthGroup<T> {
  /** `JJJJ-MM` */
  key: string;
  /** "März 2027" */
  label: string;
  items: T[];
}

/**
 * The events that are not over on `today`, soonest first, grouped by the month they start in.
 *
 * @example
 * upcomingByMonth([{ data: { start: "2027-03-12", end: "2027-03-12", title: "A" } }], "2027-01-01")[0].label // => "März 2027"
 */
export function upcomingByMonth<T extends { data: Pick<EventFrontMatter, "start" | "end" | "title"> }>(items: readonly T[], today: string): MonthGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of upcoming(items, today)) {
    const key = item.data.start.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([key, list]) => ({ key, label: DateTime.fromISO(`${key}-01`, { zone: TIME_ZONE }).setLocale("de").toFormat("LLLL yyyy"), items: list }));
}

/**
 * The events that are not over on `today`, soonest first.
 *
 * @example
 * upcoming([{ data: { start: "2027-03-12", end: "2027-03-12", title: "A" } }], "2027-03-13") // => []
 */
export function upcoming<T extends { data: Pick<EventFrontMatter, "start" | "end" | "title"> }>(items: readonly T[], today: string): T[] {
  return items.filter((item) => !hasEnded(item.data, today)).sort((a, b) => soonestFirst(a.data, b.data));
}

/**
 * The events that are over on `today`, the latest first.
 *
 * @example
 * past([{ data: { start: "2026-03-12", end: "2026-03-12", title: "A" } }], "2027-01-01").length // => 1
 */
export function past<T extends { data: Pick<EventFrontMatter, "start" | "end" | "title"> }>(items: readonly T[], today: string): T[] {
  return items.filter((item) => hasEnded(item.data, today)).sort((a, b) => -soonestFirst(a.data, b.data));
}

/**
 * Order by start (whole days before timed events of the same day), then title.
 *
 * @example
 * soonestFirst({ start: "2027-01-01", title: "A" }, { start: "2027-02-01", title: "B" }) // => -1
 */
export function soonestFirst(a: Pick<EventFrontMatter, "start" | "title">, b: Pick<EventFrontMatter, "start" | "title">): number {
  return a.start === b.start ? a.title.localeCompare(b.title, "de") : a.start < b.start ? -1 : 1;
}

/** schema.org's names for an event's status. */
const SCHEMA_STATUS = { abgesagt: "EventCancelled", verschoben: "EventPostponed" } as const;

/**
 * The `Event` JSON-LD of an event.
 *
 * @example
 * eventJsonLd({ title: "A", teaser: "…", start: "2027-03-12T18:00", end: "2027-03-12T20:00", online: "https://x.de" }, { url: "https://www.sez.de/termine/2027/a/", organizer: "SEZ", organizerUrl: "https://www.sez.de/" }).eventAttendanceMode
 * // => "https://schema.org/OnlineEventAttendanceMode"
 */
export function eventJsonLd(
  fm: Pick<EventFrontMatter, "title" | "teaser" | "start" | "end" | "place" | "online" | "status" | "cost">,
  at: { url: string; organizer: string; organizerUrl: string; image?: string | undefined },
): Record<string, unknown> {
  const { start, end } = eventTimes(fm);
  const iso = (t: EventTime) => (t.kind === "day" ? t.date : t.dateTime.toISO({ suppressMilliseconds: true, suppressSeconds: true }));
  const physical = fm.place ? { "@type": "Place", name: fm.place.name, ...(fm.place.address ? { address: fm.place.address } : {}) } : undefined;
  const virtual = fm.online ? { "@type": "VirtualLocation", url: fm.online } : undefined;
  const mode = physical && virtual ? "MixedEventAttendanceMode" : virtual ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode";
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: fm.title,
    description: fm.teaser,
    startDate: iso(start),
    endDate: iso(end),
    eventStatus: `https://schema.org/${fm.status ? SCHEMA_STATUS[fm.status] : "EventScheduled"}`,
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: physical && virtual ? [physical, virtual] : (physical ?? virtual),
    ...(at.image ? { image: [at.image] } : {}),
    organizer: { "@type": "Organization", name: at.organizer, url: at.organizerUrl },
    url: at.url,
  };
}

export const event = defineContentType<EventFrontMatter>({
  id: "event",
  label: { one: "Termin", many: "Termine" },
  summary: "Veranstaltungen der SEZ und ihrer Partner mit Ort oder Online-Link, Anmeldung und Kalenderdatei; vergangene Termine wandern von selbst ins Archiv.",
  folder: "src/termine",
  place: "in src/termine/<Jahr>/ (Termine)",
  owns: (relative) => /^termine\/\d{4}\/[^/]+\.md$/.test(relative),
  schema: EventFrontMatterSchema,
  layout: () => "event",
  layouts: ["event"],
  references: { hero: "images", contact: "contacts", topics: "topics" },
  fieldNames: ["calendarUrl"],
  computed: ({ relative }) => ({ fields: { calendarUrl: `/${relative.replace(/\.md$/, "")}.ics` } }),
  check: ({ file, frontMatter: fm, lineOf }) => {
    const problems: Problem[] = [];
    const start = parseEventTime(fm.start);
    const end = parseEventTime(fm.end);
    const folderYear = /\/(\d{4})\/[^/]+\.md$/.exec(file)?.[1];
    if (folderYear && fm.start.slice(0, 4) !== folderYear) {
      problems.push({
        file,
        line: lineOf(["start"]),
        field: "start",
        expected: `einen Beginn im Jahr ${folderYear}, dem Ordner des Termins`,
        received: `"${fm.start}"`,
        fix: `Verschieben Sie die Datei in den Ordner src/termine/${fm.start.slice(0, 4)}/ oder korrigieren Sie den Beginn.`,
      });
    }
    if (isEventTime(start) && isEventTime(end) && instantOf(end, true) < instantOf(start)) {
      problems.push({
        file,
        line: lineOf(["end"]),
        field: "end",
        expected: `ein Ende nach dem Beginn (${fm.start})`,
        received: `"${fm.end}", das vor dem Beginn liegt`,
        fix: "Prüfen Sie Datum und Uhrzeit von start: und end: (Format JJJJ-MM-TTTHH:MM); vielleicht sind sie vertauscht.",
      });
    }
    if (isEventTime(start) && isEventTime(end) && start.kind !== end.kind) {
      problems.push({
        file,
        line: lineOf(["end"]),
        field: "end",
        expected: start.kind === "day" ? "ein Ende ohne Uhrzeit wie der Beginn (ganztägig)" : "ein Ende mit Uhrzeit wie der Beginn",
        received: `"${fm.end}"`,
        fix: "Schreiben Sie start: und end: beide mit Uhrzeit (JJJJ-MM-TTTHH:MM) oder beide ohne (ganztägig, JJJJ-MM-TT).",
      });
    }
    const deadline = fm.registration?.deadline;
    if (deadline && deadline > fm.start.slice(0, 10)) {
      problems.push({
        file,
        line: lineOf(["registration", "deadline"]),
        field: "registration.deadline",
        expected: `einen Anmeldeschluss bis zum Beginn (${fm.start.slice(0, 10)})`,
        received: `"${deadline}", nach dem Beginn`,
        fix: "Setzen Sie den Anmeldeschluss auf einen Tag vor oder am Tag der Veranstaltung.",
      });
    }
    if (fm.registration && !fm.registration.url && !fm.registration.email) {
      problems.push({
        file,
        line: lineOf(["registration"]),
        field: "registration",
        expected: "eine Anmeldung mit url: (Formular) oder email:",
        received: "keines von beiden",
        fix: "Ergänzen Sie unter registration: eine Zeile url: https://… oder email: …, oder entfernen Sie registration:.",
      });
    }
    if (!fm.place && !fm.online) {
      problems.push({
        file,
        line: 1,
        field: "place",
        expected: "einen Ort (place:) oder einen Online-Link (online:)",
        received: "keines von beiden",
        fix: "Ergänzen Sie place: mit name: und address: oder online: mit der Adresse der Online-Veranstaltung.",
      });
    }
    return problems;
  },
  compare: (a, b) => soonestFirst(a, b),
  generatedUrls: (pages) => ({
    "/termine/": "src/termine/index.11ty.tsx",
    "/termine/archiv/": "src/termine/archiv.11ty.tsx",
    [CALENDAR_URL]: "src/termine/kalender.11ty.tsx",
    ...Object.fromEntries(pages.map((page) => [`${page.url.replace(/\/$/, "")}.ics`, "src/termine/ics.11ty.tsx"])),
  }),
  search: { type: "Termin", urlPrefix: "/termine/" },
  sitemap: true,
  // The folder of the year it starts in (check refuses any other).
  editing: { path: "{{fields.start | date('YYYY')}}/{{slug}}" },
  scaffold: {
    command: "termin",
    usage: ['npm run neu -- termin "Name der Veranstaltung"'],
    create: ({ title, slug, read, today }) => {
      const file = `src/termine/${today.slice(0, 4)}/${slug}.md`;
      if (read(file) !== undefined) return { refused: `Die Datei ${file} gibt es schon. Wählen Sie einen anderen Namen.` };
      const text = draftMarkdown(
        {
          title,
          teaser: "Bitte ersetzen: ein bis zwei Sätze, worum es geht und für wen die Veranstaltung gedacht ist.",
          start: `${today}T18:00`,
          end: `${today}T20:00`,
          place: { name: "Bitte ersetzen: Name des Orts", address: "Werastraße 24, 70182 Stuttgart" },
        },
        [
          "# online: https://…                Online-Veranstaltung (statt oder neben place:)",
          "# registration:                    Anmeldung mit Link oder E-Mail und Anmeldeschluss",
          "#   url: https://…",
          "#   deadline: JJJJ-MM-TT",
          "# cost: kostenlos",
          "# audience: Kommunen, Vereine und Interessierte",
          "# topics: [globales-lernen]        Themen aus _data/topics.yaml",
          "# contact: nicole-kimmel           Kontakt aus _data/contacts.yaml",
          "# status: abgesagt                 oder verschoben",
        ],
      );
      return { file, writes: [{ file, text }], created: `Neuer Termin "${title}" angelegt:\n  ${file}: Vorspann und Text (Beginn und Ende bitte anpassen)` };
    },
  },
});
