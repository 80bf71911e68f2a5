/**
 * Building blocks shared by the data schemas. Each carries a German description, which the
 * error formatter shows as "erwartet: ..." when an editor's value does not fit.
 */
import { z } from "zod";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { plainDate } from "../shared/format/date.ts";

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

/** A non-empty single line of text. */
export const Line = z.string().trim().min(1).describe("ein kurzer Text in einer Zeile");

/** A site-internal path starting and ending with a slash, or a file path starting with a slash. */
export const InternalUrl = z
  .string()
  .regex(/^\/[^\s]*$/)
  .describe("eine Adresse innerhalb der Website, beginnend mit /, z. B. /kontakt/");
