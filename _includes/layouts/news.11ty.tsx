/** Layout of a news article: date and kind, hero, text, topics, contact, previous and next article. */
import { itemsOf } from "../../lib/content/collections.ts";
import { NEWS_FEED_URL } from "../../lib/content/news.ts";
import { formatDateLongDe } from "../../lib/shared/format/date.ts";
import type { Crumb } from "../../lib/render/breadcrumb.ts";
import type { LayoutData } from "../../lib/render/page-data.ts";
import { shareImage } from "../../lib/render/page-data.ts";
import { JsonLd } from "../../lib/render/raw.tsx";
import type { NewsFrontMatter } from "../../lib/schemas/news.ts";
import { DATE_FIELD } from "../../lib/shared/search-fields.ts";
import { newsJsonLd } from "../../lib/content/news.ts";
import { Article } from "../components/article.tsx";
import { sidebarFor } from "../components/sidebar.tsx";
import { TopicLinks } from "../components/topic-links.tsx";
import { Base } from "./base.tsx";

/** What the news layout reads beyond every layout's data. */
export type NewsData = LayoutData & NewsFrontMatter & { collections: { news: { url: string; data: NewsFrontMatter }[] } };

/** The feed link every news page carries in its head. */
export const FEED_LINK = { rel: "alternate", type: "application/atom+xml", href: NEWS_FEED_URL, title: "Aktuelles der SEZ (Atom-Feed)" } as const;

export default function NewsLayout(data: NewsData) {
  const url = data.page.url;
  const trail: Crumb[] = [
    { title: "Startseite", url: "/" },
    { title: "Aktuelles", url: "/aktuelles/" },
    { title: data.title, url },
  ];
  const all = itemsOf<NewsFrontMatter>(data.collections, "news");
  const index = all.findIndex((item) => item.url === url);
  const older = index > 0 ? all[index - 1] : undefined;
  const newer = index >= 0 ? all[index + 1] : undefined;
  const hero = data.hero ? data.photos[data.hero] : undefined;
  const jsonLd = newsJsonLd(data, {
    url: `${data.site.url}${url}`,
    publisher: data.site.name,
    logo: `${data.site.url}/icon-512.png`,
    image: hero ? `${data.site.url}${hero.jpeg.at(-1)!.url}` : undefined,
  });
  return (
    <Base
      site={data.site}
      shareImage={shareImage(data)}
      title={data.title}
      description={data.teaser}
      url={url}
      trail={trail}
      links={[FEED_LINK]}
      article={{ published: data.date, modified: data.updated }}
      aside={sidebarFor(data.contact ? [data.contact] : [], true, data)}
    >
      <Article
        data={{ ...data, description: data.teaser }}
        sample={{ what: "Diese Meldung", claim: "beschreibt kein tatsächliches Ereignis" }}
        lead={
          <>
            <p class="article-meta">
              {data.category === "Pressemitteilung" ? "Pressemitteilung vom " : ""}
              <time datetime={data.date} data-pagefind-meta={DATE_FIELD} data-pagefind-sort={`${DATE_FIELD}[datetime]`}>
                {formatDateLongDe(data.date)}
              </time>
            </p>
          </>
        }
      >
        <TopicLinks slugs={data.topics} tree={data.topicTree} />
        {(older || newer) && (
          <nav class="pager" aria-label="Weitere Meldungen" data-pagefind-ignore="all">
            <ul>
              {newer && (
                <li>
                  Neuere Meldung: <a href={newer.url}>{newer.data.title}</a>
                </li>
              )}
              {older && (
                <li>
                  Ältere Meldung: <a href={older.url}>{older.data.title}</a>
                </li>
              )}
            </ul>
          </nav>
        )}
        <JsonLd data={jsonLd} />
      </Article>
    </Base>
  );
}
