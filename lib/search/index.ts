/**
 * Builds the Pagefind index of a built site into `<siteDir>/pagefind/`, with Pagefind's Node
 * API. The production build (`lib/build/search-prep.ts`, into the temporary folder before the
 * swap) and `npm start` after every rebuild (`buildSearchIndex`) use the same steps:
 *
 * 1. every page's search source (only its search body, see `html.ts`) and its words;
 * 2. how each distinct compound splits, against the vocabulary of all pages (`german.ts`);
 * 3. a copy of every page for the indexer (compound boundaries marked, description, type and
 *    topic added as metadata, see `metadata.ts`) in a temporary folder, which Pagefind then
 *    reads itself (`addDirectory`).
 *
 * The pages in the site stay as they are. Handing Pagefind a folder instead of each page
 * through its Node API (`addHTMLFile`) lets it read and parse on all cores: at 4,000 pages it
 * indexes in a third of the time and with half the memory. Two builds of the same site give
 * byte-identical bundles.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { searchTypeOfUrl } from "../content/index.ts";
import type { TopicTree } from "../content/topic-tree.ts";
import { buildVocabulary, CompoundSplitter, compoundCandidates, markCompoundsWith } from "./german.ts";
import { type SearchSource, scanPage, searchCopy, searchSourceOf } from "./html.ts";
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

/** What a page adds to the compound splitter: the folded words of its text and the words it may split. */
export interface SearchWords {
  /** Folded words of the indexed text (the vocabulary, see `german.ts`). */
  vocabulary: string[];
  /** Words of the text and the description the splitter is asked about. */
  candidates: string[];
}

/**
 * The words of one page's search source, each once.
 *
 * @example
 * searchWordsOf({ head: "", markup: ["", ""], texts: ["Die Partnerschaftsurkunde"], description: undefined })
 * // => { vocabulary: ["die", "partnerschaftsurkunde"], candidates: ["Partnerschaftsurkunde"] }
 */
export function searchWordsOf(source: SearchSource): SearchWords {
  const vocabulary = buildVocabulary(source.texts);
  const candidates = new Set<string>();
  for (const text of source.description === undefined ? source.texts : [...source.texts, source.description]) {
    for (const word of compoundCandidates(text)) candidates.add(word);
  }
  return { vocabulary: [...vocabulary], candidates: [...candidates] };
}

/**
 * How every compound of the site splits, decided once per distinct word against the
 * vocabulary of all pages; words that are no compound are left out.
 *
 * @example
 * compoundSplits([{ vocabulary: ["urkunde", "partnerschaft"], candidates: ["Partnerschaftsurkunde", "Urkunde"] }])
 * // => Map { "Partnerschaftsurkunde" => ["Partnerschafts", "urkunde"] }
 */
export function compoundSplits(pages: Iterable<{ vocabulary: Iterable<string>; candidates: Iterable<string> }>): Map<string, readonly string[]> {
  const vocabulary = new Set<string>();
  const candidates = new Set<string>();
  for (const page of pages) {
    for (const word of page.vocabulary) vocabulary.add(word);
    for (const word of page.candidates) candidates.add(word);
  }
  const splitter = new CompoundSplitter(vocabulary);
  const splits = new Map<string, readonly string[]>();
  for (const word of [...candidates].sort()) {
    const parts = splitter.split(word);
    if (parts.length > 1) splits.set(word, parts);
  }
  return splits;
}

/**
 * The copy of one page that the indexer reads: compounds marked in its text and description,
 * description, content type and topic added as metadata.
 *
 * @example
 * indexerCopy("themen/a/index.html", source, compoundSplits([searchWordsOf(source)]), "Fairer Handel")
 */
export function indexerCopy(file: string, source: SearchSource, splits: ReadonlyMap<string, readonly string[]>, topic: string | undefined): string {
  const mark = (text: string) => markCompoundsWith(text, (word) => splits.get(word) ?? [word]);
  const url = urlOfFile(file);
  const inject = searchMetaHtml({ description: source.description === undefined ? undefined : mark(source.description), topic, type: searchTypeOfUrl(url) });
  return searchCopy(source, mark, inject);
}

/**
 * A new empty folder for the indexer's copies (see {@link scratchFolder}).
 *
 * @example
 * const input = searchScratch(); // "/dev/shm/sez-suchindex-Ab12Cd"
 */
