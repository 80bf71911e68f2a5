/** Layout of topic pages: the KEZ page and every other topic, with its fields of action as cards. */
import { breadcrumbTrail } from "../../lib/render/breadcrumb.ts";
import type { LayoutData } from "../../lib/render/page-data.ts";
import { Article } from "../components/article.tsx";
import { TopicCards } from "../components/topic-cards.tsx";
import { TopicUpdates, type TopicUpdatesData } from "../components/topic-updates.tsx";
import { Base, pageFrame } from "./base.tsx";

export default function TopicLayout(data: LayoutData & TopicUpdatesData) {
  const topics = data.topicTree;
  const topic = topics.bySlug[data.topicSlug ?? ""];
  if (!topic) throw new Error(`Themenseite ${data.page.inputPath} ohne Thema in _data/topics.yaml`);
  const children = topic.children.map((slug) => topics.bySlug[slug]!);
  const trail = breadcrumbTrail(data.page.url, topic.title, topic.slug, topics);
  return (
    <Base {...pageFrame(data)} title={topic.title} trail={trail}>
      <Article data={{ ...data, title: topic.title }}>
        {children.length > 0 && <TopicCards topics={children} photos={data.photos} />}
        <TopicUpdates slug={topic.slug} title={topic.title} data={data} />
      </Article>
    </Base>
  );
}
