/**
 * The last guard where Eleventy writes: every output file lies inside the output folder and
 * its address is a permalink the schema allows, wherever the permalink came from (front
 * matter, a data file, code). A page that would land elsewhere stops the build before its
 * file is written.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { permalinkIssue } from "../schemas/permalink.ts";
import { ProblemsError } from "../shared/problems.ts";
import { isInside } from "../validate/paths.ts";

/** Registers the output-path guard (a transform: it runs right before each file is written). */
export default function confinePlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTransform("confine-output", function (this: { page: { inputPath: string; outputPath: string | false; url: string | false } }, content: string) {
    const { inputPath, outputPath, url } = this.page;
    if (outputPath === false) return content;
    const outDir = path.resolve((eleventyConfig.directories as { output: string }).output);
    // Editors' pages follow the permalink rules; the site's own templates (feed, calendars) may
    // write other kinds of file, but never outside the output folder either.
    const issue = typeof url === "string" && inputPath.endsWith(".md") ? permalinkIssue(url) : undefined;
    if (!isInside(outDir, outputPath) || issue) {
      throw new ProblemsError([
        {
          file: inputPath.replace(/^\.\//, ""),
          field: "permalink",
          expected: "eine Ausgabeadresse innerhalb der Website",
          received: JSON.stringify(String(url)),
          fix: issue?.fix ?? "Eine Adresse darf nicht aus dem Ausgabeordner herausführen. Prüfen Sie permalink: im Vorspann und in Datendateien neben der Seite.",
        },
      ]);
    }
    return content;
  });
}
