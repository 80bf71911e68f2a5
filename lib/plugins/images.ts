/**
 * Images: every photo of `_data/images.yaml` is encoded (or found in the cache) once per
 * build, and the results enter the data cascade as `photos`, from where layouts and the
 * Markdown renderer take them; the cache is copied to `_site/img/`.
 *
 * Encoding happens in `eleventy.before`, not in the global data function: Eleventy starts
 * the passthrough copy before it computes global data, so files encoded there missed the
 * copy and a first build (empty cache, or a new photo) published pages without their images.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { deepFreeze, siteData } from "../load/data.ts";
import { runMode } from "../load/run-mode.ts";
import { IMAGE_CACHE_DIR, IMAGE_URL_PATH, processImages, type ProcessedImage } from "../render/images.ts";

/** Encodes the photos of the validated data and reports what it did. */
async function encodePhotos(): Promise<Record<string, ProcessedImage>> {
  const credits = Object.values(siteData().images);
  // Pruning is for one-shot builds only: in watch mode eleventy-img remembers which files exist.
  const { photos, stats } = await processImages(process.cwd(), credits, { prune: !runMode().preview });
  const removed = stats.removed.length > 0 ? `, ${stats.removed.length} veraltete entfernt` : "";
  console.log(`Bilder: ${credits.length} Fotos, ${stats.files} Dateien, ${stats.encoded.length} neu kodiert${removed}`);
  // Frozen, so the cascade shares the object with every page instead of copying it.
  return deepFreeze(photos);
}

/** Registers image processing. */
export default function imagesPlugin(eleventyConfig: UserConfig): void {
  let photos: Record<string, ProcessedImage> = {};
  // Runs after the validation hook (.eleventy.ts makes event handlers run in order), on every (re)build.
  eleventyConfig.on("eleventy.before", async () => {
    photos = await encodePhotos();
  });
  eleventyConfig.addGlobalData("photos", () => photos);
  eleventyConfig.addPassthroughCopy({ [IMAGE_CACHE_DIR]: IMAGE_URL_PATH.replace(/^\/|\/$/g, "") });
  eleventyConfig.addWatchTarget("./assets/images/");
}
