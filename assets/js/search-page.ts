/**
 * The search page `/suche/`: Pagefind's Component UI (bundled from `@pagefind/component-ui`),
 * configured for German and for this site. It runs the query from `?q=` (the header form sends
 * it), keeps the address in step with the field, and renders each result with the words to
 * highlight in its links. Until the components are defined (without JavaScript: never), the
 * page shows a note instead; CSS hides it once they are (`pagefind-input:defined`).
 *
 * Type filter and date sort come from the page's form and the address (`?art=`, `?sortierung=`,
 * lib/shared/search-options.ts). The Component UI passes only filters to Pagefind, so the sort
 * goes in where it loads Pagefind: its search is wrapped to add `sort` (Pagefind's documented
 * search option). tests/unit/render/pagefind-internals.test.ts watches the details used.
 */
// First: sets the filter pane's open group before the Component UI upgrades it.
import "./search-pane.ts";
import { getInstanceManager } from "@pagefind/component-ui";
import { DATE_FIELD, TOPIC_FIELD, TYPE_FIELD } from "../../lib/shared/search-fields.ts";
import { FILTER_TYPES, pagefindOptions, SORT_PARAM, searchOptionsOf, TYPE_PARAM, withSearchOptions, type SearchOptions } from "../../lib/shared/search-options.ts";
import { excerptParts, matchedWords, unmark, withHighlight, type PagefindResultData, type PagefindSubResult } from "../../lib/shared/search-results.ts";

/**
 * What this page uses of the Component UI instance. The package's type declarations import
 * each other without file extensions, which TypeScript's NodeNext resolution cannot follow,
 * so the shapes are spelled out here.
 */
interface SearchInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  /** Pagefind itself, once loaded (set by `__load__`). */
  __pagefind__: PagefindApi | null;
  __load__(): Promise<void>;
  /** Tells the components (the filter pane among them) what happened. */
  __dispatch__(event: "filters", data: { available: FilterCounts; total: FilterCounts }): void;
  triggerFilters(filters: Record<string, string[]>): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  setTranslations(strings: Record<string, string>): void;
  announce(key: string, replacements?: Record<string, string | number>, priority?: "polite" | "assertive"): void;
  getDisplaySubResults(result: PagefindResultData, limit: number): PagefindSubResult[];
  on(event: "search", callback: (term: unknown, filters: unknown) => void): void;
  triggerSearch(term: string): void;
}

/** Counts per filter and value, as Pagefind reports them. */
type FilterCounts = Record<string, Record<string, number>>;

/** Pagefind's search and filters, the parts the sort and the folded filter pane need. */
interface PagefindApi {
  search(term: string | null, options: { filters?: Record<string, string[]>; sort?: Record<string, "asc" | "desc"> }): Promise<{ filters?: FilterCounts; totalFilters?: FilterCounts } | null>;
  filters(): Promise<FilterCounts>;
}

/** The results element; a render function set here replaces its default template. */
interface ResultsElement extends HTMLElement {
  resultTemplate: ((result: PagefindResultData) => Element) | null;
}

/** German texts, replacing the stock translation where it reads awkwardly. */
const STRINGS: Record<string, string> = {
  placeholder: "Suchbegriff eingeben",
  // Distinct from the header field ("Suchbegriff" in "Website durchsuchen"), so both read clearly.
  search_label: "Suchen nach",
  clear_search: "Eingabe löschen",
  input_hint: "Die Ergebnisse erscheinen schon während der Eingabe.",
  results_label: "Suchergebnisse",
  zero_results: "Keine Ergebnisse für „[SEARCH_TERM]“. Prüfen Sie die Schreibweise oder versuchen Sie ein anderes Wort.",
  one_result: "1 Ergebnis für „[SEARCH_TERM]“",
  many_results: "[COUNT] Ergebnisse für „[SEARCH_TERM]“",
  searching: "Suche nach „[SEARCH_TERM]“ …",
  error_search: "Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.",
  loading: "Wird geladen …",
};

