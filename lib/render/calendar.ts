/**
 * Calendar files (RFC 5545) with ical-generator: one per event ("In den Kalender") and one of
 * every upcoming event to subscribe to (`/termine/termine.ics`). Times are written in UTC,
 * converted by luxon from Europe/Berlin with the offset of their own day, so they are right on
 * both sides of a daylight-saving change; whole days are dates. UIDs come from the event's
 * address and stay the same across builds; DTSTAMP is the event's last editorial change, so two
 * builds of one commit write the same bytes.
 */
import ical, { ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { eventTimes } from "../content/event.ts";
import type { EventFrontMatter } from "../schemas/event.ts";
import { TIME_ZONE } from "../shared/format/date.ts";
import type { EventTime } from "../shared/format/event-time.ts";

/** An event as the calendar reads it. */
export interface CalendarEvent {
  /** The event page's address, e.g. `/termine/2027/netzwerktreffen/`. */
  url: string;
  data: EventFrontMatter & { lastUpdated?: string | undefined };
}

/** What the calendar says about its publisher. */
export interface CalendarSite {
  /** `https://www.sez.de` */
  url: string;
  name: string;
}

/**
 * The stable UID of an event: its address below the site's host.
 *
 * @example
 * eventUid("/termine/2027/netzwerktreffen/", "https://www.sez.de") // => "termine-2027-netzwerktreffen@www.sez.de"
 */
export function eventUid(url: string, origin: string): string {
  return `${url.replace(/^\/|\/$/g, "").replace(/\//g, "-")}@${new URL(origin).host}`;
}

/** The JS Date of an event time: a UTC instant, or (whole days) midnight UTC of that date. */
function instant(time: EventTime, dayAfter = false): Date {
  if (time.kind === "time") return time.dateTime.toJSDate();
  const day = DateTime.fromISO(time.date, { zone: "utc" });
  return (dayAfter ? day.plus({ days: 1 }) : day).toJSDate();
}

/**
 * A calendar of the given events, as the text of an `.ics` file.
 *
 * @example
 * calendarText([event], site, { name: "Termine der SEZ" }) // => "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n..."
 */
export function calendarText(events: readonly CalendarEvent[], site: CalendarSite, options: { name: string; description?: string }): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: site.name, product: "Website", language: "DE" },
    url: `${site.url}/termine/`,
    timezone: null,
    ttl: 60 * 60 * 24,
  });
  for (const event of events) {
    const { start, end } = eventTimes(event.data);
    const allDay = start.kind === "day";
    const stamp = DateTime.fromISO(event.data.updated ?? event.data.lastUpdated ?? start.date, { zone: TIME_ZONE });
    const description = [event.data.teaser, event.data.online ? `Online: ${event.data.online}` : "", `${site.url}${event.url}`].filter(Boolean).join("\n\n");
    calendar.createEvent({
      id: eventUid(event.url, site.url),
      start: instant(start),
      // An all-day event's end is the day after its last day (RFC 5545, DTEND is exclusive).
      end: instant(end, allDay),
      allDay,
      stamp: stamp.isValid ? stamp.toJSDate() : instant(start),
      summary: event.data.status === "verschoben" ? `Verschoben: ${event.data.title}` : event.data.title,
      description,
      location: event.data.place ? [event.data.place.name, event.data.place.address].filter(Boolean).join(", ") : event.data.online,
      url: `${site.url}${event.url}`,
      status: event.data.status === "abgesagt" ? ICalEventStatus.CANCELLED : event.data.status === "verschoben" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
