/**
 * `/foerderung/`: every funding programme with its status today, open rounds first with their
 * deadlines, then the rounds that open next, then programmes without a call. The status comes
 * from the rounds' dates and `today` (the daily scheduled build keeps it true).
 */
import { Base } from "../../_includes/layouts/base.tsx";
import { itemsOf } from "../../lib/content/collections.ts";
import { ProgrammeStatusLine } from "../../_includes/components/programme-status.tsx";
import type { Collections } from "../../lib/render/listings.ts";
import { withStatus, type ProgrammeWithStatus } from "../../lib/render/listings.ts";
import type { SiteCascade } from "../../lib/render/page-data.ts";
import type { ProgrammeFrontMatter } from "../../lib/schemas/programme.ts";
import { formatDateLongDe } from "../../lib/shared/format/date.ts";

const TITLE = "Förderung";
const DESCRIPTION = "Die Förderprogramme der SEZ: wer sich bewerben kann, was gefördert wird und ob gerade eine Bewerbungsrunde läuft.";

export const data = {
  layout: false,
  permalink: "/foerderung/",
  title: TITLE,
  description: DESCRIPTION,
  eleventyImport: { collections: ["programme"] },
  // Not a programme itself, though its folder tags every page as one (lib/content/collections.ts).
  eleventyExcludeFromCollections: ["programme"],
};

/** The groups of the overview, in their order. */
const GROUPS = [
  { kind: "open", id: "jetzt-bewerben", title: "Jetzt bewerben" },
  { kind: "upcoming", id: "demnaechst", title: "Demnächst" },
  { kind: "none", id: "weitere-programme", title: "Weitere Programme" },
] as const;

function ProgrammeList({ programmes }: { programmes: ProgrammeWithStatus<ProgrammeFrontMatter>[] }) {
  return (
    <ul class="list">
      {programmes.map(({ item, status }) => (
        <li class="list-item">
          <h3 class="list-title">
            <a href={item.url}>{item.data.title}</a>
          </h3>
          <ProgrammeStatusLine status={status} />
          <p>
            {item.data.teaser}
            {item.data.sample && <span class="sample-badge"> (Beispielinhalt)</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function Foerderung({ site, photos, collections, today, page }: SiteCascade & { collections: Collections; page: { url: string } }) {
  const programmes = withStatus<ProgrammeFrontMatter>(itemsOf(collections, "programme"), today);
  const trail = [
    { title: "Startseite", url: "/" },
    { title: TITLE, url: page.url },
  ];
  return (
    <Base site={site} shareImage={photos[site.ogImage]!} title={TITLE} description={DESCRIPTION} url={page.url} trail={trail}>
      <article class="article" data-pagefind-body="">
        <h1 data-pagefind-meta="title">{TITLE}</h1>
        <p>
          Hier finden Sie die Förderprogramme der SEZ: wer sich bewerben kann, was gefördert wird und bis wann ein Antrag eingehen muss. Ob Sie sich gerade bewerben können, steht bei jedem Programm;
          die Website errechnet es jeden Tag neu aus den Daten der Bewerbungsrunden.
        </p>
        <p class="list-meta">
          Stand: <time datetime={today}>{formatDateLongDe(today)}</time>
        </p>
        {programmes.length === 0 && <p>Derzeit gibt es keine Förderprogramme auf dieser Website.</p>}
        {GROUPS.map((group) => {
          const inGroup = programmes.filter((p) => p.status.kind === group.kind);
          return (
            inGroup.length > 0 && (
              <section aria-labelledby={group.id}>
                <h2 id={group.id}>{group.title}</h2>
                <ProgrammeList programmes={inGroup} />
              </section>
            )
          );
        })}
        <p>
          Fragen zur Förderung? Schreiben Sie uns oder rufen Sie an: <a href="/kontakt/">Kontakt</a>.
        </p>
      </article>
    </Base>
  );
}
