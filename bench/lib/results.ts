/** The shape of `bench/results.json`: everything one `npm run bench` measured. */
import type { BuildTimings } from "../../lib/build/timings.ts";
import type { PageWeight, SearchFetch } from "./browser.ts";
import type { LighthouseResult } from "./lighthouse.ts";
import type { MachineInfo } from "./machine.ts";
import type { MinifierResult } from "./minify.ts";
import type { ProfileRow } from "../profile.ts";
import type { WatchResult } from "./watch.ts";

/** Measurements of one kind of build over all rounds. */
export interface BuildSeries {
  /** Wall times of the rounds, in order. */
  wallMs: number[];
  cpuMs: number[];
  peakTreeRss: number[];
  maxProcessRss: number[];
  medianWallMs: number;
  medianCpuMs: number;
  /** Highest over the rounds. */
  peakTreeRssMax: number;
  maxProcessRssMax: number;
  /** HTML files in the output after the last round. */
  htmlFiles: number;
}

/** The three builds of one corpus size. */
export interface SizeResult {
  pages: number;
  /** Words per corpus page (mean). */
  wordsPerPage: number;
  full: BuildSeries & { timings: BuildTimings[] };
  bare: BuildSeries;
  hugo: BuildSeries | undefined;
  /** Pagefind's own CLI indexing bare Eleventy's output: the floor any build with Pagefind has. */
  pagefind?: BuildSeries | undefined;
  /** The warm CI build: page cache and image cache from the previous build, one page changed. */
  warm?: BuildSeries | undefined;
  /** The production build's search bundle at this size. */
  search?: SizeSearch | undefined;
}

/** The search bundle of one corpus size and what queries fetch from it. */
export interface SizeSearch {
  indexBytes: number;
  indexFiles: number;
  /** Median size of the index chunks (`index/`). */
  medianChunkBytes: number;
  /** Median bytes of the first and of the next queries (see `SEARCH_QUERIES` in `bench/run.ts`), if the browser ran. */
  firstQueryBytes?: number | undefined;
  nextQueryBytes?: number | undefined;
}

/** A stage of the full build with its median duration and share of the wall time. */
export interface StageShare {
  stage: string;
  medianMs: number;
  share: number;
}

/** Everything `npm run bench` writes to `bench/results.json`. */
export interface BenchResults {
  date: string;
  command: string;
  machine: MachineInfo;
  seed: number;
  runs: number;
  notes: string[];
  sizes: SizeResult[];
  stages: StageShare[] | undefined;
  incremental: (WatchResult & { pages: number; bare: WatchResult | undefined; hugo?: WatchResult | undefined }) | { skipped: string };
  kez: PageWeight | { skipped: string };
  pagefind:
    | {
        pages: number;
        indexBytes: number;
        indexFiles: number;
        byPart: Record<string, { files: number; bytes: number }>;
        /** Sizes of the index chunks (`index/`), smallest first: a query fetches the chunk of each of its words. */
        indexChunks: number[];
        searches: SearchFetch[] | { skipped: string };
      }
    | { skipped: string };
  lighthouse: (LighthouseResult | { url: string; skipped: string })[];
  /** html-minifier-terser on a sample of the largest corpus's pages (the build does not minify). */
  minifier?: (MinifierResult & { sitePages: number }) | { skipped: string } | undefined;
  /** The growth plot, relative to the report. */
  plot?: string | undefined;
  profile: { pages: number; totalCpuMs: number; processes: { argv: string; cpuMs: number }[]; parts: ProfileRow[]; byGroup: ProfileRow[]; byFunction: ProfileRow[] } | { skipped: string };
}
