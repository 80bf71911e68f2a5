/**
 * The news feed `/aktuelles/feed.xml` (Atom, the newest twenty articles with their full text and
 * absolute https addresses), made by @11ty/eleventy-plugin-rss from the `news` collection.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { FEED_SIZE, NEWS_FEED_URL } from "../content/news.ts";
import { loadSiteDataCached } from "../load/data.ts";

/** Registers the feed. */
export default function feedsPlugin(eleventyConfig: UserConfig): void {
  // The configuration is read before validation runs; with invalid data the build stops there,
  // so these fallbacks never reach a published feed.
  const site = loadSiteDataCached(process.cwd()).data?.site;
  eleventyConfig.addPlugin(feedPlugin, {
    type: "atom",
    outputPath: NEWS_FEED_URL,
    collection: { name: "news", limit: FEED_SIZE },
    metadata: {
      language: "de",
      title: `Aktuelles der ${site?.shortName ?? "SEZ"}`,
      subtitle: `Meldungen und Pressemitteilungen der ${site?.name ?? "SEZ"}`,
      base: `${site?.url ?? "https://www.sez.de"}/`,
      author: { name: site?.name ?? "SEZ" },
    },
  });
}
