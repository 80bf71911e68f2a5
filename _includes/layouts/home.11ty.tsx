/** Layout of the start page: hero, welcome text, topics as cards. */
import type { LayoutData } from "../../lib/render/page-data.ts";
import { Article } from "../components/article.tsx";
import { TopicCards } from "../components/topic-cards.tsx";
import { Base, pageFrame } from "./base.tsx";

export default function HomeLayout(data: LayoutData) {
  const topics = data.topicTree;
  return (
    <Base {...pageFrame(data)} title={data.title} trail={[]}>
      <Article data={data}>
        <section aria-labelledby="themen-titel" class="home-topics">
          <h2 id="themen-titel">Alle Themen im Überblick</h2>
          <TopicCards topics={topics.roots.map((slug) => topics.bySlug[slug]!)} photos={data.photos} />
        </section>
      </Article>
    </Base>
  );
}
