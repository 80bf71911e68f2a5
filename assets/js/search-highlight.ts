/**
 * Highlights the search terms on a page reached from a search result (`?highlight=…`, one
 * parameter per word, set by the search page). Pagefind's highlight script (mark.js) is loaded
 * only then, from the search bundle. Its own `<style>` element would break the
 * Content-Security-Policy, so it is switched off: the browser's default style for `<mark>` is
 * the highlight.
 */
import { HIGHLIGHT_PARAM } from "../../lib/shared/search-results.ts";

/** The search bundle's highlight script, loaded at run time (not bundled). */
const HIGHLIGHT_SCRIPT = "/pagefind/pagefind-highlight.js";

/** Characters that may touch a highlighted word (the terms are whole words from the page). */
const WORD_LIMITERS = [",", ".", ":", ";", "!", "?", "(", ")", "[", "]", "„", "“", "”", "‚", "‘", "’", '"', "'", "»", "«", "–", "—", "/", "…"];

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: Record<string, unknown>;
}

type PagefindHighlightClass = new (options: PagefindHighlightOptions) => unknown;

/**
 * Marks the terms if the address carries any; otherwise does nothing and loads nothing.
 *
 * @example
 * // on /themen/partnerschaft-burundi/?highlight=Krankenh%C3%A4user
 * await highlightSearchTerms(window.location); // every "Krankenhäuser" in the article is a <mark>
 */
export async function highlightSearchTerms(location: Location): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const script = HIGHLIGHT_SCRIPT;
  const module = (await import(script)) as { default: PagefindHighlightClass };
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: {
      className: "search-highlight",
      exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"],
      accuracy: { value: "exactly", limiters: WORD_LIMITERS },
      // The build puts soft hyphens into long words (lib/build/hyphenate.ts); a term matches across them.
      ignoreJoiners: true,
    },
  });
}
