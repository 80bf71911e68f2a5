/**
 * Source validation before every build (and every rebuild in `npm start`): data files and
 * front matter against their schemas and each other. All problems stop the build together.
 * Only files changed since the last check are read again, so this costs little in a build
 * (where `scripts/build.ts` has just validated) and in a watch rebuild.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { resetGitDates } from "../git-dates.ts";
import { ProblemsError } from "../problems.ts";
import { validateSources } from "../validate/index.ts";

/** Registers the validation hook. */
export default function validationPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.before", () => {
    resetGitDates();
    const report = validateSources(process.cwd());
    if (report.problems.length > 0) throw new ProblemsError(report.problems);
  });
  eleventyConfig.addWatchTarget("./_data/**/*.yaml");
  eleventyConfig.addWatchTarget("./lib/**/*.ts");
}
