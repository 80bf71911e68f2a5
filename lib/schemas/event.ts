/** Schema of the front matter of an event (`src/termine/<Jahr>/<slug>.md`). */
import { z } from "zod";
import { isEventTime, parseEventTime } from "../shared/format/event-time.ts";
import { Email, IsoDate, Line, SampleMark, Slug } from "./common.ts";

/** Statuses an event can have besides "takes place as planned". */
export const EventStatuses = ["abgesagt", "verschoben"] as const;

/**
 * A start or end: a whole day `JJJJ-MM-TT` or a local time in Europe/Berlin
 * `JJJJ-MM-TTTHH:MM`. A time that does not exist (clocks jump from 2 to 3 on the last Sunday
 * of March) is refused instead of being shifted.
 *
 * @example
 * EventTimeText.parse("2027-03-12T18:00") // ok
 * EventTimeText.parse("2027-03-28T02:30") // throws: that time does not exist in Germany
 */
export const EventTimeText = z
  .string()
  .describe("ein Tag JJJJ-MM-TT oder ein Zeitpunkt JJJJ-MM-TTTHH:MM (Ortszeit), z. B. 2027-03-12T18:00")
  .superRefine((value, ctx) => {
    const parsed = parseEventTime(value);
    if (isEventTime(parsed)) return;
    const fix =
      parsed.error === "nonexistent"
        ? `Diese Uhrzeit gibt es an diesem Tag nicht: In der Nacht der Zeitumstellung springt die Uhr von 2:00 auf 3:00 Uhr. Meinten Sie ${value.slice(0, 11)}${parsed.shifted}?`
        : parsed.error === "calendar"
          ? `Den Tag ${value.slice(0, 10)} gibt es nicht im Kalender. Prüfen Sie Tag und Monat.`
          : "Schreiben Sie den Tag als JJJJ-MM-TT (ganztägig) oder Tag und Uhrzeit als JJJJ-MM-TTTHH:MM, z. B. 2027-03-12T18:00 (mit großem T, Uhrzeit mit zwei Stellen).";
    ctx.addIssue({ code: "custom", message: parsed.error === "nonexistent" ? "eine Uhrzeit, die es an diesem Tag gibt" : "ein Tag JJJJ-MM-TT oder ein Zeitpunkt JJJJ-MM-TTTHH:MM", params: { fix } });
  });

/** A web address starting with https:// (no other scheme reaches a page). */
const HttpsUrl = z.url({ protocol: /^https$/ }).describe("eine Webadresse, die mit https:// beginnt");

/** Front matter of an event. Unknown keys fail, so a typo like `ort:` is caught. */
export const EventFrontMatterSchema = z.strictObject({
  /** Name of the event (H1, lists, calendar). */
  title: Line.describe("der Name der Veranstaltung in einer Zeile"),
  /** One or two sentences for lists, the calendar and search engines. */
  teaser: z.string().trim().min(50).max(200).describe("ein Anreißer aus ein bis zwei Sätzen mit 50 bis 200 Zeichen (für Listen, den Kalender und Suchmaschinen)"),
  /** Beginning: a day (whole-day event) or a local time. */
  start: EventTimeText,
  /** End: a day or a local time; not before the start. */
  end: EventTimeText,
  /** Where it takes place; an online event may leave it out. */
  place: z
    .strictObject({
      /** Name of the venue. */
      name: Line.describe("der Name des Veranstaltungsorts, z. B. Haus der Wirtschaft"),
      /** Street, postcode and town in one line. */
      address: Line.optional().describe("Straße, Postleitzahl und Ort in einer Zeile"),
    })
    .optional()
    .describe("der Ort mit name: und address:"),
  /** Address of the online meeting (or of the page that gives access to it). */
  online: HttpsUrl.optional(),
  /** How to register: a link or an email address, and until when. */
  registration: z
    .strictObject({
      /** Registration form. */
      url: HttpsUrl.optional(),
      /** Address to register by email. */
      email: Email.optional(),
      /** Last day to register (inclusive). */
      deadline: IsoDate.optional().describe("der letzte Tag der Anmeldung im Format JJJJ-MM-TT"),
    })
    .optional()
    .describe("die Anmeldung mit url: oder email: und deadline:"),
  /** What it costs, e.g. "kostenlos" or "20 Euro, ermäßigt 10 Euro". */
  cost: Line.optional().describe("die Kosten in einer Zeile, z. B. kostenlos"),
  /** Who it is for. */
  audience: Line.optional().describe("für wen die Veranstaltung gedacht ist, in einer Zeile"),
  /** Language(s) of the event; German when left out. */
  language: Line.optional().describe("die Sprache der Veranstaltung (ohne Angabe: Deutsch)"),
  /** Topics of `_data/topics.yaml`. */
  topics: z.array(Slug).optional().describe("eine Liste von Themen-Kennungen aus _data/topics.yaml, z. B. [globales-lernen]"),
  /** Id of the contact in `_data/contacts.yaml`. */
  contact: Slug.optional().describe("die Kennung eines Kontakts aus _data/contacts.yaml, z. B. nicole-kimmel"),
  /** Id of a photo in `_data/images.yaml`. */
  hero: Slug.optional().describe("die Kennung eines Fotos aus _data/images.yaml"),
  /** Cancelled or postponed; left out while it takes place as planned. */
  status: z
    .enum(EventStatuses)
    .optional()
    .describe(`einer der Werte: ${EventStatuses.join(", ")} (ohne Angabe: findet statt)`),
  /** Date of the last editorial change. */
  updated: IsoDate.optional().describe("das Datum einer späteren Änderung im Format JJJJ-MM-TT"),
  /** A draft is shown in the preview (`npm start`) but never published. */
  draft: z.boolean().optional().describe("true oder false"),
  /** A sample event written for this site's demonstration. */
  sample: SampleMark.describe("true bei einer Beispielveranstaltung, die es so nicht gibt (sonst false oder das Feld weglassen)"),
});

/** Validated front matter of an event. */
export type EventFrontMatter = z.infer<typeof EventFrontMatterSchema>;