/** How many section links a result shows at most. */
const MAX_SECTIONS = 3;

const instance: SearchInstance = getInstanceManager().getInstance("default");
instance.setTranslations(STRINGS);

// A result count is news, not an emergency: counts are announced politely, "no results" too
// (the Component UI interrupts for that one). Errors keep their urgency.
const COUNT_KEYS = new Set(["zero_results", "one_result", "many_results", "total_zero_results", "total_one_result", "total_many_results"]);
const announce = instance.announce.bind(instance);
instance.announce = (key, replacements, priority) => announce(key, replacements, COUNT_KEYS.has(key) ? "polite" : priority);

/**
 * Creates an element with a class and children (text children become text nodes, never HTML).
 *
 * @example
 * element("p", "pf-result-excerpt", "Text", element("mark", "", "Treffer"))
 */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/**
 * An excerpt paragraph from Pagefind's excerpt HTML, built from text nodes and `<mark>`s.
 *
 * @example
 * excerpt("zwei <mark>Krankenhäusern</mark>", "pf-result-excerpt")
 */
function excerpt(html: string, className: string): HTMLParagraphElement {
  const paragraph = element("p", className);
  for (const part of excerptParts(html)) paragraph.append(part.hit ? element("mark", "", part.text) : part.text);
  return paragraph;
}

/** One result: title link, topic, excerpt and up to three section links, all carrying the matched words. */
function renderResult(result: PagefindResultData): HTMLLIElement {
  const terms = matchedWords(result.content ?? "", result.locations ?? []);
  const title = unmark(result.meta.title ?? result.url);
  const link = element("a", "pf-result-link", title);
  link.href = withHighlight(result.url, terms);
  const content = element("div", "pf-result-content", element("h2", "pf-result-title", link));
  const topic = result.meta[TOPIC_FIELD];
  // A topic page says "Thema: Fairer Handel" once, not "Thema · Thema: Fairer Handel".
  const type = result.meta[TYPE_FIELD] === "Thema" && topic ? undefined : result.meta[TYPE_FIELD];
  const facts = [type, result.meta[DATE_FIELD], topic ? `Thema: ${topic}` : undefined].filter(Boolean);
  if (facts.length > 0) content.append(element("p", "search-result-topic", facts.join(" · ")));
  if (result.excerpt) content.append(excerpt(result.excerpt, "pf-result-excerpt"));
  else if (result.meta.description) content.append(element("p", "pf-result-excerpt", unmark(result.meta.description)));
  const item = element("li", "pf-result", element("div", "pf-result-card", content));

  const sections = instance.getDisplaySubResults(result, MAX_SECTIONS);
  if (sections.length > 0) {
    const list = element("ul", "pf-heading-chips");
    list.setAttribute("aria-label", `Abschnitte von „${title}“`);
    for (const section of sections) {
      const sectionLink = element("a", "pf-heading-link", unmark(section.title));
      sectionLink.href = withHighlight(section.url, terms);
      list.append(element("li", "pf-heading-chip", sectionLink, excerpt(section.excerpt, "pf-heading-excerpt")));
    }
    item.append(list);
  }
  return item;
}

const results = document.querySelector<ResultsElement>("pagefind-results");
if (results) results.resultTemplate = renderResult;

// The sort order of every search from now on; the adapted Pagefind search adds it.
let sort: Record<string, "asc" | "desc"> | undefined;
/**
 * Whether the visitor has opened the filter pane. Until then Pagefind's `filters()` answers
 * "none": the Component UI asks for every filter as it loads Pagefind, and that fetches the
 * whole topic and type filter (15 kB on a 4,000-page site) with the first query of every
 * visitor, most of whom never filter. A query filtered by type (`?art=`) still loads just
 * that filter, as Pagefind's search does for the filters it applies.
 */
let filtersWanted = false;

