/**
 * A cache for the page pass, kept in `.cache/pages/` between builds: a page whose rendered
 * HTML has not changed is not hyphenated, scanned and analysed again. The key is the SHA-256
 * of the HTML; the folder is named after everything else the result depends on (the code of
 * the pass and the versions of its libraries), so a change to any of them starts an empty cache.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PageReport } from "./context.ts";
import type { SearchSource } from "../search/html.ts";

/** Where the page cache lives, relative to the project. */
export const PAGE_CACHE_DIR = ".cache/pages";

/** Source files whose code decides a cached result. */
const PASS_SOURCES = ["lib/build/page-pass.ts", "lib/build/hyphenate.ts", "lib/render/html-pass.ts", "lib/search/html.ts", "lib/check/html.ts"];
const LIBRARIES = ["htmlparser2", "hyphen"];

/** A cached result of one page. */
export interface CachedPage {
  html: string;
  report: Omit<PageReport, "file">;
  /** The page's search source; null if it has no indexed body. */
  search: SearchSource | null;
}

/**
 * The name of the cache folder for the current code, configuration and libraries.
 *
 * @example
 * cacheSalt(process.cwd()) // => "3f1c0a9b2e7d4c51"
 */
export function cacheSalt(root: string): string {
  const hash = createHash("sha256");
  for (const file of PASS_SOURCES) hash.update(file).update(readFileSync(path.join(root, file)));
  for (const name of LIBRARIES) {
    const manifest = path.join(root, "node_modules", name, "package.json");
    hash.update(name).update(existsSync(manifest) ? String((JSON.parse(readFileSync(manifest, "utf8")) as { version?: string }).version) : "?");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The key of a page's HTML.
 *
 * @example
 * pageKey("<!doctype html>") // => 64 hex characters
 */
export function pageKey(html: string): string {
  return createHash("sha256").update(html).digest("hex");
}

/**
 * Prepares the cache folder for this salt and removes folders of other salts.
 *
 * @example
 * const dir = openPageCache(root, cacheSalt(root)); // ".../.cache/pages/3f1c0a9b2e7d4c51"
 */
export function openPageCache(root: string, salt: string): string {
  const base = path.join(root, PAGE_CACHE_DIR);
  if (existsSync(base)) for (const name of readdirSync(base)) if (name !== salt) rmSync(path.join(base, name), { recursive: true, force: true });
  const dir = path.join(base, salt);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Reads a cached page, if there is one. */
export function readCachedPage(dir: string, key: string): CachedPage | undefined {
  const file = path.join(dir, `${key}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as CachedPage) : undefined;
}

/** Writes a cached page atomically (a crashed build leaves no half-written entry). */
export function writeCachedPage(dir: string, key: string, page: CachedPage): void {
  const file = path.join(dir, `${key}.json`);
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, JSON.stringify(page));
  renameSync(temporary, file);
}

/**
 * Removes entries this build did not use, so the cache holds one build's pages.
 *
 * @example
 * prunePageCache(dir, new Set(keys)) // => number of removed entries
 */
export function prunePageCache(dir: string, used: ReadonlySet<string>): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (used.has(name.replace(/\.json$/, ""))) continue;
    rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
