/**
 * Content types in Eleventy (`lib/content/`): for every Markdown page, its type decides the
 * layout (unless the front matter names one), its address, its title where the type derives
 * it, and the collection it belongs to; drafts are left out of the production build (no
 * output, no collection, so neither sitemap nor search nor navigation lists them). Nothing
 * here knows a type by name.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { CONTENT_TYPES, contentTypeOf } from "../content/index.ts";
import type { ContentType } from "../content/types.ts";
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
function typed(data: PageData): { type: ContentType<any>; relative: string } | undefined {
  const relative = sourceRelative(data.page.inputPath);
  const type = relative ? contentTypeOf(relative) : undefined;
  return type && relative ? { type, relative } : undefined;
}

/** What a page's type derives from the site data. */
function computedOf(data: PageData) {
  const found = typed(data);
  if (!found?.type.computed) return {};
  return found.type.computed({ relative: found.relative, slug: data.page.fileSlug, frontMatter: data }, siteData());
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

/** Registers layout, address, title, drafts and collections of every content type. */
export default function contentPlugin(eleventyConfig: UserConfig): void {
  // Preprocessors run once per template before its data is computed; returning false makes
  // Eleventy skip the template completely. The layout set here is what Eleventy renders with.
  eleventyConfig.addPreprocessor("content", "md", (data: PageData) => {
    const found = typed(data);
    if (!found) return undefined;
    const leftOut = () => found.type.leftOut?.(data.page.fileSlug, siteData()) ?? false;
    if (isLeftOut(data, runMode().drafts, leftOut)) return false;
    data.layout ??= found.type.layout(data);
    return undefined;
  });

  const fieldNames = new Set(CONTENT_TYPES.flatMap((type) => type.fieldNames ?? []));
  eleventyConfig.addGlobalData("eleventyComputed", {
    contentType: (data: PageData) => typed(data)?.type.id,
    title: (data: PageData) => computedOf(data).title ?? data.title,
    permalink: (data: PageData) => computedOf(data).url ?? data.permalink,
    lastUpdated: (data: PageData) => (typed(data) ? lastUpdated(data.page.inputPath, data.updated, process.cwd()) : undefined),
    ...Object.fromEntries([...fieldNames].map((name) => [name, (data: PageData) => computedOf(data).fields?.[name]])),
  });

  for (const type of CONTENT_TYPES) {
    eleventyConfig.addCollection(type.id, (api: { getAll(): Array<{ data: PageData }> }) => {
      const items = api.getAll().filter((item) => item.data.contentType === type.id);
      return type.compare ? items.sort((a, b) => type.compare!(a.data, b.data)) : items;
    });
  }

  for (const layout of new Set(CONTENT_TYPES.flatMap((type) => type.layouts))) eleventyConfig.addLayoutAlias(layout, `layouts/${layout}.11ty.tsx`);
}
