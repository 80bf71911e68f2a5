/**
 * Names of the search index's metadata and filter fields, shared by the indexer
 * (`lib/search/`) and the search page's script (`assets/js/search-page.ts`).
 */

/** Name of the topic filter and metadata field; the search page shows it as "Thema". */
export const TOPIC_FIELD = "thema";
