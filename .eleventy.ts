/**
 * Eleventy configuration: a table of contents. Each concern is one plugin in `lib/plugins/`;
 * ARCHITECTURE.md explains how data flows through them.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import assetsPlugin from "./lib/plugins/assets.ts";
import contentPlugin from "./lib/plugins/content.ts";
import confinePlugin from "./lib/plugins/confine.ts";
import devErrorsPlugin from "./lib/plugins/dev-errors.ts";
import feedsPlugin from "./lib/plugins/feeds.ts";
import imagesPlugin from "./lib/plugins/images.ts";
import markdownPlugin from "./lib/plugins/markdown.ts";
import publicationsPlugin from "./lib/plugins/publications.ts";
import searchPlugin from "./lib/plugins/search.ts";
import typescriptPlugin from "./lib/plugins/typescript.ts";
import validationPlugin from "./lib/plugins/validation.ts";

export default function (eleventyConfig: UserConfig) {
  // `eleventy.before` handlers run one after another in the order below: sources are
  // validated before the photos are encoded from them.
  eleventyConfig.setEventEmitterMode("sequential");

  // Sources: validated before anything renders; the preview shows their errors in the browser.
  eleventyConfig.addPlugin(validationPlugin);
  eleventyConfig.addPlugin(devErrorsPlugin);
  eleventyConfig.addPlugin(confinePlugin);

  // Content types (lib/content/): layout, address, title, drafts and collection of every Markdown page.
  eleventyConfig.addPlugin(contentPlugin);
  eleventyConfig.addPlugin(feedsPlugin);

  // Templates: TSX layouts (escaping), Markdown content, TS data.
  eleventyConfig.addPlugin(typescriptPlugin);
  eleventyConfig.addPlugin(markdownPlugin);

  // Assets: photos, CSS and client JS.
  eleventyConfig.addPlugin(imagesPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(publicationsPlugin);

  // Search: Pagefind index after each rebuild in `npm start` (the production build indexes in lib/build/search-index.ts).
  eleventyConfig.addPlugin(searchPlugin);

  eleventyConfig.setQuietMode(true);
}

export const config = {
  // Editors write Markdown, not Liquid: "{{" in a text stays text and never breaks a build.
  // Nunjucks only for the feed template that @11ty/eleventy-plugin-rss adds (lib/plugins/feeds.ts);
  // the validator refuses .njk files in src/.
  templateFormats: ["md", "11ty.tsx", "njk"],
  dir: { input: "src", includes: "../_includes", data: "../_data" },
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
};
