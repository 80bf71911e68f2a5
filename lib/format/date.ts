/** Dates as German readers expect them, always in the foundation's time zone. */
import { DateTime } from "luxon";

/** The time zone of every date the site shows. */
export const TIME_ZONE = "Europe/Berlin";

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
  return toDateTime(value).toISODate()!;
}
