/**
 * The source validator: data files, pages, their HTML-free Markdown and their links
 * together, so one run reports every problem, sorted by file and line.
 */
import { loadSiteData, type SiteData } from "../data.ts";
import { showDrafts } from "../drafts.ts";
import { sortProblems, type Problem } from "../problems.ts";
import { linkProblems } from "./links.ts";
import { validatePages, type PageSource, type ValidPage } from "./pages.ts";
import { rawHtmlProblems } from "./raw-html.ts";

/** Result of checking all sources of the site. */
export interface SourceReport {
  data: SiteData | undefined;
  pages: ValidPage[];
  /** Every page whose body could be read, valid front matter or not. */
  sources: PageSource[];
  problems: Problem[];
}

/** Options for {@link validateSources}. */
export interface SourceOptions {
  /** Drafts are part of the run (preview); defaults to {@link showDrafts}. */
  drafts?: boolean;
}

/**
 * Validates `_data/*.yaml` and every page in `src/` below `root`. Links are checked only
 * when the data is valid, since topic addresses come from `_data/topics.yaml`.
 *
 * @example
 * const report = validateSources(process.cwd());
 * if (report.problems.length) throw new ProblemsError(report.problems);
 */
export function validateSources(root: string, options: SourceOptions = {}): SourceReport {
  const drafts = options.drafts ?? showDrafts();
  const { data, problems } = loadSiteData(root, { drafts });
  const pageReport = validatePages(root, data, { drafts });
  const bodyProblems = pageReport.sources.flatMap(rawHtmlProblems);
  const links = data ? linkProblems(root, pageReport.sources, data) : [];
  return {
    data,
    pages: pageReport.pages,
    sources: pageReport.sources,
    problems: sortProblems([...problems, ...pageReport.problems, ...bodyProblems, ...links]),
  };
}
