/**
 * Source validation before every build (and every rebuild in `npm start`): data files, front
 * matter, Markdown (no HTML) and links against their schemas and each other. All problems
 * stop the build together, before anything is written; the preview also hands them to its
 * error overlay (`lib/plugins/dev-errors.ts`). Data files are read again only when they
 * changed and Markdown bodies parsed only when their text is new, so a watch rebuild costs
 * little; the production build's render child skips it (its parent validates).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { setDevStatus } from "../dev/status.ts";
import { resetGitDates } from "../load/git-dates.ts";
import { runMode } from "../load/run-mode.ts";
import { formatProblems, formatWarnings, ProblemsError } from "../shared/problems.ts";
import { validateSources } from "../validate/index.ts";

/** The headline's second sentence in the preview. */
export const PREVIEW_STAYS = "Die Vorschau zeigt weiter die letzte fehlerfreie Fassung.";

/** Registers the validation hook. */
export default function validationPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.before", async () => {
    resetGitDates();
    const mode = runMode();
    const preview = mode.preview;
    // scripts/build.ts validates the same sources in the parent process while this one renders.
    if (mode.validatedByParent) return;
    const report = await validateSources(process.cwd(), { drafts: mode.drafts, forEleventy: true });
    if (preview) {
      setDevStatus({
        problems: report.problems,
        text: report.problems.length > 0 ? formatProblems(report.problems, PREVIEW_STAYS) : "",
        drafts: report.sources.filter((s) => s.draft).map((s) => s.url),
      });
    }
    if (report.problems.length > 0) throw new ProblemsError(report.problems, preview ? PREVIEW_STAYS : undefined);
    // scripts/build.ts prints the warnings of a production build itself, before Eleventy runs.
    if (preview && report.warnings.length > 0) console.warn(formatWarnings(report.warnings));
  });
  eleventyConfig.addWatchTarget("./_data/**/*.yaml");
  eleventyConfig.addWatchTarget("./lib/**/*.ts");
}
