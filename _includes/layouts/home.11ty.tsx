/** Layout of the start page: hero, welcome text, topics as cards. */
import { siteData } from "../../lib/load/data.ts";
import { contactIds, type LayoutData } from "../../lib/render/page-data.ts";
import { Article } from "../components/article.tsx";
import { sidebarFor } from "../components/sidebar.tsx";
import { TopicCards } from "../components/topic-cards.tsx";
import { Base } from "./base.tsx";

export default function HomeLayout(data: LayoutData) {
  const { topics } = siteData();
  return (
    <Base hero={data.hero} title={data.title} description={data.description} url={data.page.url} trail={[]} aside={sidebarFor(contactIds(data), data.donationBox ?? true)}>
      <Article data={data}>
        <section aria-labelledby="themen-titel" class="home-topics">
          <h2 id="themen-titel">Alle Themen im Überblick</h2>
          <TopicCards topics={topics.roots.map((slug) => topics.bySlug[slug]!)} />
        </section>
      </Article>
    </Base>
  );
}
