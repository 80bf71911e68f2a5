/** `/aktuelles/<Jahr>/`: the news of one year, newest first. */
import { Base } from "../../_includes/layouts/base.tsx";
import { FEED_LINK } from "../../_includes/layouts/news.11ty.tsx";
import { NewsList, type ListItem } from "../../_includes/components/dated-list.tsx";
import { derived } from "../../lib/content/collections.ts";
import type { NewsGroup } from "../../lib/content/news.ts";
import type { EleventyPage, SiteCascade } from "../../lib/render/page-data.ts";
import type { NewsFrontMatter } from "../../lib/schemas/news.ts";

export const data = {
  layout: false,
  pagination: { data: "collections.news", before: (items: ListItem<NewsFrontMatter>[]) => derived("news", "newsYears", items), size: 1, alias: "group" },
  permalink: (data: { group: NewsGroup<unknown> }) => `/aktuelles/${data.group.key}/`,
  eleventyExcludeFromCollections: true,
};

export default function NewsYear(data: SiteCascade & { page: EleventyPage; group: NewsGroup<ListItem<NewsFrontMatter>> }) {
  const title = `Aktuelles aus dem Jahr ${data.group.key}`;
  return (
    <Base
      site={data.site}
      shareImage={data.photos[data.site.ogImage]!}
      title={title}
      description={`Alle Meldungen und Pressemitteilungen der SEZ aus dem Jahr ${data.group.key}, neueste zuerst.`}
      url={data.page.url}
      trail={[
        { title: "Startseite", url: "/" },
        { title: "Aktuelles", url: "/aktuelles/" },
        { title: data.group.key, url: data.page.url },
      ]}
      links={[FEED_LINK]}
    >
      <div class="article list-page">
        <h1>{title}</h1>
        <NewsList items={data.group.items} />
        <p>
          <a href="/aktuelles/">Alle Meldungen</a>
        </p>
      </div>
    </Base>
  );
}
