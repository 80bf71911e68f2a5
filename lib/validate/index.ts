/**
 * The source validator: data files and pages together, so one run reports every problem.
 */
import { loadSiteDataCached, type SiteData } from "../data.ts";
import { sortProblems, type Problem } from "../problems.ts";
import { validatePages, type ValidPage } from "./pages.ts";

/** Result of checking all sources of the site. */
export interface SourceReport {
  data: SiteData | undefined;
  pages: ValidPage[];
  problems: Problem[];
}

/**
 * Validates `_data/*.yaml` and every page in `src/` below `root`. Unchanged data files and
 * pages are not read again (see {@link loadSiteDataCached} and `validatePages`).
 *
 * @example
 * const report = validateSources(process.cwd());
 * if (report.problems.length) throw new ProblemsError(report.problems);
 */
export function validateSources(root: string): SourceReport {
  const { data, problems } = loadSiteDataCached(root);
  const pageReport = validatePages(root, data);
  return { data, pages: pageReport.pages, problems: sortProblems([...problems, ...pageReport.problems]) };
}
