/** Lists of news and events: date (and place) above a linked title and the teaser. */
import { hasEnded, registrationOn } from "../../lib/content/event.ts";
import { eventWhen } from "../../lib/shared/format/event-time.ts";
import { formatDateLongDe } from "../../lib/shared/format/date.ts";
import { eventTimes } from "../../lib/content/event.ts";
import type { EventFrontMatter } from "../../lib/schemas/event.ts";
import type { NewsFrontMatter } from "../../lib/schemas/news.ts";

/** An item of a collection as the lists read it. */
export interface ListItem<FM> {
  url: string;
  data: FM;
}

/** The German word for an event's status, for lists and the event page. */
export const STATUS_LABEL = { abgesagt: "Abgesagt", verschoben: "Verschoben" } as const;

/** News articles, newest first as given. */
export function NewsList({ items, headingLevel = 2 }: { items: readonly ListItem<NewsFrontMatter>[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="teasers">
      {items.map((item) => (
        <li class="teaser">
          <p class="teaser-meta">
            <time datetime={item.data.date}>{formatDateLongDe(item.data.date)}</time>
            {item.data.category === "Pressemitteilung" && <> · Pressemitteilung</>}
          </p>
          <Heading class="teaser-title">
            <a href={item.url}>{item.data.title}</a>
          </Heading>
          <p>{item.data.teaser}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where an event takes place, in a few words.
 *
 * @example
 * eventWhere({ place: { name: "Haus der Wirtschaft" } }) // => "Haus der Wirtschaft"
 * eventWhere({ online: "https://x.de" })                // => "online"
 */
export function eventWhere(fm: Pick<EventFrontMatter, "place" | "online">): string {
  if (fm.place && fm.online) return `${fm.place.name} und online`;
  return fm.place?.name ?? "online";
}

/** Events in the order given; `today` decides what the registration line says. */
export function EventList({ items, today, headingLevel = 3 }: { items: readonly ListItem<EventFrontMatter>[]; today: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="teasers">
      {items.map((item) => {
        const { start, end } = eventTimes(item.data);
        const registration = registrationOn(item.data, today);
        return (
          <li class="teaser">
            <p class="teaser-meta">
              <time datetime={item.data.start}>{eventWhen(start, end)}</time> · {eventWhere(item.data)}
            </p>
            <Heading class="teaser-title">
              <a href={item.url}>{item.data.title}</a>
              {item.data.status && <span class="status"> ({STATUS_LABEL[item.data.status]})</span>}
            </Heading>
            <p>{item.data.teaser}</p>
            {registration.state === "open" && registration.until && !hasEnded(item.data, today) && <p class="teaser-note">Anmeldung bis {formatDateLongDe(registration.until)}</p>}
          </li>
        );
      })}
    </ul>
  );
}
