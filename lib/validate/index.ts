/**
 * The source validator: data files, pages, their HTML-free Markdown, their links and the
 * photos together, so one run reports every problem, sorted by file and line. Warnings (e.g.
 * a photo credit no page uses) come in a separate list: printed, but they do not stop the build.
 */
import { loadSiteDataCached, type SiteData } from "../load/data.ts";
import { generatedUrlsOf } from "../content/index.ts";
import { runMode } from "../load/run-mode.ts";
import { sortProblems, type Problem } from "../shared/problems.ts";
import { validateImages } from "./images.ts";
import { linkProblems } from "./links.ts";
import { checkPlaceholders } from "./placeholders.ts";
import { validatePages, type PageSource, type ValidPage } from "./pages.ts";
import { publicationProblems } from "./publications.ts";
import { rawHtmlProblems } from "./raw-html.ts";
import { sourceFileProblems } from "./paths.ts";
import { textProblems } from "./text.ts";

/** Result of checking all sources of the site. */
export interface SourceReport {
  data: SiteData | undefined;
  pages: ValidPage[];
  /** Every page whose body could be read, valid front matter or not. */
  sources: PageSource[];
  /** Mistakes that stop the build. */
  problems: Problem[];
  /** Findings an editor should look at; the build continues. */
  warnings: Problem[];
  /** Lines for the build's output, e.g. how many stand-ins and samples remain. */
  notes: string[];
}

/** Options for {@link validateSources}. */
export interface SourceOptions {
  /** Drafts are part of the run (preview); defaults to the run mode's. */
  drafts?: boolean;
  /** Eleventy renders next in this process (see `ValidateOptions.forEleventy`). */
  forEleventy?: boolean;
}

/**
 * Validates `_data/*.yaml`, every page in `src/` and every photo below `root`. Links are
 * checked only when the data is valid, since topic addresses come from `_data/topics.yaml`.
 * Unchanged data files and pages are not read again (see {@link loadSiteDataCached}).
 *
 * @example
 * const report = await validateSources(process.cwd());
 * if (report.problems.length) throw new ProblemsError(report.problems);
 * if (report.warnings.length) console.warn(formatWarnings(report.warnings));
 */
export async function validateSources(root: string, options: SourceOptions = {}): Promise<SourceReport> {
  const drafts = options.drafts ?? runMode().drafts;
  const { data, problems } = loadSiteDataCached(root, { drafts });
  const pageReport = validatePages(root, data, { drafts, forEleventy: options.forEleventy ?? false });
  const bodyProblems = [...pageReport.sources.flatMap(rawHtmlProblems), ...pageReport.sources.flatMap(textProblems)];
  const generated = generatedUrlsOf(pageReport.pages.filter((page) => page.published));
  const links = data ? linkProblems(root, pageReport.sources, data, generated) : [];
  const imageReport = await validateImages(root, data, pageReport.pages);
  const placeholders = data && checkPlaceholders(root, data.images, pageReport.pages, runMode().refusePlaceholders);
  const pdfs = await publicationProblems(root, pageReport.pages);
  return {
    data,
    pages: pageReport.pages,
    sources: pageReport.sources,
    problems: sortProblems([...problems, ...sourceFileProblems(root), ...pageReport.problems, ...bodyProblems, ...links, ...imageReport.problems, ...(placeholders?.problems ?? []), ...pdfs]),
    warnings: sortProblems([...pageReport.notices, ...imageReport.warnings]),
    notes: placeholders?.notes ?? [],
  };
}
