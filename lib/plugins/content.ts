/**
 * Content types in Eleventy (`lib/content/`): for every Markdown page, its type decides the
 * layout (unless the front matter names one), its address, its title and further fields where
 * the type derives them; drafts are left out of the production build (no output, no
 * collection, so neither sitemap nor search nor navigation lists them). Nothing here knows a
 * type by name. The collection a page belongs to comes from its folder's data file
 * (`src/<folder>/<folder>.11tydata.ts`, lib/content/collections.ts), so that Eleventy knows it
 * before it builds and rebuilds in `npm start` only the lists a changed page is on.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { CONTENT_TYPES, contentTypeOf } from "../content/index.ts";
import type { AnyContentType } from "../content/types.ts";
import { siteData } from "../load/data.ts";
import { lastUpdated } from "../load/git-dates.ts";
import { runMode } from "../load/run-mode.ts";

/** What the plugin reads of a template's data. */
interface PageData {
  draft?: unknown;
  layout?: unknown;
  permalink?: unknown;
  title?: unknown;
  updated?: string;
  page: { inputPath: string; fileSlug: string };
  [key: string]: unknown;
}

/**
 * The path of a template below `src/`, for Markdown files only.
 *
 * @example
 * sourceRelative("./src/themen/fairer-handel.md") // => "themen/fairer-handel.md"
 * sourceRelative("./src/suche.11ty.tsx")          // => undefined
 */
export function sourceRelative(inputPath: string): string | undefined {
  const relative = path.posix.relative("src", inputPath.replace(/^\.\//, ""));
  return relative.endsWith(".md") && !relative.startsWith("..") ? relative : undefined;
}

/** The content type of a template and its path below `src/`, if it is a Markdown page. */
function typed(data: PageData): { type: AnyContentType; relative: string } | undefined {
  const relative = sourceRelative(data.page.inputPath);
  const type = relative ? contentTypeOf(relative) : undefined;
  return type && relative ? { type, relative } : undefined;
}

/**
 * Whether a page is left out of this run.
 *
 * @example
 * isLeftOut({ draft: true }, false, () => false) // => true
 * isLeftOut({ draft: true }, true, () => false)  // => false (preview)
 */
export function isLeftOut(data: { draft?: unknown }, drafts: boolean, leftOutByType: () => boolean): boolean {
  if (drafts) return false;
  return data.draft === true || leftOutByType();
}

/** Registers layout, address, title and drafts of every content type. */
export default function contentPlugin(eleventyConfig: UserConfig): void {
  // Preprocessors run once per template before its address and computed data are worked out,
  // and their changes to the data are what collections and layouts see; returning false makes
  // Eleventy skip the template completely. (Computed data could not set the layout, and a
  // global computed permalink would also reach the paginated list templates.)
  eleventyConfig.addPreprocessor("content", "md", (data: PageData) => {
    const found = typed(data);
    if (!found) return undefined;
    const mode = runMode();
    const site = siteData();
    const leftOut = () => found.type.leftOut?.({ slug: data.page.fileSlug, frontMatter: data }, site, mode.today) !== undefined;
    if (isLeftOut(data, mode.drafts, leftOut)) return false;
    const computed = found.type.computed?.({ relative: found.relative, slug: data.page.fileSlug, frontMatter: data }, site) ?? {};
    data.contentType = found.type.id;
    data.layout ??= found.type.layout(data);
    if (computed.url) data.permalink = computed.url;
    if (computed.title) data.title = computed.title;
    Object.assign(data, computed.fields);
    data.lastUpdated = lastUpdated(data.page.inputPath, data.updated, process.cwd());
    return undefined;
  });

  // Date-derived content (events, deadlines) compares with this day; tests fix it (SEZ_TODAY).
  eleventyConfig.addGlobalData("today", () => runMode().today);

  for (const layout of new Set(CONTENT_TYPES.flatMap((type) => type.layouts))) eleventyConfig.addLayoutAlias(layout, `layouts/${layout}.11ty.tsx`);
}
