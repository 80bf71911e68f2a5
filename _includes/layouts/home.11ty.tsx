/**
 * Layout of the start page: who we are (a short lead with the hero), what is new (the three
 * newest news), what is next (the next three events), what is open (funding rounds with their
 * deadlines), the topics as a grid and how to help (the donation call). News and events come
 * from their collections when those content types exist; each list has an empty state.
 */
import { statusText } from "../../lib/content/rounds.ts";
import { newestNews, nextEvents, withStatus, type Collections } from "../../lib/render/listings.ts";
import { shareImage, type LayoutData } from "../../lib/render/page-data.ts";
import type { ProgrammeFrontMatter } from "../../lib/schemas/programme.ts";
import { formatDateLongDe } from "../../lib/shared/format/date.ts";
import { Article } from "../components/article.tsx";
import { TopicCards } from "../components/topic-cards.tsx";
import { Base } from "./base.tsx";

/** What the start page reads of a news item and an event. */
interface NewsData {
  title: string;
  date: string;
  teaser?: string;
}
interface EventData {
  title: string;
  start: string;
  end?: string;
  place?: string;
  online?: boolean;
}

/**
 * When an event takes place, in words: "12. März 2027, 18:00 Uhr" or "12. März 2027".
 *
 * @example
 * eventWhen("2027-03-12T18:00") // => "12. März 2027, 18:00 Uhr"
 * eventWhen("2027-03-12")       // => "12. März 2027"
 */
export function eventWhen(start: string): string {
  const time = /T(\d{2}:\d{2})/.exec(start)?.[1];
  return `${formatDateLongDe(start.slice(0, 10))}${time ? `, ${time} Uhr` : ""}`;
}

/** A section of the start page with its heading and a link to everything. */
function HomeSection({ id, title, more, children }: { id: string; title: string; more?: { url: string; text: string } | undefined; children: preact.ComponentChildren }) {
  return (
    <section class="home-section" aria-labelledby={id} data-pagefind-ignore="all">
      <h2 id={id}>{title}</h2>
      {children}
      {more && (
        <p class="more">
          <a href={more.url}>{more.text}</a>
        </p>
      )}
    </section>
  );
}

export default function HomeLayout(data: LayoutData & { collections: Collections }) {
  const topics = data.topicTree;
  const { collections, today } = data;
  const news = newestNews<NewsData>(collections.news);
  const events = nextEvents<EventData>(collections.event, today);
  const open = withStatus<ProgrammeFrontMatter>(collections.programme, today).filter((p) => p.status.kind === "open");
  return (
    <Base site={data.site} shareImage={shareImage(data)} title={data.title} description={data.description} url={data.page.url} trail={[]}>
      <Article data={{ ...data, donationBox: false }}>
        <div class="home-grid">
          <HomeSection id="aktuelles-titel" title="Aktuelles" more={collections.news ? { url: "/aktuelles/", text: "Alle Meldungen" } : undefined}>
            {news.length === 0 ? (
              <p>Derzeit gibt es keine Meldungen.</p>
            ) : (
              <ul class="list">
                {news.map((item) => (
                  <li class="list-item">
                    <h3 class="list-title">
                      <a href={item.url}>{item.data.title}</a>
                    </h3>
                    <p class="list-meta">
                      <time datetime={item.data.date}>{formatDateLongDe(item.data.date)}</time>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </HomeSection>
          <HomeSection id="termine-titel" title="Termine" more={collections.event ? { url: "/termine/", text: "Alle Termine" } : undefined}>
            {events.length === 0 ? (
              <p>Derzeit sind keine Termine angekündigt.</p>
            ) : (
              <ul class="list">
                {events.map((item) => (
                  <li class="list-item">
                    <h3 class="list-title">
                      <a href={item.url}>{item.data.title}</a>
                    </h3>
                    <p class="list-meta">
                      <time datetime={item.data.start}>{eventWhen(item.data.start)}</time>
                      {item.data.place ? `, ${item.data.place}` : item.data.online ? ", online" : ""}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </HomeSection>
          <HomeSection id="foerderung-titel" title="Jetzt bewerben" more={{ url: "/foerderung/", text: "Alle Förderprogramme" }}>
            {open.length === 0 ? (
              <p>Derzeit läuft keine Bewerbungsrunde.</p>
            ) : (
              <ul class="list">
                {open.map(({ item, status }) => (
                  <li class="list-item">
                    <h3 class="list-title">
                      <a href={item.url}>{item.data.title}</a>
                    </h3>
                    <p class="list-meta">{statusText(status)}</p>
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
          <p>Mit einer Spende oder Zustiftung stärken Sie Eine-Welt-Engagement in Baden-Württemberg auf Dauer.</p>
          <p>
            <a class="button" href="/spenden/">
              So können Sie helfen
            </a>
          </p>
        </section>
      </Article>
    </Base>
  );
}
