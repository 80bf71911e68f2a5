/**
 * `/publikationen/`: every publication grouped by type, newest first, each with cover, title,
 * year and the download link (format, size and pages read from the PDF). Filters without
 * JavaScript: one page per type (`/publikationen/art/<type>/`) and per year
 * (`/publikationen/jahr/<year>/`), linked from every one of them. Only the full list is
 * indexed by the search (each publication has its own page there).
 */
import { ordered } from "../../lib/content/collections.ts";
import { DownloadLink } from "../../_includes/components/download-link.tsx";
import { Picture } from "../../_includes/components/picture.tsx";
import { publicationFactsText } from "../../_includes/components/publication-facts.tsx";
import { Base } from "../../_includes/layouts/base.tsx";
import { compareNewestFirst } from "../../lib/content/publication.ts";
import { slugFromTitle } from "../../lib/content/scaffold.ts";
import type { CollectionItem } from "../../lib/render/listings.ts";
import type { SiteCascade } from "../../lib/render/page-data.ts";
import { PublicationTypes, type PublicationFrontMatter, type PublicationType } from "../../lib/schemas/publication.ts";

type Item = CollectionItem<PublicationFrontMatter>;

/** One page of the overview: all publications, or those of one type or one year. */
export interface PublicationView {
  url: string;
  title: string;
  /** What the filter links call it. */
  label: string;
  kind: "all" | "type" | "year";
  items: Item[];
}

/** Plural names of the types, for headings and filter links. */
const PLURAL: Record<PublicationType, string> = {
  Jahresbericht: "Jahresberichte",
  Broschüre: "Broschüren",
  Dokumentation: "Dokumentationen",
  Leitfaden: "Leitfäden",
  Formular: "Formulare",
};

const TITLE = "Publikationen";
const DESCRIPTION = "Jahresberichte, Broschüren, Dokumentationen, Leitfäden und Formulare der SEZ zum Herunterladen, mit Format und Größe.";

/**
 * Every page of the overview: all, then each type and each year that has publications.
 *
 * @example
 * publicationViews([{ url: "/publikationen/a/", data: { type: "Formular", year: 2026, ... } }]).map((v) => v.url)
 * // => ["/publikationen/", "/publikationen/art/formular/", "/publikationen/jahr/2026/"]
 */
export function publicationViews(items: readonly Item[]): PublicationView[] {
  const sorted = [...items].sort((a, b) => compareNewestFirst(a.data, b.data));
  const types = PublicationTypes.filter((type) => sorted.some((item) => item.data.type === type));
  const years = [...new Set(sorted.map((item) => item.data.year))].sort((a, b) => b - a);
  return [
    { url: "/publikationen/", title: TITLE, label: "Alle", kind: "all" as const, items: sorted },
    ...types.map((type) => ({
      url: `/publikationen/art/${slugFromTitle(type)}/`,
      title: `${TITLE}: ${PLURAL[type]}`,
      label: PLURAL[type],
      kind: "type" as const,
      items: sorted.filter((item) => item.data.type === type),
    })),
    ...years.map((year) => ({
      url: `/publikationen/jahr/${year}/`,
      title: `${TITLE} aus dem Jahr ${year}`,
      label: String(year),
      kind: "year" as const,
      items: sorted.filter((item) => item.data.year === year),
    })),
  ];
}

export const data = {
  layout: false,
  pagination: {
    data: "collections.publication",
    size: 1,
    alias: "view",
    // One page per view, not per publication: the views are made from the whole collection.
    before: (items: Item[]) => publicationViews(ordered("publication", items) as readonly Item[]),
  },
  permalink: (data: { view: PublicationView }) => data.view.url,
  eleventyComputed: {
    title: (data: { view: PublicationView }) => data.view.title,
  },
  description: DESCRIPTION,
  eleventyExcludeFromCollections: true,
};

/** The filter links: types and years, the current one marked. */
function Filters({ views, current }: { views: PublicationView[]; current: PublicationView }) {
  const group = (kind: PublicationView["kind"][], label: string, id: string) => (
    <nav aria-labelledby={id} class="filters">
      <h2 id={id} class="filters-title">
        {label}
      </h2>
      <ul>
        {views
          .filter((view) => kind.includes(view.kind))
          .map((view) => (
            <li>
              <a href={view.url} aria-current={view.url === current.url ? "page" : undefined}>
                {view.label} ({view.items.length})
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
  return (
    <div class="filter-bar" data-pagefind-ignore="all">
      {group(["all", "type"], "Nach Art", "filter-art")}
      {group(["year"], "Nach Jahr", "filter-jahr")}
    </div>
  );
}

export default function Publikationen({ site, photos, pdfs, view, pagination }: SiteCascade & { view: PublicationView; pagination: { pages: (PublicationView | PublicationView[])[] } }) {
  // Eleventy's chunks of one view each (size 1).
  const views = pagination.pages.flat();
  const trail = [{ title: "Startseite", url: "/" }, { title: TITLE, url: "/publikationen/" }, ...(view.kind === "all" ? [] : [{ title: view.label, url: view.url }])];
  const types = PublicationTypes.filter((type) => view.items.some((item) => item.data.type === type));
  return (
    <Base site={site} shareImage={photos[site.ogImage]!} title={view.title} description={DESCRIPTION} url={view.url} trail={trail}>
      <article class="article" data-pagefind-body={view.kind === "all" ? "" : undefined}>
        <h1 data-pagefind-meta="title">{view.title}</h1>
        <p>Hier finden Sie Publikationen der SEZ zum Herunterladen. Alle Dokumente sind PDF-Dateien; bei jedem Link stehen Größe und Seitenzahl.</p>
        <Filters views={views} current={view} />
        {view.items.length === 0 && <p>Derzeit gibt es keine Publikationen.</p>}
        {types.map((type) => (
          <section aria-labelledby={`art-${slugFromTitle(type)}`}>
            <h2 id={`art-${slugFromTitle(type)}`}>{PLURAL[type]}</h2>
            <ul class="list">
              {view.items
                .filter((item) => item.data.type === type)
                .map((item) => (
                  <li class="list-item publication">
                    {item.data.cover && <Picture image={photos[item.data.cover]!} preset="card" alt="" class="publication-cover" />}
                    <h3 class="list-title">
                      <a href={item.url}>{item.data.title}</a>
                    </h3>
                    <p class="publication-facts">{publicationFactsText(item.data)}</p>
                    <p>
                      {item.data.description}
                      {item.data.sample && <span class="sample-badge"> (Beispielinhalt)</span>}
                    </p>
                    <p>
                      <DownloadLink title={`${item.data.title} herunterladen`} file={item.data.file} facts={pdfs[item.data.file]} lang={item.data.language} />
                    </p>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </article>
    </Base>
  );
}
