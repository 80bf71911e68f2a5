/**
 * Times of events: written `JJJJ-MM-TT` (a whole day) or `JJJJ-MM-TTTHH:MM` (local time in
 * Europe/Berlin), read with luxon, which knows when clocks change. A time that does not exist
 * (02:30 on the last Sunday of March) or a value that is no time is refused, never shifted.
 */
import { DateTime } from "luxon";
import { TIME_ZONE } from "./date.ts";

/** A point or day in time as an editor wrote it, read. */
export type EventTime = { kind: "day"; date: string } | { kind: "time"; date: string; time: string; dateTime: DateTime };

/** Why a value is no event time. */
export type EventTimeError = { error: "format" } | { error: "nonexistent"; shifted: string } | { error: "calendar" };

/**
 * Reads an event time.
 *
 * @example
 * parseEventTime("2027-03-12")             // => { kind: "day", date: "2027-03-12" }
 * parseEventTime("2027-03-12T18:00").kind  // => "time"
 * parseEventTime("2027-03-28T02:30")       // => { error: "nonexistent", shifted: "03:30" } (clocks jump 02:00 → 03:00)
 * parseEventTime("12.3.2027")              // => { error: "format" }
 */
export function parseEventTime(value: string): EventTime | EventTimeError {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!match) return { error: "format" };
  const [, date, hour, minute] = match as unknown as [string, string, string | undefined, string | undefined];
  const day = DateTime.fromISO(date, { zone: TIME_ZONE });
  if (!day.isValid) return { error: "calendar" };
  if (hour === undefined || minute === undefined) return { kind: "day", date };
  if (Number(hour) > 23 || Number(minute) > 59) return { error: "format" };
  const dateTime = DateTime.fromISO(`${date}T${hour}:${minute}`, { zone: TIME_ZONE });
  if (!dateTime.isValid) return { error: "format" };
  const written = `${hour}:${minute}`;
  const read = dateTime.toFormat("HH:mm");
  if (read !== written || dateTime.toISODate() !== date) return { error: "nonexistent", shifted: read };
  return { kind: "time", date, time: written, dateTime };
}

/**
 * Whether a value read by {@link parseEventTime} is a time (not an error).
 *
 * @example
 * isEventTime(parseEventTime("2027-03-12")) // => true
 */
export function isEventTime(value: EventTime | EventTimeError): value is EventTime {
  return !("error" in value);
}

/**
 * A comparable instant of an event time: the start of the day for whole days.
 *
 * @example
 * instantOf({ kind: "day", date: "2027-03-12" }) < instantOf(parseEventTime("2027-03-12T18:00") as EventTime) // => true
 */
export function instantOf(time: EventTime, end = false): number {
  if (time.kind === "time") return time.dateTime.toMillis();
  const day = DateTime.fromISO(time.date, { zone: TIME_ZONE });
  return (end ? day.endOf("day") : day.startOf("day")).toMillis();
}

/**
 * German wording of an event's date and time, as the lists and the event page show it.
 *
 * @example
 * eventWhen(parseEventTime("2027-03-12T18:00") as EventTime, parseEventTime("2027-03-12T20:30") as EventTime)
 * // => "Freitag, 12. März 2027, 18:00 bis 20:30 Uhr"
 * eventWhen({ kind: "day", date: "2027-05-21" }, { kind: "day", date: "2027-05-23" })
 * // => "21. bis 23. Mai 2027"
 */
export function eventWhen(start: EventTime, end: EventTime): string {
  const d = (t: EventTime) => DateTime.fromISO(t.date, { zone: TIME_ZONE }).setLocale("de");
  const sameDay = start.date === end.date;
  if (start.kind === "day" && end.kind === "day") {
    if (sameDay) return d(start).toFormat("cccc, d. LLLL yyyy");
    const s = d(start);
    const e = d(end);
    if (s.year === e.year && s.month === e.month) return `${s.toFormat("d.")} bis ${e.toFormat("d. LLLL yyyy")}`;
    if (s.year === e.year) return `${s.toFormat("d. LLLL")} bis ${e.toFormat("d. LLLL yyyy")}`;
    return `${s.toFormat("d. LLLL yyyy")} bis ${e.toFormat("d. LLLL yyyy")}`;
  }
  const time = (t: EventTime) => (t.kind === "time" ? t.time : undefined);
  if (sameDay) {
    const from = time(start);
    const to = time(end);
    return `${d(start).toFormat("cccc, d. LLLL yyyy")}${from ? `, ${from}` : ""}${to ? ` bis ${to}` : ""} Uhr`;
  }
  const part = (t: EventTime) => `${d(t).toFormat("d. LLLL yyyy")}${t.kind === "time" ? `, ${t.time} Uhr` : ""}`;
  return `${part(start)} bis ${part(end)}`;
}
