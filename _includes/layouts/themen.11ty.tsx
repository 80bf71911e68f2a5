/** Layout of the topic overview `/themen/`: intro, then every top-level topic as a card. */
import { breadcrumbTrail } from "../../lib/render/breadcrumb.ts";
import type { LayoutData } from "../../lib/render/page-data.ts";
import { Article } from "../components/article.tsx";
import { TopicCards } from "../components/topic-cards.tsx";
import { Base, pageFrame } from "./base.tsx";

export default function ThemenLayout(data: LayoutData) {
  const topics = data.topicTree;
  const trail = breadcrumbTrail(data.page.url, data.shortTitle ?? data.title, undefined, topics);
  return (
    <Base {...pageFrame(data)} title={data.title} trail={trail}>
      <Article data={data}>
        <TopicCards topics={topics.roots.map((slug) => topics.bySlug[slug]!)} photos={data.photos} headingLevel={2} />
      </Article>
    </Base>
  );
}
