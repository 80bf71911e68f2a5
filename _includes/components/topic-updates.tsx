/** A topic's latest news and next events, below its text ("Aktuelles zum Thema", "Termine"). */
import { itemsOf } from "../../lib/content/collections.ts";
import { upcoming } from "../../lib/content/event.ts";
import { newestFirst } from "../../lib/content/news.ts";
import type { EventFrontMatter } from "../../lib/schemas/event.ts";
import type { NewsFrontMatter } from "../../lib/schemas/news.ts";
import { EventList, NewsList, type ListItem } from "./dated-list.tsx";

/** How many of each a topic page shows. */
export const TOPIC_UPDATES = 3;

/** What the block reads: the collections of news and events, and today. */
export interface TopicUpdatesData {
  collections: { news?: ListItem<NewsFrontMatter>[]; event?: ListItem<EventFrontMatter>[] };
  today: string;
}

/** Renders the two lists for a topic, each only if it has entries. */
export function TopicUpdates({ slug, title, data }: { slug: string; title: string; data: TopicUpdatesData }) {
  const ofTopic = <T extends { data: { topics?: string[] | undefined } }>(items: readonly T[] | undefined) => (items ?? []).filter((item) => item.data.topics?.includes(slug));
  const news = ofTopic(itemsOf<NewsFrontMatter>(data.collections, "news"))
    .sort((a, b) => newestFirst(a.data, b.data))
    .slice(0, TOPIC_UPDATES);
  const events = upcoming(ofTopic(itemsOf<EventFrontMatter>(data.collections, "event")), data.today).slice(0, TOPIC_UPDATES);
  if (news.length === 0 && events.length === 0) return null;
  return (
    <div class="topic-updates" data-pagefind-ignore="all">
      {news.length > 0 && (
        <section aria-labelledby="aktuelles-zum-thema">
          <h2 id="aktuelles-zum-thema">Aktuelles zum Thema</h2>
          <NewsList items={news} headingLevel={3} />
          <p>
            <a href={`/aktuelles/thema/${slug}/`}>Alle Meldungen zum Thema {title}</a>
          </p>
        </section>
      )}
      {events.length > 0 && (
        <section aria-labelledby="termine-zum-thema">
          <h2 id="termine-zum-thema">Termine</h2>
          <EventList items={events} today={data.today} />
          <p>
            <a href="/termine/">Alle Termine</a>
          </p>
        </section>
      )}
    </div>
  );
}
