/**
 * References from one page to pages of another content type (`pageReferences` of a content
 * type, e.g. a programme's `documents` naming publications): every slug must name a page of
 * that type that is part of this run. A draft does not count in production, since the link
 * to it would be broken on the website.
 */
import path from "node:path";
import { contentTypeById } from "../content/index.ts";
import type { AnyContentType } from "../content/types.ts";
import type { Problem } from "../shared/problems.ts";

/** A valid page whose type declares page references. */
export interface ReferencingPage {
  file: string;
  type: AnyContentType;
  frontMatter: Record<string, unknown>;
  lineOf: (p: readonly PropertyKey[]) => number | undefined;
}

/** A valid page as the check needs it. */
export interface TargetPage {
  file: string;
  type: string;
  published: boolean;
}

/**
 * Problems of page references.
 *
 * @example
 * pageReferenceProblems([{ file: "src/foerderung/a.md", type: programme, frontMatter: { documents: ["fehlt"] }, lineOf: () => 9 }], [])
 * // => [{ file: "src/foerderung/a.md", line: 9, field: "documents[0]", expected: "die Kennung einer Publikation ...", ... }]
 */
export function pageReferenceProblems(referencing: readonly ReferencingPage[], pages: readonly TargetPage[]): Problem[] {
  const problems: Problem[] = [];
  for (const source of referencing) {
    for (const [field, targetId] of Object.entries(source.type.pageReferences ?? {})) {
      if (!targetId) continue;
      const target = contentTypeById(targetId);
      const ids = source.frontMatter[field];
      if (!Array.isArray(ids)) continue;
      const ofType = pages.filter((p) => p.type === targetId);
      const bySlug = new Map(ofType.map((p) => [path.posix.basename(p.file, ".md"), p]));
      const known = [...bySlug.entries()]
        .filter(([, p]) => p.published)
        .map(([slug]) => slug)
        .sort();
      ids.forEach((id, index) => {
        if (typeof id !== "string") return;
        const page = bySlug.get(id);
        if (page?.published) return;
        const where = `${target.folder}/${id}.md`;
        problems.push({
          file: source.file,
          line: source.lineOf([field, index]),
          field: `${field}[${index}]`,
          expected: `die Kennung einer ${target.label.one} (Dateiname in ${target.folder}/ ohne .md)`,
          received: page ? `"${id}", einen Entwurf (${page.file}); auf der Website wäre der Link kaputt` : `"${id}", die es nicht gibt (keine Datei ${where})`,
          fix: page
            ? `Löschen Sie in ${page.file} die Zeile draft: true oder nehmen Sie "${id}" aus der Liste.`
            : `Verwenden Sie eine vorhandene Kennung${known.length ? ` (${known.join(", ")})` : ""} oder legen Sie die ${target.label.one} an (npm run neu -- ${target.scaffold?.command ?? target.id} "Titel").`,
        });
      });
    }
  }
  return problems;
}
