/** Layout of the topic overview `/themen/`: intro, then every top-level topic as a card. */
import { breadcrumbTrail } from "../../lib/render/breadcrumb.ts";
import { siteData } from "../../lib/load/data.ts";
import { contactIds, type LayoutData } from "../../lib/render/page-data.ts";
import { Article } from "../components/article.tsx";
import { sidebarFor } from "../components/sidebar.tsx";
import { TopicCards } from "../components/topic-cards.tsx";
import { Base } from "./base.tsx";

export default function ThemenLayout(data: LayoutData) {
  const { topics } = siteData();
  const trail = breadcrumbTrail(data.page.url, data.shortTitle ?? data.title, undefined, topics);
  return (
    <Base hero={data.hero} title={data.title} description={data.description} url={data.page.url} trail={trail} aside={sidebarFor(contactIds(data), data.donationBox ?? true)}>
      <Article data={data}>
        <TopicCards topics={topics.roots.map((slug) => topics.bySlug[slug]!)} headingLevel={2} />
      </Article>
    </Base>
  );
}
