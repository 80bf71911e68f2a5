/**
 * Search in `npm start`: after every (re)build, the Pagefind index is built again into the
 * output folder, so the search page works while editing. Indexing a large site takes seconds,
 * so it runs after the rebuild instead of inside it: the changed page is served at once, and
 * rebuilds that finish while an index run is busy lead to one more run afterwards. The
 * production build indexes in its own step (scripts/build.ts) into the temporary folder, so
 * this plugin stays out of it.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { siteData } from "../load/data.ts";
import { runMode } from "../load/run-mode.ts";
import { buildSearchIndex, type SearchSourceCache } from "../search/index.ts";

interface AfterEvent {
  directories?: { output?: string };
}

/**
 * Runs a task in the background, never twice at once: a request while it runs makes it run
 * once more when it is done, however many requests came.
 *
 * @example
 * const index = coalesce(async () => rebuildIndex());
 * index(); index(); index(); // one run now, one after it
 */
export function coalesce(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
}

/** Registers the index step for `--serve` and `--watch`. */
export default function searchPlugin(eleventyConfig: UserConfig): void {
  let output = "_site";
  // Pages unchanged since the last run are not read again (lib/search/index.ts).
  const sources: SearchSourceCache = new Map();
  const index = coalesce(async () => {
    try {
      const report = await buildSearchIndex(output, siteData().topics, sources);
      console.log(`[sez] Suchindex: ${report.pages} Seiten, ${report.compounds} zerlegte Komposita, ${report.milliseconds} ms`);
    } catch (error) {
      console.error(`[sez] Der Suchindex wurde nicht erneuert: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  eleventyConfig.on("eleventy.after", ({ directories }: AfterEvent) => {
    if (!runMode().preview) return;
    output = directories?.output ?? "_site";
    void index();
  });
}
