/**
 * Step "Seiten": every HTML file of the output through the worker pool (hyphenate, analyse,
 * search source; unchanged pages come from the page cache). Steps after this one must not
 * change HTML: the checks use these reports.
 */
import type { BuildStep } from "./context.ts";
import { listFiles } from "./context.ts";
import { cacheSalt, openPageCache, prunePageCache } from "./page-cache.ts";
import type { PageJob, PageResult } from "./page-pass.ts";

export const processPages: BuildStep = {
  name: "Seiten",
  async run(context) {
    const cacheDir = openPageCache(context.root, cacheSalt(context.root));
    const jobs: PageJob[] = listFiles(context.outDir)
      .filter((file) => file.endsWith(".html"))
      .map((file) => ({ outDir: context.outDir, file, cacheDir, searchDir: context.searchDir }));
    const results = await context.pool.run<PageJob, PageResult>(jobs);
    for (const { report, words } of results) {
      context.reports.set(report.file, report);
      if (!words) continue;
      context.search.files.push(report.file);
      for (const word of words.vocabulary) context.search.vocabulary.add(word);
      for (const word of words.candidates) context.search.candidates.add(word);
    }
    prunePageCache(cacheDir, new Set(results.map((result) => result.key)));
    return [];
  },
};
