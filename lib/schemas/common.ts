/**
 * Building blocks shared by the data schemas. Each carries a German description, which the
 * error formatter shows as "erwartet: ..." when an editor's value does not fit.
 */
import { z } from "zod";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { plainDate } from "../shared/format/date.ts";
import { textIssue } from "./text.ts";

/** A URL-safe identifier: lower case letters, digits and single hyphens. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe("eine Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen, ohne Umlaute, z. B. nicole-kimmel");

/**
 * A calendar date written `JJJJ-MM-TT` that exists in the calendar.
 *
 * @example
 * IsoDate.parse("2013-02-11") // => "2013-02-11"
 * IsoDate.parse("2013-02-31") // throws: the day does not exist
 */
export const IsoDate = z
  .string()
  .describe("ein Datum im Format JJJJ-MM-TT, z. B. 2013-02-11")
  .superRefine((value, ctx) => {
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    if (german) {
      const [, d, m, y] = german;
      const iso = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
      const exists = plainDate(iso) !== undefined;
      ctx.addIssue({
        code: "custom",
        message: "ein Datum im Format JJJJ-MM-TT, z. B. 2013-02-11",
        params: {
          fix: exists
            ? `Schreiben Sie das Datum als ${iso} (Jahr-Monat-Tag).`
            : `Schreiben Sie das Datum als Jahr-Monat-Tag (JJJJ-MM-TT) und prüfen Sie Tag und Monat: Den ${d}.${m}.${y} gibt es nicht im Kalender.`,
        },
      });
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      ctx.addIssue({
        code: "custom",
        message: "ein Datum im Format JJJJ-MM-TT, z. B. 2013-02-11",
        params: { fix: "Schreiben Sie das Datum als Jahr-Monat-Tag mit Bindestrichen, z. B. 2013-02-11." },
      });
      return;
    }
    if (!plainDate(value)) {
      ctx.addIssue({
        code: "custom",
        message: "ein Datum, das es im Kalender gibt",
        params: { fix: `Den ${value.split("-").reverse().join(".")} gibt es nicht im Kalender. Prüfen Sie Tag und Monat (Format JJJJ-MM-TT).` },
      });
    }
  })
  // JSON Schema's "date" format: the editing UI (lib/cms/) shows a date picker for it.
  .meta({ format: "date" });

/**
 * A telephone number in international E.164 form, as stored in the data files.
 *
 * @example
 * PhoneE164.parse("+497112102940") // ok
 * PhoneE164.parse("0711 / 2 10 29-40") // throws
 */
export const PhoneE164 = z
  .string()
  .describe("eine Telefonnummer im internationalen Format E.164 ohne Leerzeichen, z. B. +497112102940")
  .superRefine((value, ctx) => {
    const parsed = /^\+[1-9]\d{6,14}$/.test(value) ? parsePhoneNumberFromString(value) : undefined;
    if (!parsed?.isValid()) {
      ctx.addIssue({
        code: "custom",
        message: "eine Telefonnummer im internationalen Format E.164 ohne Leerzeichen, z. B. +497112102940",
        params: {
          fix: "Schreiben Sie +49, dann die Vorwahl ohne 0 und die Nummer ohne Leer- und Trennzeichen: aus 0711 / 2 10 29-40 wird +497112102940.",
        },
      });
    }
  })
  // The shape of the check above, for the editing UI's form (lib/cms/); the number's validity stays the build's.
  .meta({ pattern: "^\\+[1-9]\\d{6,14}$" });

/** An email address; it is stored in plain text here and never printed plainly on a page. */
export const Email = z.email().describe("eine E-Mail-Adresse, z. B. info@sez.de");

/** Refuses invisible control and bidi characters in a text (see `lib/schemas/text.ts`). */
export function refuseInvisible(value: string, ctx: z.RefinementCtx): void {
  const issue = textIssue(value);
  if (issue) ctx.addIssue({ code: "custom", message: "ein Text ohne unsichtbare Steuerzeichen", params: { received: issue.received, fix: issue.fix } });
}

/** A non-empty single line of text. */
export const Line = z.string().trim().min(1).describe("ein kurzer Text in einer Zeile").superRefine(refuseInvisible);

/** Any origin serves as base: what matters is that the address keeps it. */
const SAME_ORIGIN_BASE = "https://same-origin.invalid";

/**
 * Why an address is not inside the site, or undefined if it is: it is read as a browser
 * reads it (so `//evil.example/` and `/\evil.example/` are other hosts) and must stay on the
 * same origin, spelled exactly as the browser would request it.
 *
 * @example
 * internalUrlIssue("/kontakt/#anfahrt")   // => undefined
 * internalUrlIssue("//evil.example/login") // => "..." (another host)
 */
export function internalUrlIssue(value: string): string | undefined {
  if (!value.startsWith("/")) return "Schreiben Sie die Adresse ab der Startseite, beginnend mit einem Schrägstrich, z. B. /kontakt/.";
  let url: URL;
  try {
    url = new URL(value, SAME_ORIGIN_BASE);
  } catch {
    return "Die Adresse lässt sich nicht lesen. Schreiben Sie sie neu, z. B. /kontakt/.";
  }
  if (url.origin !== SAME_ORIGIN_BASE || /^\/[\\/]|\\/.test(value)) {
    return "Die Adresse führt auf eine fremde Website (// oder \\ am Anfang). Eine Adresse innerhalb der Website beginnt mit genau einem / und dann dem Seitennamen, z. B. /kontakt/.";
  }
  if (`${url.pathname}${url.search}${url.hash}` !== value) {
    return "Verwenden Sie nur Kleinbuchstaben, Ziffern, Bindestriche und /, ohne Leerzeichen, Umlaute, .. oder %-Codes, z. B. /leichte-sprache/.";
  }
  return undefined;
}

/** A site-internal path starting with one slash that stays on the site's own origin. */
export const InternalUrl = z
  .string()
  .describe("eine Adresse innerhalb der Website, beginnend mit /, z. B. /kontakt/")
  .superRefine((value, ctx) => {
    const fix = internalUrlIssue(value);
    if (fix) ctx.addIssue({ code: "custom", message: "eine Adresse innerhalb der Website, beginnend mit /, z. B. /kontakt/", params: { fix } });
  });

/**
 * The mark of sample content (`sample: true` in front matter): a text written for this site
 * as an example, not taken from the foundation. Visitors see a note, and a build with
 * `SEZ_PLACEHOLDERS=refuse` stops until the text is replaced and the mark removed. `false`
 * is allowed, so the editing UI can show the mark as a checkbox that editors clear.
 *
 * @example
 * SampleMark.parse(true) // => true
 */
export const SampleMark = z.boolean().optional().describe("true für einen Beispieltext, der noch durch einen echten Text ersetzt werden muss (sonst false oder das Feld weglassen)");
