/**
 * Search in `npm start`: after every (re)build, the Pagefind index is built again into the
 * output folder, so the search page works while editing. The production build indexes in its
 * own step (scripts/build.ts) into the temporary folder, so this plugin stays out of it.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { siteData } from "../data.ts";
import { buildSearchIndex } from "../search/index.ts";

interface AfterEvent {
  runMode?: string;
  directories?: { output?: string };
}

/** Registers the index step for `--serve` and `--watch`. */
export default function searchPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ runMode, directories }: AfterEvent) => {
    if (runMode === "build") return;
    const report = await buildSearchIndex(directories?.output ?? "_site", siteData().topics);
    console.log(`[sez] Suchindex: ${report.pages} Seiten, ${report.compounds} zerlegte Komposita, ${report.milliseconds} ms`);
  });
}
