/**
 * Source validation before every build (and every rebuild in `npm start`): data files and
 * front matter against their schemas and each other. All problems stop the build together.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { resetSiteData } from "../data.ts";
import { resetGitDates } from "../git-dates.ts";
import { formatWarnings, ProblemsError } from "../problems.ts";
import { validateSources } from "../validate/index.ts";

/** Registers the validation hook. */
export default function validationPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode: "build" | "watch" | "serve" }) => {
    resetSiteData();
    resetGitDates();
    const report = await validateSources(process.cwd());
    if (report.problems.length > 0) throw new ProblemsError(report.problems);
    // scripts/build.ts prints the warnings of a production build itself, before Eleventy runs.
    if (runMode !== "build" && report.warnings.length > 0) console.warn(formatWarnings(report.warnings));
  });
  eleventyConfig.addWatchTarget("./_data/**/*.yaml");
  eleventyConfig.addWatchTarget("./lib/**/*.ts");
}
