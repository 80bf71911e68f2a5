/**
 * The search index of the production build, prepared by the page workers instead of read
 * back from the output. The page pass (`page-pass.ts`) has left every page's search source in
 * the build's scratch folder and returned its words; this step decides once per distinct word
 * how the site's compounds split (`compoundSplits`), lets the workers write the indexer's
 * copies from the sources (both cores), and hands the folder to Pagefind. The result is the
 * bundle `buildSearchIndex` (`lib/search/index.ts`) writes from the finished pages; an
 * integration test compares the two.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { siteData } from "../load/data.ts";
import type { SearchSource } from "../search/html.ts";
import { compoundSplits, indexerCopy, writeIndexerCopy, writeSearchBundle } from "../search/index.ts";
import { topicOfUrl, urlOfFile } from "../search/metadata.ts";
import type { BuildStep } from "./context.ts";
import { searchSourceFile } from "./page-pass.ts";

/** A worker job of this step: write the indexer's copy of one page. */
export interface CopyJob {
  kind: "copy";
  searchDir: string;
  file: string;
  /** The page's top-level topic (from the topic tree, which the workers do not load). */
  topic: string | undefined;
}

/** The compound splits file in the scratch folder, and where the copies for Pagefind go. */
const SPLITS_FILE = "splits.json";
const COPIES_DIR = "pages";

/** The splits a worker has read, by scratch folder (one build, one file). */
let loadedSplits: { dir: string; splits: ReadonlyMap<string, readonly string[]> } | undefined;

/**
 * Worker side: writes the indexer's copy of one page from its search source.
 *
 * @example
 * writeCopyJob({ kind: "copy", searchDir: "/dev/shm/sez-suchindex-1", file: "kontakt/index.html", topic: undefined })
 */
export function writeCopyJob(job: CopyJob): null {
  if (loadedSplits?.dir !== job.searchDir) {
    const entries = JSON.parse(readFileSync(path.join(job.searchDir, SPLITS_FILE), "utf8")) as [string, string[]][];
    loadedSplits = { dir: job.searchDir, splits: new Map(entries) };
  }
  const source = JSON.parse(readFileSync(searchSourceFile(job.searchDir, job.file), "utf8")) as SearchSource;
  writeIndexerCopy(path.join(job.searchDir, COPIES_DIR), job.file, indexerCopy(job.file, source, loadedSplits.splits, job.topic));
  return null;
}

/** Step "Suchindex": the Pagefind index into `.site-next/pagefind/`, from the page pass's search sources. */
export const writeSearchIndex: BuildStep = {
  name: "Suchindex",
  async run(context) {
    const { files, vocabulary, candidates } = context.search;
    const { searchDir } = context.pagePass;
    const splits = compoundSplits([{ vocabulary, candidates }]);
    writeFileSync(path.join(searchDir, SPLITS_FILE), JSON.stringify([...splits]));
    const topics = siteData().topics;
    await context.pool.run<CopyJob, null>(files.map((file) => ({ kind: "copy", searchDir, file, topic: topicOfUrl(urlOfFile(file), topics) })));
    // The workers' memory goes back to the system before Pagefind, the largest process of the build, starts.
    await context.pool.close();
    await writeSearchBundle(path.join(searchDir, COPIES_DIR), context.outDir, files.length);
    rmSync(searchDir, { recursive: true, force: true });
    context.notes.push(`Suchindex: ${files.length} Seiten`);
    return [];
  },
};