/** Pagefind with the sort added to its search and its filters held back until wanted. */
function adapted(api: PagefindApi): PagefindApi {
  const search = api.search.bind(api);
  const filters = api.filters.bind(api);
  api.search = (term, options) => search(term, sort ? { ...options, sort } : options);
  api.filters = () => (filtersWanted ? filters() : Promise.resolve({}));
  return api;
}

// Adapted as `__load__` puts it on the instance, before the Component UI first uses it.
let pagefind: PagefindApi | null = instance.__pagefind__;
Object.defineProperty(instance, "__pagefind__", {
  configurable: true,
  get: () => pagefind,
  set: (api: PagefindApi | null) => {
    pagefind = api ? adapted(api) : api;
  },
});

/** Loads the filters and hands the pane their counts for the current query. */
async function showFilters(): Promise<void> {
  filtersWanted = true;
  await instance.__load__();
  const api = instance.__pagefind__;
  if (!api) return;
  const total = await api.filters();
  const term = instance.searchTerm.trim();
  const found = term ? await api.search(term, { filters: instance.searchFilters }) : null;
  instance.__dispatch__("filters", { available: found?.filters ?? total, total: found?.totalFilters ?? total });
}

const filterPane = document.querySelector<HTMLDetailsElement>("details.search-filters");
filterPane?.addEventListener("toggle", () => {
  if (filterPane.open && !filtersWanted) void showFilters();
});

const form = document.querySelector<HTMLFormElement>(".search-options form");
const typeSelect = form?.querySelector<HTMLSelectElement>(`select[name="${TYPE_PARAM}"]`);
const sortSelect = form?.querySelector<HTMLSelectElement>(`select[name="${SORT_PARAM}"]`);
const queryField = form?.querySelector<HTMLInputElement>('input[name="q"]');

/** The options the form shows. */
function formOptions(): SearchOptions {
  return searchOptionsOf(withSearchOptions("", { type: FILTER_TYPES.find((t) => t === typeSelect?.value), sort: (sortSelect?.value ?? "") as SearchOptions["sort"] }));
}

/** The options of the current search: the type filter if it holds one type, and the sort. */
let current: SearchOptions = searchOptionsOf(window.location.search);

/** Runs the current search again with these options (the topic filter stays). */
function apply(options: SearchOptions): void {
  current = options;
  const { filters, sort: order } = pagefindOptions(options);
  sort = order;
  const others = { ...instance.searchFilters };
  delete others[TYPE_FIELD];
  instance.triggerFilters({ ...others, ...filters });
}

form?.addEventListener("submit", (event) => {
  event.preventDefault();
  apply(formOptions());
});
typeSelect?.addEventListener("change", () => apply(formOptions()));
sortSelect?.addEventListener("change", () => apply(formOptions()));

// The address follows the field and the options, so reloading, bookmarking and "back" keep them.
const pageTitle = document.title;
instance.on("search", (term, filters) => {
  const query = typeof term === "string" ? term.trim() : "";
  const types = (filters as Record<string, string[]> | undefined)?.[TYPE_FIELD] ?? [];
  current = { type: types.length === 1 ? FILTER_TYPES.find((t) => t === types[0]) : undefined, sort: current.sort };
  if (typeSelect) typeSelect.value = current.type ?? "";
  if (queryField) queryField.value = query;
  const url = new URL(window.location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  url.search = withSearchOptions(url.search, current);
  window.history.replaceState(null, "", url);
  document.title = query ? `„${query}“ – ${pageTitle}` : pageTitle;
});

const query = new URLSearchParams(window.location.search).get("q")?.trim();
// Options from the address are shown, not folded away.
const folded = form?.closest("details");
if (folded && (current.type || current.sort)) folded.open = true;
if (typeSelect) typeSelect.value = current.type ?? "";
if (sortSelect) sortSelect.value = current.sort;
const initial = pagefindOptions(current);
sort = initial.sort;
if (query) instance.triggerSearchWithFilters(query, initial.filters);
else if (current.type) instance.triggerFilters(initial.filters);