export function searchScratch(): string {
  return mkdtempSync(path.join(scratchFolder(), "sez-suchindex-"));
}

/**
 * Pagefind over a folder of indexer copies: the bundle goes to `<siteDir>/pagefind/`,
 * replacing an older one. Throws (in German) if Pagefind reports an error or reads another
 * number of pages than `pages`.
 *
 * @example
 * await writeSearchBundle("/dev/shm/sez-suchindex-Ab12Cd", ".site-next", 4073);
 */
export async function writeSearchBundle(inputDir: string, siteDir: string, pages: number): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  check("createIndex", errors);
  if (!index) throw new Error("Pagefind hat keinen Index angelegt.");
  try {
    // Pagefind makes each URL from the file's path in the folder, as it would in the site.
    const added = await index.addDirectory({ path: inputDir });
    check("addDirectory", added.errors);
    if (added.page_count !== pages) throw new Error(`Pagefind hat ${added.page_count} von ${pages} Seiten gelesen.`);
    const outputPath = path.join(siteDir, SEARCH_BUNDLE_DIR);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    check("writeFiles", written.errors);
    for (const file of UNUSED_FILES) rmSync(path.join(outputPath, file), { force: true });
  } finally {
    // Stops Pagefind's background process, so a build can exit; the next run starts it again.
    await pagefind.close();
  }
}

/**
 * Writes one indexer copy below the scratch folder, at the page's own path.
 *
 * @example
 * writeIndexerCopy(input, "kontakt/index.html", "<!doctype html>...");
 */
export function writeIndexerCopy(inputDir: string, file: string, html: string): void {
  const target = path.join(inputDir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, html);
}

/** One page's search source and words, with the file's size and time they were read at. */
interface CachedSource {
  mtimeMs: number;
  size: number;
  source: SearchSource | undefined;
  words: ReturnType<typeof searchWordsOf> | undefined;
}

/**
 * What `npm start` keeps between its index runs, by absolute file: after one change, only the
 * pages Eleventy wrote again are read and parsed again (at 4,000 pages the parse of every page
 * held the main thread for seconds, and a change saved meanwhile waited for it).
 */
export type SearchSourceCache = Map<string, CachedSource>;

/** A page's search source, read again only if the file's size or time changed since `cache` saw it. */
function cachedSource(file: string, cache: SearchSourceCache | undefined): CachedSource {
  const { mtimeMs, size } = statSync(file);
  const known = cache?.get(file);
  if (known && known.mtimeMs === mtimeMs && known.size === size) return known;
  const html = readFileSync(file, "utf8");
  const source = searchSourceOf(html, scanPage(html));
  const entry = { mtimeMs, size, source, words: source ? searchWordsOf(source) : undefined };
  cache?.set(file, entry);
  return entry;
}

/**
 * Indexes every page of `siteDir` that has a `data-pagefind-body` and writes the bundle to
 * `<siteDir>/pagefind/`, replacing an older one: the straightforward way, one page after the
 * other from the files (used by `npm start`; the production build prepares the same copies
 * in its page pass, `lib/build/search-prep.ts`). Throws (in German) if Pagefind reports an error.
 * With a `cache` kept between runs, unchanged pages are not read again.
 *
 * @example
 * const report = await buildSearchIndex(".site-next", siteData().topics);
 * // => { pages: 17, compounds: 78, milliseconds: 640 }
 */
export async function buildSearchIndex(siteDir: string, topics: TopicTree, cache?: SearchSourceCache): Promise<SearchIndexReport> {
  const started = performance.now();
  const sources = listHtmlFiles(siteDir).flatMap((file) => {
    const entry = cachedSource(path.join(siteDir, file), cache);
    return entry.source ? [{ file, source: entry.source, words: entry.words! }] : [];
  });
  const splits = compoundSplits(sources.map(({ words }) => words));
  const input = searchScratch();
  try {
    for (const { file, source } of sources) writeIndexerCopy(input, file, indexerCopy(file, source, splits, topicOfUrl(urlOfFile(file), topics)));
    await writeSearchBundle(input, siteDir, sources.length);
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
  return { pages: sources.length, compounds: splits.size, milliseconds: Math.round(performance.now() - started) };
}
