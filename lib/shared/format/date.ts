/** Dates as German readers expect them, always in the foundation's time zone. */
import { DateTime } from "luxon";

/** The time zone of every date the site shows. */
export const TIME_ZONE = "Europe/Berlin";

/**
 * A plain calendar date `JJJJ-MM-TT` that exists, as its parts; undefined for anything else.
 * Such a date is the same day in every time zone, so it needs no time zone arithmetic: the
 * footer of every page shows one, and luxon's zone handling was a visible share of a build.
 *
 * @example
 * plainDate("2013-02-11") // => { year: "2013", month: "02", day: "11" }
 * plainDate("2013-02-31") // => undefined
 */
export function plainDate(value: string): { year: string; month: string; day: string } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const exists = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return exists ? { year, month, day } : undefined;
}

function toDateTime(value: string | Date): DateTime {
  const dt = typeof value === "string" ? DateTime.fromISO(value, { zone: TIME_ZONE }) : DateTime.fromJSDate(value, { zone: TIME_ZONE });
  if (!dt.isValid) throw new RangeError(`Ungültiges Datum: ${String(value)}`);
  return dt.setZone(TIME_ZONE);
}

/**
 * Formats a date as `TT.MM.JJJJ` in Europe/Berlin.
 *
 * @example
 * formatDateDe("2013-02-11")               // => "11.02.2013"
 * formatDateDe("2013-02-10T23:30:00Z")     // => "11.02.2013" (already the 11th in Berlin)
 */
export function formatDateDe(value: string | Date): string {
  const plain = typeof value === "string" ? plainDate(value) : undefined;
  if (plain) return `${plain.day}.${plain.month}.${plain.year}`;
  return toDateTime(value).toFormat("dd.LL.yyyy");
}

/**
 * Formats a date as a long German date for screen readers and prose.
 *
 * @example
 * formatDateLongDe("2013-02-11") // => "11. Februar 2013"
 */
export function formatDateLongDe(value: string | Date): string {
  return toDateTime(value).setLocale("de").toFormat("d. LLLL yyyy");
}

/**
 * The calendar date (`JJJJ-MM-TT`) in Europe/Berlin, for `datetime` attributes and sitemaps.
 *
 * @example
 * isoDateBerlin("2013-02-10T23:30:00Z") // => "2013-02-11"
 */
export function isoDateBerlin(value: string | Date): string {
  if (typeof value === "string" && plainDate(value)) return value;
  return toDateTime(value).toISODate()!;
}
