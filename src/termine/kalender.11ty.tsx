/** `/termine/termine.ics`: every upcoming event as a calendar to subscribe to. */
import { itemsOf } from "../../lib/content/collections.ts";
import { upcoming } from "../../lib/content/event.ts";
import { calendarText, type CalendarEvent } from "../../lib/render/calendar.ts";
import type { SiteCascade } from "../../lib/render/page-data.ts";
import { CALENDAR_URL } from "../../lib/content/event.ts";

export const data = { layout: false, permalink: CALENDAR_URL, eleventyImport: { collections: ["event"] }, eleventyExcludeFromCollections: true };

export default function Calendar(data: SiteCascade & { today: string; collections: { event?: CalendarEvent[] } }): string {
  return calendarText(upcoming(itemsOf<CalendarEvent["data"]>(data.collections, "event") as readonly CalendarEvent[], data.today), data.site, {
    name: `Termine der ${data.site.shortName}`,
    description: `Veranstaltungen der ${data.site.name}`,
  });
}
