/**
 * Layout of the start page: who we are (a short lead with the hero), what is new (the three
 * newest news), what is next (the next three events), what is open (funding rounds with their
 * deadlines), the topics as a grid and how to help (the donation call). Each list has an empty
 * state; everything dated is judged by the cascade's `today`.
 */
import { itemsOf } from "../../lib/content/collections.ts";
import { statusText } from "../../lib/content/rounds.ts";
import { newestNews, nextEvents, withStatus, type Collections } from "../../lib/render/listings.ts";
import type { LayoutData } from "../../lib/render/page-data.ts";
import type { EventFrontMatter } from "../../lib/schemas/event.ts";
import type { NewsFrontMatter } from "../../lib/schemas/news.ts";
import type { ProgrammeFrontMatter } from "../../lib/schemas/programme.ts";
import { Article } from "../components/article.tsx";
import { EventList, NewsList } from "../components/dated-list.tsx";
import { DonationPitch } from "../components/donation-box.tsx";
import { TopicCards } from "../components/topic-cards.tsx";
import { Base, pageFrame } from "./base.tsx";

/** A section of the start page with its heading and a link to everything. */
function HomeSection({ id, title, more, children }: { id: string; title: string; more: { url: string; text: string }; children: preact.ComponentChildren }) {
  return (
    <section class="home-section" aria-labelledby={id} data-pagefind-ignore="all">
      <h2 id={id}>{title}</h2>
      {children}
      <p class="more">
        <a href={more.url}>{more.text}</a>
      </p>
    </section>
  );
}

/** The collections the front page lists (declared for Eleventy in `src/index.11tydata.ts`). */
export const HOME_COLLECTIONS = ["news", "event", "programme"];

export default function HomeLayout(data: LayoutData & { collections: Collections }) {
  const topics = data.topicTree;
  const { collections, today } = data;
  const news = newestNews(itemsOf<NewsFrontMatter>(collections, "news"));
  const events = nextEvents(itemsOf<EventFrontMatter>(collections, "event"), today);
  const open = withStatus(itemsOf<ProgrammeFrontMatter>(collections, "programme"), today).filter((p) => p.status.kind === "open");
  return (
    <Base {...pageFrame(data)} title={data.title} trail={[]}>
      <Article data={data}>
        <div class="home-grid">
          <HomeSection id="aktuelles-titel" title="Aktuelles" more={{ url: "/aktuelles/", text: "Alle Meldungen" }}>
            {news.length === 0 ? <p>Derzeit gibt es keine Meldungen.</p> : <NewsList items={news} headingLevel={3} />}
          </HomeSection>
          <HomeSection id="termine-titel" title="Termine" more={{ url: "/termine/", text: "Alle Termine" }}>
            {events.length === 0 ? <p>Derzeit sind keine Termine angekündigt.</p> : <EventList items={events} today={today} />}
          </HomeSection>
          <HomeSection id="foerderung-titel" title="Jetzt bewerben" more={{ url: "/foerderung/", text: "Alle Förderprogramme" }}>
            {open.length === 0 ? (
              <p>Derzeit läuft keine Bewerbungsrunde.</p>
            ) : (
              <ul class="teasers">
                {open.map(({ item, status }) => (
                  <li class="teaser">
                    <p class="teaser-meta">{statusText(status)}</p>
                    <h3 class="teaser-title">
                      <a href={item.url}>{item.data.title}</a>
                    </h3>
                    <p>{item.data.teaser}</p>
                  </li>
                ))}
              </ul>
            )}
          </HomeSection>
        </div>
        <section aria-labelledby="themen-titel" class="home-topics" data-pagefind-ignore="all">
          <h2 id="themen-titel">Unsere Themen</h2>
          <TopicCards topics={topics.roots.map((slug) => topics.bySlug[slug]!)} photos={data.photos} />
        </section>
        <section class="box donation-call" aria-labelledby="spenden-aufruf" data-pagefind-ignore="all">
          <h2 id="spenden-aufruf">Helfen Sie mit</h2>
          <DonationPitch />
        </section>
      </Article>
    </Base>
  );
}
