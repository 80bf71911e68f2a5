/**
 * Step "Seiten": every HTML file of the output through the worker pool (hyphenate, analyse,
 * search source; unchanged pages come from the page cache). Most pages are handed over by the
 * render child while Eleventy still renders ({@link handOver}), so the pass runs on the second
 * core meanwhile; this step collects them and processes whatever HTML was not handed over.
 * Steps after this one must not change HTML: the checks use these reports.
 */
import { copyFileSync } from "node:fs";
import path from "node:path";
import type { BuildContext, BuildStep } from "./context.ts";
import { listFiles } from "./context.ts";
import type { HandedOffPage } from "./render.ts";
import { cacheSalt, openPageCache, prunePageCache } from "./page-cache.ts";
import type { PageJob, PageResult } from "./page-pass.ts";

/**
 * Where a page handed over during the render waits (processed) until Eleventy has written
 * its own copy, which it then replaces.
 *
 * @example
 * stagedPage("/dev/shm/sez-suchindex-1", "kontakt/index.html") // => "/dev/shm/sez-suchindex-1/html/kontakt/index.html"
 */
export function stagedPage(searchDir: string, file: string): string {
  return path.join(searchDir, "html", file);
}

/**
 * Where the render child hands over a page as Eleventy rendered it.
 *
 * @example
 * handedOverPage("/dev/shm/sez-suchindex-1", "kontakt/index.html") // => "/dev/shm/sez-suchindex-1/rendered/kontakt/index.html"
 */
export function handedOverPage(searchDir: string, file: string): string {
  return path.join(handOverDir(searchDir), file);
}

/** The folder the render child writes its pages into (`renderInChild`'s `handOver.dir`). */
export function handOverDir(searchDir: string): string {
  return path.join(searchDir, "rendered");
}

/**
 * Starts the page pass of one page handed over by the render child (`lib/build/render.ts`),
 * on the worker with the least to do; {@link processPages} collects the result.
 *
 * @example
 * renderInChild(root, outDir, signal, { dir: handOverDir(searchDir), onPage: (page) => handOver(pass, page) });
 */
export function handOver(pass: PagePassStart, page: HandedOffPage): void {
  const job: PageJob = {
    outDir: pass.outDir,
    file: page.file,
    cacheDir: pass.cacheDir,
    searchDir: pass.searchDir,
    sourceFile: handedOverPage(pass.searchDir, page.file),
    writeTo: stagedPage(pass.searchDir, page.file),
  };
  const result = pass.pool.submit<PageJob, PageResult>(job);
  // A failure is reported when the step collects the result; until then it must not count as unhandled.
  result.catch(() => {});
  pass.handedOver.set(page.file, result);
}

/** What the page pass needs before Eleventy starts: the pool, the folders, the pages handed over so far. */
export interface PagePassStart {
  pool: BuildContext["pool"];
  outDir: string;
  /** The build's scratch folder: handed-over pages, search sources, the indexer's copies (`search-prep.ts`); removed when the build ends. */
  searchDir: string;
  cacheDir: string;
  handedOver: Map<string, Promise<PageResult>>;
}

/**
 * Opens the page cache and returns what {@link handOver} needs.
 *
 * @example
 * const pass = startPagePass(root, ".site-next", pool, searchScratch());
 */
export function startPagePass(root: string, outDir: string, pool: BuildContext["pool"], searchDir: string): PagePassStart {
  return { pool, outDir, searchDir, cacheDir: openPageCache(root, cacheSalt(root)), handedOver: new Map() };
}

export const processPages: BuildStep = {
  name: "Seiten",
  async run(context) {
    const pass = context.pagePass;
    const handed = new Map<string, PageResult>();
    for (const [file, result] of pass.handedOver) {
      handed.set(file, await result);
      // Eleventy has written its copy by now (the child has exited): the processed page replaces it
      // (a copy, not a rename: the staging folder is in memory, the output on disk).
      copyFileSync(stagedPage(pass.searchDir, file), path.join(context.outDir, file));
    }
    const files = listFiles(context.outDir).filter((file) => file.endsWith(".html"));
    const jobs: PageJob[] = files.filter((file) => !handed.has(file)).map((file) => ({ outDir: context.outDir, file, cacheDir: pass.cacheDir, searchDir: pass.searchDir }));
    const rest = new Map((await context.pool.run<PageJob, PageResult>(jobs)).map((result) => [result.report.file, result]));
    const results = files.map((file) => handed.get(file) ?? rest.get(file)!);
    for (const { report, words } of results) {
      context.reports.set(report.file, report);
      if (!words) continue;
      context.search.files.push(report.file);
      for (const word of words.vocabulary) context.search.vocabulary.add(word);
      for (const word of words.candidates) context.search.candidates.add(word);
    }
    prunePageCache(pass.cacheDir, new Set(results.map((result) => result.key)));
    return [];
  },
};
