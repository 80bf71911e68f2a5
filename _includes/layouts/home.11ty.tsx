/** Layout of the start page: hero, welcome text, topics as cards. */
import { contactIds, shareImage, type LayoutData } from "../../lib/render/page-data.ts";
import { Article } from "../components/article.tsx";
import { sidebarFor } from "../components/sidebar.tsx";
import { TopicCards } from "../components/topic-cards.tsx";
import { Base } from "./base.tsx";

export default function HomeLayout(data: LayoutData) {
  const topics = data.topicTree;
  return (
    <Base
      site={data.site}
      shareImage={shareImage(data)}
      title={data.title}
      description={data.description}
      url={data.page.url}
      trail={[]}
      aside={sidebarFor(contactIds(data), data.donationBox ?? true, data)}
    >
      <Article data={data}>
        <section aria-labelledby="themen-titel" class="home-topics">
          <h2 id="themen-titel">Alle Themen im Überblick</h2>
          <TopicCards topics={topics.roots.map((slug) => topics.bySlug[slug]!)} photos={data.photos} />
        </section>
      </Article>
    </Base>
  );
}
