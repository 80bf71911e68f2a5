/**
 * The publications' PDFs: copied from `assets/publikationen/` to `/dateien/publikationen/`
 * (see `PDF_URL_DIR`).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { PDF_DIR, PDF_URL_DIR } from "../shared/paths.ts";

/** Registers the copy of the PDFs. */
export default function publicationsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ [PDF_DIR]: PDF_URL_DIR.slice(1) });
  eleventyConfig.addWatchTarget(`${PDF_DIR}/`);
}
