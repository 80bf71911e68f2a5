/** CSS and JS: bundle and hash before rendering; copy to `_site/assets/`. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { ASSET_CACHE_DIR, ASSET_URL_PATH, buildAssets } from "../render/assets.ts";

/** Registers the asset build. */
export default function assetsPlugin(eleventyConfig: UserConfig, options: { minify?: boolean } = {}): void {
  eleventyConfig.on("eleventy.before", async () => {
    await buildAssets(process.cwd(), { minify: options.minify ?? true });
  });
  eleventyConfig.addPassthroughCopy({ [ASSET_CACHE_DIR]: ASSET_URL_PATH.replace(/^\/|\/$/g, "") });
  eleventyConfig.addWatchTarget("./assets/css/");
  eleventyConfig.addWatchTarget("./assets/js/");
}
