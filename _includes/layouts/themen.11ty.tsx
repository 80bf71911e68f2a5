/** Layout of the topic overview `/themen/`: intro, then every top-level topic as a card. */
import { breadcrumbTrail } from "../../lib/render/breadcrumb.ts";
import { contactIds, shareImage, type LayoutData } from "../../lib/render/page-data.ts";
import { Article } from "../components/article.tsx";
import { sidebarFor } from "../components/sidebar.tsx";
import { TopicCards } from "../components/topic-cards.tsx";
import { Base } from "./base.tsx";

export default function ThemenLayout(data: LayoutData) {
  const topics = data.topicTree;
  const trail = breadcrumbTrail(data.page.url, data.shortTitle ?? data.title, undefined, topics);
  return (
    <Base
      site={data.site}
      shareImage={shareImage(data)}
      title={data.title}
      description={data.description}
      url={data.page.url}
      trail={trail}
      aside={sidebarFor(contactIds(data), data.donationBox ?? true, data)}
    >
      <Article data={data}>
        <TopicCards topics={topics.roots.map((slug) => topics.bySlug[slug]!)} photos={data.photos} headingLevel={2} />
      </Article>
    </Base>
  );
}
