/** `/termine/archiv/`: the events that are over, the latest first. */
import { EventList, type ListItem } from "../../_includes/components/dated-list.tsx";
import { Base } from "../../_includes/layouts/base.tsx";
import { itemsOf } from "../../lib/content/collections.ts";
import { past } from "../../lib/content/event.ts";
import type { EleventyPage, SiteCascade } from "../../lib/render/page-data.ts";
import type { EventFrontMatter } from "../../lib/schemas/event.ts";

export const data = { layout: false, permalink: "/termine/archiv/", eleventyImport: { collections: ["event"] }, eleventyExcludeFromCollections: true };

export default function EventArchive(data: SiteCascade & { page: EleventyPage; today: string; collections: { event?: ListItem<EventFrontMatter>[] } }) {
  const events = past(itemsOf<EventFrontMatter>(data.collections, "event"), data.today);
  return (
    <Base
      site={data.site}
      shareImage={data.photos[data.site.ogImage]!}
      title="Vergangene Termine"
      description="Archiv der Veranstaltungen der SEZ und ihrer Partner, die zuletzt vergangenen zuerst."
      url={data.page.url}
      trail={[
        { title: "Startseite", url: "/" },
        { title: "Termine", url: "/termine/" },
        { title: "Archiv", url: "/termine/archiv/" },
      ]}
    >
      <div class="article list-page">
        <h1>Vergangene Termine</h1>
        <p>
          Veranstaltungen, die bereits stattgefunden haben, die zuletzt vergangenen zuerst. Die kommenden finden Sie unter <a href="/termine/">Termine</a>.
        </p>
        {events.length === 0 ? <p>Noch keine vergangenen Veranstaltungen.</p> : <EventList items={events} today={data.today} headingLevel={2} />}
      </div>
    </Base>
  );
}
