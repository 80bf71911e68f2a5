/**
 * Every page URL of the built `_site/`, for tests that sweep the whole site. The sitemap is
 * the authority when it exists; without one, every `index.html` below `_site/` is a page.
 * The 404 page is in no sitemap, so it is always added.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The built site, relative to the project root (Playwright runs there). */
export const SITE_DIR = "_site";

/** The URL of the error page, served for unknown addresses. */
export const NOT_FOUND_URL = "/404.html";

/**
 * The paths of all `<loc>` entries of a sitemap, whatever origin the sitemap names.
 *
 * @example
 * urlsFromSitemap("<urlset><url><loc>https://www.sez.de/kontakt/</loc></url></urlset>") // => ["/kontakt/"]
 */
export function urlsFromSitemap(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => new URL(match[1]!.replace(/&amp;/g, "&")).pathname);
}

/**
 * The URL of every `index.html` below `dir`, found by walking the folder tree.
 *
 * @example
 * urlsFromDirectory("_site") // => ["/", "/barrierefreiheit/", ..., "/themen/"]
 */
export function urlsFromDirectory(dir: string, base = "/"): string[] {
  const urls: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) urls.push(...urlsFromDirectory(path.join(dir, entry.name), `${base}${entry.name}/`));
    else if (entry.name === "index.html") urls.push(base);
  }
  return urls;
}

/**
 * All page URLs of the built site, sorted, the 404 page included; throws if nothing is built,
 * because a sweep over no pages would prove nothing.
 *
 * @example
 * siteUrls() // => ["/", "/404.html", "/barrierefreiheit/", ...]
 */
export function siteUrls(dir = SITE_DIR): string[] {
  const sitemap = path.join(dir, "sitemap.xml");
  const pages = existsSync(sitemap) ? urlsFromSitemap(readFileSync(sitemap, "utf8")) : existsSync(dir) ? urlsFromDirectory(dir) : [];
  if (pages.length === 0) throw new Error(`Keine Seiten in ${dir}/ gefunden: erst "npm run build" ausführen.`);
  return [...new Set([...pages, NOT_FOUND_URL])].sort();
}
