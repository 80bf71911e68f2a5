/**
 * `/aktuelles/`: every published news article, newest first, ten per page
 * (`/aktuelles/seite/2/`, ...), with the feed, the yearly archives and the topics.
 */
import { Base } from "../../_includes/layouts/base.tsx";
import { FEED_LINK } from "../../_includes/layouts/news.11ty.tsx";
import { NewsList, type ListItem } from "../../_includes/components/dated-list.tsx";
import { Pagination } from "../../_includes/components/pagination.tsx";
import { derived, ordered } from "../../lib/content/collections.ts";
import { NEWS_FEED_URL, NEWS_PER_PAGE, newsListUrl, type NewsGroup } from "../../lib/content/news.ts";
import type { Crumb } from "../../lib/render/breadcrumb.ts";
import type { EleventyPage, SiteCascade } from "../../lib/render/page-data.ts";
import type { NewsFrontMatter } from "../../lib/schemas/news.ts";

export const data = {
  layout: false,
  pagination: {
    data: "collections.news",
    before: (items: ListItem<NewsFrontMatter>[]) => ordered("news", items),
    size: NEWS_PER_PAGE,
    reverse: true,
    alias: "articles",
    generatePageOnEmptyData: true,
  },
  permalink: (data: { pagination: { pageNumber: number } }) => newsListUrl(data.pagination.pageNumber + 1),
  eleventyExcludeFromCollections: true,
};

/** What the list page reads. */
type NewsListData = SiteCascade & {
  page: EleventyPage;
  articles: ListItem<NewsFrontMatter>[];
  pagination: { pageNumber: number; pages: unknown[] };
  collections: { news?: ListItem<NewsFrontMatter>[] };
};

export default function NewsIndex(data: NewsListData) {
  const years = derived("news", "newsYears", data.collections.news) as NewsGroup<unknown>[];
  const topics = derived("news", "newsTopics", data.collections.news) as NewsGroup<unknown>[];
  const current = data.pagination.pageNumber;
  const urls = data.pagination.pages.map((_, index) => newsListUrl(index + 1));
  const title = current === 0 ? "Aktuelles" : `Aktuelles, Seite ${current + 1}`;
  const trail: Crumb[] = [{ title: "Startseite", url: "/" }, { title: "Aktuelles", url: "/aktuelles/" }, ...(current === 0 ? [] : [{ title: `Seite ${current + 1}`, url: data.page.url }])];
  const links = [FEED_LINK, ...(urls[current - 1] ? [{ rel: "prev", href: urls[current - 1]! }] : []), ...(urls[current + 1] ? [{ rel: "next", href: urls[current + 1]! }] : [])];
  return (
    <Base
      site={data.site}
      shareImage={data.photos[data.site.ogImage]!}
      title={title}
      description="Neuigkeiten der SEZ: Meldungen und Pressemitteilungen zur Entwicklungszusammenarbeit in Baden-Württemberg, neueste zuerst."
      url={data.page.url}
      trail={trail}
      links={links}
    >
      <div class="article list-page">
        <h1>{title}</h1>
        <p>
          Meldungen und Pressemitteilungen der SEZ, die neuesten zuerst. Sie können sie auch im <a href={NEWS_FEED_URL}>Atom-Feed</a> mit einem Feedreader abonnieren.
        </p>
        {data.articles.length === 0 ? <p>Zurzeit gibt es keine Meldungen.</p> : <NewsList items={data.articles} />}
        <Pagination label="Seiten der Meldungen" current={current} urls={urls} />
        <nav class="archive-links" aria-labelledby="archiv-titel">
          <h2 id="archiv-titel">Archiv</h2>
          <p>
            Nach Jahr:{" "}
            {years.map((group, index) => (
              <>
                {index > 0 && ", "}
                <a href={`/aktuelles/${group.key}/`}>{group.key}</a>
              </>
            ))}
          </p>
          <p>
            Nach Thema:{" "}
            {topics.map((group, index) => {
              const topic = data.topicTree.bySlug[group.key];
              return (
                <>
                  {index > 0 && ", "}
                  <a href={`/aktuelles/thema/${group.key}/`}>{topic?.shortTitle ?? topic?.title ?? group.key}</a>
                </>
              );
            })}
          </p>
        </nav>
      </div>
    </Base>
  );
}
