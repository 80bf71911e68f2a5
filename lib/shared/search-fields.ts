/**
 * Names of the search index's metadata, filter and sort fields, shared by the indexer
 * (`lib/search/`), the layouts that mark dates, and the search page's script
 * (`assets/js/search-page.ts`).
 */

/** Name of the topic filter and metadata field; the search page shows it as "Thema". */
export const TOPIC_FIELD = "thema";

/** Name of the content type filter and metadata field ("Thema", "Aktuelles", "Termin", ...). */
export const TYPE_FIELD = "art";

/** Name of the date metadata (German text) and sort field (`JJJJ-MM-TT`) of dated pages. */
export const DATE_FIELD = "datum";
