/**
 * The search page's type filter and date sort as URL parameters, shared by the page (its form
 * works without JavaScript: it is a plain GET form to `/suche/`), the page script (which reads
 * the parameters, hands them to Pagefind and keeps the address in step) and the tests.
 *
 * `?art=Termin` filters by content type (Pagefind filter {@link TYPE_FIELD}); `?sortierung=neueste`
 * or `aelteste` sorts by date (Pagefind sort {@link DATE_FIELD}). Pagefind leaves pages without
 * a date out of a sorted search, so the form says that only dated content is sorted.
 */
import { DATE_FIELD, TYPE_FIELD } from "./search-fields.ts";

/** URL parameter of the type filter. */
export const TYPE_PARAM = "art";
/** URL parameter of the sort order. */
export const SORT_PARAM = "sortierung";

/** The content types the filter offers, in the order of the form (values of the type filter). */
export const FILTER_TYPES = ["Thema", "Aktuelles", "Termin", "Förderung", "Publikation"] as const;

/** Sort orders: value of the parameter, label in the form, Pagefind's direction. */
export const SORTS = [
  { value: "", label: "Beste Treffer zuerst", direction: undefined },
  { value: "neueste", label: "Neueste zuerst (nur Inhalte mit Datum)", direction: "desc" },
  { value: "aelteste", label: "Älteste zuerst (nur Inhalte mit Datum)", direction: "asc" },
] as const;

/** What the search page applies besides the query. */
export interface SearchOptions {
  /** One of {@link FILTER_TYPES}, or undefined for all. */
  type: (typeof FILTER_TYPES)[number] | undefined;
  /** "neueste", "aelteste", or "" for relevance. */
  sort: (typeof SORTS)[number]["value"];
}

/**
 * The options in a query string; unknown values count as none.
 *
 * @example
 * searchOptionsOf("?q=Schule&art=Termin&sortierung=neueste") // => { type: "Termin", sort: "neueste" }
 * searchOptionsOf("?art=Unsinn")                             // => { type: undefined, sort: "" }
 */
export function searchOptionsOf(search: string): SearchOptions {
  const params = new URLSearchParams(search);
  const type = FILTER_TYPES.find((t) => t === params.get(TYPE_PARAM));
  const sort = SORTS.find((s) => s.value !== "" && s.value === params.get(SORT_PARAM))?.value ?? "";
  return { type, sort };
}

/**
 * Pagefind's search options for these options: the type filter and the sort.
 *
 * @example
 * pagefindOptions({ type: "Termin", sort: "neueste" }) // => { filters: { art: ["Termin"] }, sort: { datum: "desc" } }
 * pagefindOptions({ type: undefined, sort: "" })      // => { filters: {}, sort: undefined }
 */
export function pagefindOptions(options: SearchOptions): { filters: Record<string, string[]>; sort: Record<string, "asc" | "desc"> | undefined } {
  const direction = SORTS.find((s) => s.value === options.sort)?.direction;
  return { filters: options.type ? { [TYPE_FIELD]: [options.type] } : {}, sort: direction ? { [DATE_FIELD]: direction } : undefined };
}

/**
 * The query string with these options (others kept, defaults dropped).
 *
 * @example
 * withSearchOptions("?q=Schule", { type: "Termin", sort: "" }) // => "?q=Schule&art=Termin"
 */
export function withSearchOptions(search: string, options: SearchOptions): string {
  const params = new URLSearchParams(search);
  if (options.type) params.set(TYPE_PARAM, options.type);
  else params.delete(TYPE_PARAM);
  if (options.sort) params.set(SORT_PARAM, options.sort);
  else params.delete(SORT_PARAM);
  const text = params.toString();
  return text ? `?${text}` : "";
}
