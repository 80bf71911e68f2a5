/**
 * What the post-build steps share. `scripts/build.ts` runs Eleventy into `.site-next/`, then
 * each {@link BuildStep} in order; any problem from a step stops the build before the swap.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { PageAnalysis } from "../check/html.ts";
import type { Problem } from "../shared/problems.ts";
import type { Site } from "../schemas/site.ts";
import type { ValidPage } from "../validate/pages.ts";
import type { WorkerPool } from "./pool.ts";
import type { PagePassStart } from "./process-pages.ts";

/** A page Eleventy wrote. */
export interface BuiltPage {
  url: string;
  /** Source file relative to the project, e.g. `src/kontakt.md`. */
  inputPath: string;
  /** Output file relative to the output folder, e.g. `kontakt/index.html`. */
  file: string;
}

/** What the page pass learned about one HTML file. */
export interface PageReport extends PageAnalysis {
  file: string;
  /** Size of the page as published. */
  bytes: number;
}

/** The state the steps share. */
export interface BuildContext {
  /** Project folder. */
  root: string;
  /** Output folder being built (`.site-next/`). */
  outDir: string;
  site: Site;
  /** Markdown pages with their validated front matter, by source path. */
  sources: ReadonlyMap<string, ValidPage>;
  /** Pages Eleventy wrote. */
  pages: readonly BuiltPage[];
  /** Filled by the page pass: one report per HTML file. */
  reports: Map<string, PageReport>;
  /** The page workers; the search step closes it before Pagefind starts (closing twice is harmless). */
  pool: WorkerPool;
  /** The page pass as started during the render (`process-pages.ts`). */
  pagePass: PagePassStart;
  /** Filled by the page pass: the pages with an indexed body, and their words, merged. */
  search: SearchWordsOfSite;
  /** Notes printed after a successful build. */
  notes: string[];
}

/** The pages the index gets and their words, merged as the page pass returns them (distinct words only, not one list per page). */
export interface SearchWordsOfSite {
  files: string[];
  vocabulary: Set<string>;
  candidates: Set<string>;
}

/** One post-build step: returns the problems it found (none: the build goes on). */
export interface BuildStep {
  /** Shown in the build's timing line. */
  name: string;
  run(context: BuildContext): Promise<Problem[]>;
}

/**
 * Every file below `dir`, relative, with forward slashes, sorted (stable across builds).
 *
 * @example
 * listFiles(".site-next") // => ["404.html", "assets/main.1a2b3c4d5e.css", ...]
 */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * A path relative to the project with forward slashes and without `./`.
 *
 * @example
 * projectPath("/work/site", "./src/kontakt.md") // => "src/kontakt.md"
 */
export function projectPath(root: string, file: string): string {
  return path.relative(root, path.resolve(root, file)).split(path.sep).join("/");
}
