/**
 * The source validator: data files, pages and photos together, so one run reports every
 * problem. Warnings (e.g. a photo credit no page uses) come in a separate list: they are
 * printed, but do not stop the build.
 */
import { loadSiteData, type SiteData } from "../data.ts";
import { sortProblems, type Problem } from "../problems.ts";
import { validateImages } from "./images.ts";
import { validatePages, type ValidPage } from "./pages.ts";

/** Result of checking all sources of the site. */
export interface SourceReport {
  data: SiteData | undefined;
  pages: ValidPage[];
  /** Mistakes that stop the build. */
  problems: Problem[];
  /** Findings an editor should look at; the build continues. */
  warnings: Problem[];
}

/**
 * Validates `_data/*.yaml`, every page in `src/` and every photo below `root`.
 *
 * @example
 * const report = await validateSources(process.cwd());
 * if (report.problems.length) throw new ProblemsError(report.problems);
 * if (report.warnings.length) console.warn(formatWarnings(report.warnings));
 */
export async function validateSources(root: string): Promise<SourceReport> {
  const { data, problems } = loadSiteData(root);
  const pageReport = validatePages(root, data);
  const imageReport = await validateImages(root, data, pageReport.pages);
  return {
    data,
    pages: pageReport.pages,
    problems: sortProblems([...problems, ...pageReport.problems, ...imageReport.problems]),
    warnings: sortProblems(imageReport.warnings),
  };
}
