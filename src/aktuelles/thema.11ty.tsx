/** `/aktuelles/thema/<slug>/`: the news of one topic, newest first. */
import { Base } from "../../_includes/layouts/base.tsx";
import { FEED_LINK } from "../../_includes/layouts/news.11ty.tsx";
import { NewsList, type ListItem } from "../../_includes/components/dated-list.tsx";
import { derived } from "../../lib/content/collections.ts";
import type { NewsGroup } from "../../lib/content/news.ts";
import type { EleventyPage, SiteCascade } from "../../lib/render/page-data.ts";
import type { NewsFrontMatter } from "../../lib/schemas/news.ts";

export const data = {
  layout: false,
  pagination: { data: "collections.news", before: (items: ListItem<NewsFrontMatter>[]) => derived("news", "newsTopics", items), size: 1, alias: "group" },
  permalink: (data: { group: NewsGroup<unknown> }) => `/aktuelles/thema/${data.group.key}/`,
  eleventyExcludeFromCollections: true,
};

export default function NewsTopic(data: SiteCascade & { page: EleventyPage; group: NewsGroup<ListItem<NewsFrontMatter>> }) {
  const topic = data.topicTree.bySlug[data.group.key];
  const name = topic?.title ?? data.group.key;
  const title = `Aktuelles zum Thema ${name}`;
  return (
    <Base
      site={data.site}
      shareImage={data.photos[data.site.ogImage]!}
      title={title}
      description={`Meldungen und Pressemitteilungen der SEZ zum Thema ${name}, neueste zuerst.`}
      url={data.page.url}
      trail={[
        { title: "Startseite", url: "/" },
        { title: "Aktuelles", url: "/aktuelles/" },
        { title: topic?.shortTitle ?? name, url: data.page.url },
      ]}
      links={[FEED_LINK]}
    >
      <div class="article list-page">
        <h1>{title}</h1>
        <NewsList items={data.group.items} />
        <p>
          {topic && (
            <>
              <a href={topic.url}>Zum Thema {name}</a> ·{" "}
            </>
          )}
          <a href="/aktuelles/">Alle Meldungen</a>
        </p>
      </div>
    </Base>
  );
}
