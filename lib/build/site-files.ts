/**
 * Step "Site-Dateien": `sitemap.xml` (every page not marked noindex, with the date of its last
 * update), `robots.txt`, the web manifest and the icons, all from `_data/site.yaml`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { contentTypeById } from "../content/index.ts";
import { isoDateBerlin } from "../shared/format/date.ts";
import { lastUpdated } from "../load/git-dates.ts";
import { urlForFile } from "../check/links.ts";
import { ICON_PATHS, icoFromPng, PNG_ICONS, webManifest } from "../seo/manifest.ts";
import { robotsTxt, sitemapXml, type SitemapEntry } from "../seo/sitemap.ts";
import type { BuildContext, BuildStep } from "./context.ts";
import { svgProblems } from "../validate/svg.ts";

/**
 * The sitemap entries of a build: pages without noindex whose content type is listed in the
 * sitemap, lastmod from front matter `updated` or the source file's last commit.
 */
export function sitemapEntries(context: BuildContext): SitemapEntry[] {
  const inputByFile = new Map(context.pages.map((page) => [page.file, page.inputPath]));
  const listed = (file: string): boolean => {
    const type = context.sources.get(inputByFile.get(file) ?? "")?.type;
    return type === undefined || contentTypeById(type).sitemap;
  };
  return [...context.reports.values()]
    .filter((report) => !report.noindex && listed(report.file))
    .map((report) => {
      const inputPath = inputByFile.get(report.file);
      const updated = inputPath ? lastUpdated(inputPath, context.sources.get(inputPath)?.frontMatter.updated, context.root) : undefined;
      return { loc: `${context.site.url}${urlForFile(report.file)}`, lastmod: updated ? isoDateBerlin(updated) : undefined };
    });
}

/** Renders the PNG and ICO icons from the site's SVG. */
async function writeIcons(svg: Buffer, outDir: string): Promise<void> {
  const render = (size: number): Promise<Buffer> =>
    sharp(svg, { density: Math.max(72, Math.ceil((72 * size) / 48)) })
      .resize(size, size)
      .png({ compressionLevel: 9 })
      .toBuffer();
  writeFileSync(path.join(outDir, ICON_PATHS.svg), svg);
  writeFileSync(path.join(outDir, ICON_PATHS.ico), icoFromPng(await render(32), 32));
  for (const icon of PNG_ICONS) writeFileSync(path.join(outDir, icon.file), await render(icon.size));
}

export const writeSiteFiles: BuildStep = {
  name: "Site-Dateien",
  async run(context) {
    const { outDir, site } = context;
    writeFileSync(path.join(outDir, "sitemap.xml"), sitemapXml(sitemapEntries(context)));
    writeFileSync(path.join(outDir, "robots.txt"), robotsTxt(site.url));
    writeFileSync(path.join(outDir, ICON_PATHS.manifest), webManifest(site));
    // Checked again where it is written: the icon ships as /favicon.svg, a document of its own.
    const iconProblems = svgProblems(context.root, site.icon);
    if (iconProblems.length > 0) return iconProblems;
    await writeIcons(readFileSync(path.join(context.root, site.icon)), outDir);
    return [];
  },
};
