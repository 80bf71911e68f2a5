/**
 * Build step: the Pagefind index (`lib/search/`) into `.site-next/pagefind/`, after the pages
 * are minified and before the output checks, so the checks see the search files too.
 */
import { siteData } from "../load/data.ts";
import { buildSearchIndex } from "../search/index.ts";
import type { BuildStep } from "./context.ts";

/** Indexes every page of the output; Pagefind's own errors stop the build. */
export const writeSearchIndex: BuildStep = {
  name: "Suchindex",
  async run(context) {
    const search = await buildSearchIndex(context.outDir, siteData().topics);
    context.notes.push(`Suchindex: ${search.pages} Seiten`);
    return [];
  },
};
