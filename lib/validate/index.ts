/**
 * The source validator: data files and pages together, so one run reports every problem.
 */
import { loadSiteData, type SiteData } from "../data.ts";
import { sortProblems, type Problem } from "../problems.ts";
import { validatePages, type ValidPage } from "./pages.ts";

/** Result of checking all sources of the site. */
export interface SourceReport {
  data: SiteData | undefined;
  pages: ValidPage[];
  problems: Problem[];
}

/**
 * Validates `_data/*.yaml` and every page in `src/` below `root`.
 *
 * @example
 * const report = validateSources(process.cwd());
 * if (report.problems.length) throw new ProblemsError(report.problems);
 */
export function validateSources(root: string): SourceReport {
  const { data, problems } = loadSiteData(root);
  const pageReport = validatePages(root, data);
  return { data, pages: pageReport.pages, problems: sortProblems([...problems, ...pageReport.problems]) };
}
