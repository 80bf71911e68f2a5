/** `/termine/<Jahr>/<slug>.ics`: one event as a calendar file ("In den Kalender" on its page). */
import { ordered } from "../../lib/content/collections.ts";
import { calendarText, type CalendarEvent } from "../../lib/render/calendar.ts";
import type { SiteCascade } from "../../lib/render/page-data.ts";

export const data = {
  layout: false,
  pagination: { data: "collections.event", before: (items: CalendarEvent[]) => ordered("event", items), size: 1, alias: "event" },
  permalink: (data: { event: CalendarEvent & { data: { calendarUrl: string } } }) => data.event.data.calendarUrl,
  eleventyExcludeFromCollections: true,
};

export default function EventCalendar(data: SiteCascade & { event: CalendarEvent }): string {
  return calendarText([data.event], data.site, { name: data.event.data.title });
}
