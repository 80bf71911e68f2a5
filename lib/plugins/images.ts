/** Images: encode every photo into the cache before rendering; copy the cache to `_site/img/`. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { siteData } from "../load/data.ts";
import { IMAGE_CACHE_DIR, IMAGE_URL_PATH, processImages } from "../render/images.ts";

/** Registers image processing. */
export default function imagesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode: "build" | "watch" | "serve" }) => {
    const credits = Object.values(siteData().images);
    const stats = await processImages(process.cwd(), credits, { prune: runMode === "build" });
    const removed = stats.removed.length > 0 ? `, ${stats.removed.length} veraltete entfernt` : "";
    console.log(`Bilder: ${credits.length} Fotos, ${stats.files} Dateien, ${stats.encoded.length} neu kodiert${removed}`);
  });
  eleventyConfig.addPassthroughCopy({ [IMAGE_CACHE_DIR]: IMAGE_URL_PATH.replace(/^\/|\/$/g, "") });
  eleventyConfig.addWatchTarget("./assets/images/");
}
