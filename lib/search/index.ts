/**
 * Builds the Pagefind index of a built site into `<siteDir>/pagefind/`, with Pagefind's Node
 * API. Used by the production build (into the temporary folder, before the swap) and by
 * `npm start` after every rebuild.
 *
 * Two passes over the pages: the first collects the vocabulary of the indexed text, the second
 * writes a copy of every page for the indexer (only its search body, compound boundaries
 * marked, description and topic added as metadata; see `html.ts`, `german.ts` and
 * `metadata.ts`) into a temporary folder, which Pagefind then reads itself (`addDirectory`).
 * The pages in the site stay as they are. Handing Pagefind a folder instead of each page
 * through its Node API (`addHTMLFile`) lets it read and parse on all cores: at 4,000 pages it
 * indexes in a third of the time and with half the memory. Two builds of the same site give
 * byte-identical bundles.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { searchTypeOfUrl } from "../content/index.ts";
import type { TopicTree } from "../content/topic-tree.ts";
import { buildVocabulary, CompoundSplitter } from "./german.ts";
import { withoutSoftHyphens } from "../shared/soft-hyphen.ts";
import { rewritePage, scanPage } from "./html.ts";
import { searchMetaHtml, topicOfUrl, urlOfFile } from "./metadata.ts";

/** Folder of the index inside the site, and its URL path. */
export const SEARCH_BUNDLE_DIR = "pagefind";

/**
 * Content Pagefind should skip although it sits in the article: the topic cards
 * (`_includes/components/topic-cards.tsx`) only repeat the teasers of other pages, which would
 * make the start page and the overview outrank the pages themselves.
 */
export const EXCLUDE_SELECTORS = [".cards"];

/**
 * Files Pagefind writes that the site does not use: its older UIs, and the Component UI, which
 * the search page bundles itself from `@pagefind/component-ui`.
 */
const UNUSED_FILES = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css"];

/**
 * Where the indexer's copies go: a folder in memory (`/dev/shm` on Linux) where there is one,
 * since a build has just written hundreds of megabytes and more disk writes would queue
 * behind them (at 4,000 pages: 1 s in memory against 3.8 s on disk); else the system's
 * temporary folder.
 *
 * @example
 * scratchFolder() // => "/dev/shm" on Linux
 */
export function scratchFolder(): string {
  return existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
}

/** What one index run did. */
export interface SearchIndexReport {
  pages: number;
  compounds: number;
  milliseconds: number;
}

/**
 * All HTML files below a folder, relative and sorted, without the search bundle itself.
 *
 * @example
 * listHtmlFiles("_site") // => ["404.html", "index.html", "kontakt/index.html", ...]
 */
export function listHtmlFiles(root: string, dir = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (relative !== SEARCH_BUNDLE_DIR) files.push(...listHtmlFiles(root, relative));
    } else if (entry.name.endsWith(".html")) files.push(relative);
  }
  return files.sort();
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind meldet beim Schritt "${step}" Fehler:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
}

/**
 * Indexes every page of `siteDir` that has a `data-pagefind-body` and writes the bundle to
 * `<siteDir>/pagefind/`, replacing an older one. Throws (in German) if Pagefind reports an error.
 *
 * @example
 * const report = await buildSearchIndex(".site-next", siteData().topics);
 * // => { pages: 17, compounds: 78, milliseconds: 640 }
 */
export async function buildSearchIndex(siteDir: string, topics: TopicTree): Promise<SearchIndexReport> {
  const started = performance.now();
  // The page stays with its scan: the scan's text runs are slices of it and keep it in memory anyway.
  const pages = listHtmlFiles(siteDir).flatMap((file) => {
    // The page pass put soft hyphens into long words; the index, its excerpts and the compound splitter read the words whole.
    const html = withoutSoftHyphens(readFileSync(path.join(siteDir, file), "utf8"));
    const scan = scanPage(html);
    return scan.bodyStart === undefined ? [] : [{ file, html, scan }];
  });
  const splitter = new CompoundSplitter(buildVocabulary(pages.flatMap(({ scan }) => scan.texts.map((t) => t.text))));

  const input = mkdtempSync(path.join(scratchFolder(), "sez-suchindex-"));
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  check("createIndex", errors);
  if (!index) throw new Error("Pagefind hat keinen Index angelegt.");
  try {
    const mark = (text: string) => splitter.markCompounds(text);
    for (const { file, html, scan } of pages) {
      const description = scan.description === undefined ? undefined : mark(scan.description);
      const url = urlOfFile(file);
      const inject = searchMetaHtml({ description, topic: topicOfUrl(url, topics), type: searchTypeOfUrl(url) });
      const target = path.join(input, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, rewritePage(html, scan, mark, inject));
    }
    // Pagefind makes each URL from the file's path in the folder, as it would in the site.
    const added = await index.addDirectory({ path: input });
    check("addDirectory", added.errors);
    if (added.page_count !== pages.length) throw new Error(`Pagefind hat ${added.page_count} von ${pages.length} Seiten gelesen.`);
    const outputPath = path.join(siteDir, SEARCH_BUNDLE_DIR);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    check("writeFiles", written.errors);
    for (const file of UNUSED_FILES) rmSync(path.join(outputPath, file), { force: true });
  } finally {
    // Stops Pagefind's background process, so a build can exit; the next run starts it again.
    await pagefind.close();
    rmSync(input, { recursive: true, force: true });
  }
  return { pages: pages.length, compounds: splitter.compoundCount, milliseconds: Math.round(performance.now() - started) };
}
