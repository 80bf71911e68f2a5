/** Images: encode every photo into the cache before rendering; copy the cache to `_site/img/`. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { siteData } from "../data.ts";
import { IMAGE_CACHE_DIR, IMAGE_URL_PATH, processImages } from "../images.ts";

/** Registers image processing. */
export default function imagesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.before", async () => {
    await processImages(process.cwd(), Object.values(siteData().images));
  });
  eleventyConfig.addPassthroughCopy({ [IMAGE_CACHE_DIR]: IMAGE_URL_PATH.replace(/^\/|\/$/g, "") });
  eleventyConfig.addWatchTarget("./assets/images/");
}
