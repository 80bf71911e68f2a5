/**
 * The search page `/suche/`. The header form of every page sends its query here as `?q=`;
 * the page script (`assets/js/search-page.ts`) runs it with Pagefind's Component UI. Until the
 * Component UI is defined (without JavaScript, or if the script fails: never) a note explains
 * where else to look; `assets/css/search.css` hides it once the search field exists. The page
 * itself is not in the search index (no `data-pagefind-body`) and not in search engines.
 *
 * `no-worker`: Pagefind searches on the page's own thread instead of loading a second copy of
 * its runtime as a web worker (11 KB brotli less for the first query); a search over a few
 * thousand pages takes milliseconds, too little to hold up the page.
 *
 * Type and order: a plain GET form (`?art=Termin&sortierung=neueste`, see
 * `lib/shared/search-options.ts`) that works without JavaScript as an address; the script
 * applies its values to Pagefind (type filter, date sort) as soon as they change, and reads them
 * from the address, so links such as `/suche/?q=Schule&art=Termin` open filtered. The Component
 * UI's filter pane offers the topics (open, set by `assets/js/search-pane.ts`) and, closed, the
 * types as well. The pane itself is folded ("Nach Thema und Art eingrenzen"): on a phone the
 * results are not pushed below two lists, and its data (every topic and type with its count)
 * loads only when a visitor opens it, not with every first query.
 *
 * The Component UI loads a result's fragment (its text, ~2.6 KB) when the result's placeholder
 * comes into view; `search.css` gives placeholders the height of a result, so only the results a
 * visitor can see are fetched.
 */
import type { JSX } from "preact";
import { Base } from "../_includes/layouts/base.tsx";
import { assetUrl } from "../lib/render/assets.ts";
import { breadcrumbTrail } from "../lib/render/breadcrumb.ts";
import type { SiteCascade } from "../lib/render/page-data.ts";
import { FILTER_TYPES, SORT_PARAM, SORTS, TYPE_PARAM } from "../lib/shared/search-options.ts";

/** The Component UI elements and the attributes this page sets on them. */
type UiElement<Attributes> = JSX.HTMLAttributes<HTMLElement> & Attributes;

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
      "pagefind-config": UiElement<{ "bundle-path": string; "excerpt-length": string; "no-worker": boolean }>;
      "pagefind-input": UiElement<{ debounce: string }>;
      "pagefind-summary": UiElement<object>;
      "pagefind-filter-pane": UiElement<object>;
      "pagefind-results": UiElement<{ "max-sub-results": string }>;
    }
  }
}

export const data = {
  layout: false,
  permalink: "/suche/",
  eleventyExcludeFromCollections: true,
};

const TITLE = "Suche";

/**
 * Type filter and sort order as a GET form, folded into one line (a phone sees results below
 * it); the script opens it when the address sets an option. The query goes along in a hidden
 * field the script fills.
 */
function SearchOptionsForm() {
  return (
    <details class="search-options">
      <summary>Art und Reihenfolge</summary>
      <form action="/suche/" method="get" aria-label="Art und Reihenfolge der Ergebnisse">
        <input type="hidden" name="q" value="" />
        <p>
          <label for="suche-art">Art</label>
          <select id="suche-art" name={TYPE_PARAM}>
            <option value="">Alle Inhalte</option>
            {FILTER_TYPES.map((type) => (
              <option value={type}>{type}</option>
            ))}
          </select>
        </p>
        <p>
          <label for="suche-sortierung">Reihenfolge</label>
          <select id="suche-sortierung" name={SORT_PARAM}>
            {SORTS.map((sort) => (
              <option value={sort.value}>{sort.label}</option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">Anwenden</button>
        </p>
      </form>
    </details>
  );
}

export default function SearchPage({ site, topicTree, photos }: SiteCascade) {
  return (
    <Base
      site={site}
      shareImage={photos[site.ogImage]!}
      title={TITLE}
      description="Durchsuchen Sie alle Seiten der SEZ."
      url="/suche/"
      trail={breadcrumbTrail("/suche/", TITLE, undefined, topicTree)}
      noindex
    >
      <div class="search-page">
        <link rel="stylesheet" href={assetUrl("search.css")} />
        <h1>{TITLE}</h1>
        <pagefind-config bundle-path="/pagefind/" excerpt-length="24" no-worker />
        <pagefind-input debounce="250" />
        <SearchOptionsForm />
        <p class="search-note">
          Die Suche braucht JavaScript. Erscheint hier kein Suchfeld, ist es in Ihrem Browser ausgeschaltet oder wird noch geladen. Alle Inhalte finden Sie auch über die{" "}
          <a href="/themen/">Themenübersicht</a> und die <a href="/">Startseite</a>; bei Fragen hilft Ihnen die <a href="/kontakt/">Geschäftsstelle</a> gern weiter.
        </p>
        <details class="search-filters">
          <summary>Nach Thema und Art eingrenzen</summary>
          <pagefind-filter-pane />
        </details>
        <pagefind-summary />
        <pagefind-results max-sub-results="3" />
        <script type="module" src={assetUrl("search.js")} />
      </div>
    </Base>
  );
}
