/** `sitemap.xml`: every listed page with the date of its last update. */

/** One page in the sitemap. */
export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** Date of the last update, `JJJJ-MM-TT`. */
  lastmod?: string | undefined;
}

/**
 * Escapes text for XML content.
 *
 * @example
 * xmlEscape("a&b<c") // => "a&amp;b&lt;c"
 */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * The sitemap document, sorted by URL so two builds write the same bytes.
 *
 * @example
 * sitemapXml([{ loc: "https://www.sez.de/", lastmod: "2026-11-20" }])
 * // => '<?xml version="1.0" encoding="UTF-8"?>\n<urlset ...>\n<url><loc>https://www.sez.de/</loc><lastmod>2026-11-20</lastmod></url>\n</urlset>\n'
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = [...entries]
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .map((entry) => `<url><loc>${xmlEscape(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${xmlEscape(entry.lastmod)}</lastmod>` : ""}</url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, "</urlset>", ""].join("\n");
}

/**
 * `robots.txt`: everything may be crawled except Pagefind's index files, and the sitemap's
 * address.
 *
 * @example
 * robotsTxt("https://www.sez.de") // => "User-agent: *\nDisallow: /pagefind/\nDisallow: /admin/\n\nSitemap: https://www.sez.de/sitemap.xml\n"
 */
export function robotsTxt(origin: string): string {
  return `User-agent: *\nDisallow: /pagefind/\nDisallow: /admin/\n\nSitemap: ${origin}/sitemap.xml\n`;
}
