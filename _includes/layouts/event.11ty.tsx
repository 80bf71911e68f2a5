/** Layout of an event: status, the facts block with registration and calendar file, text, topics, contact. */
import { eventJsonLd } from "../../lib/content/event.ts";
import type { Crumb } from "../../lib/render/breadcrumb.ts";
import { shareImage, type LayoutData } from "../../lib/render/page-data.ts";
import { JsonLd } from "../../lib/render/raw.tsx";
import type { EventFrontMatter } from "../../lib/schemas/event.ts";
import { Article } from "../components/article.tsx";
import { EventFacts } from "../components/event-facts.tsx";
import { sidebarFor } from "../components/sidebar.tsx";
import { TopicLinks } from "../components/topic-links.tsx";
import { Base } from "./base.tsx";

/** What the event layout reads beyond every layout's data. */
export type EventData = LayoutData & EventFrontMatter & { today: string; calendarUrl: string };

export default function EventLayout(data: EventData) {
  const url = data.page.url;
  const trail: Crumb[] = [
    { title: "Startseite", url: "/" },
    { title: "Termine", url: "/termine/" },
    { title: data.title, url },
  ];
  const hero = data.hero ? data.photos[data.hero] : undefined;
  const jsonLd = eventJsonLd(data, {
    url: `${data.site.url}${url}`,
    organizer: data.site.name,
    organizerUrl: `${data.site.url}/`,
    image: hero ? `${data.site.url}${hero.jpeg.at(-1)!.url}` : undefined,
  });
  return (
    <Base site={data.site} shareImage={shareImage(data)} title={data.title} description={data.teaser} url={url} trail={trail} aside={sidebarFor(data.contact ? [data.contact] : [], true, data)}>
      <Article
        data={{ ...data, description: data.teaser }}
        sample={{ what: "Diese Veranstaltung", claim: "beschreibt kein tatsächliches Ereignis" }}
        lead={
          <>
            <EventFacts event={data} today={data.today} calendarUrl={data.calendarUrl} />
          </>
        }
      >
        <TopicLinks slugs={data.topics} tree={data.topicTree} />
        <JsonLd data={jsonLd} />
      </Article>
    </Base>
  );
}
