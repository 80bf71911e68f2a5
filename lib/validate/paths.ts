/**
 * Files Eleventy would read besides the Markdown pages, and where it may write. Eleventy
 * takes data for a page from files next to it (`kontakt.11tydata.json`, `kontakt.json`,
 * `kontakt.11tydata.js`, a folder's `themen/themen.json`) and from `_data/`: such a file can
 * set a `permalink` or run code, so every one is checked here, by the validator and by the
 * render child before Eleventy starts (no race with the validation in the parent).
 */
import { readdirSync, readFileSync, type Dirent } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Problem } from "../shared/problems.ts";
import { PageLayouts } from "../schemas/page.ts";
import { normaliseText } from "../load/front-matter.ts";
import { problemsFromZod } from "./zod-problems.ts";
import { shippedSvgs, svgProblems } from "./svg.ts";

/** What a JSON data file in `src/` may set for the pages beside it: the layout, nothing else. */
export const JsonDataFileSchema = z.strictObject({
  layout: z
    .enum(PageLayouts)
    .optional()
    .describe(`eines der Layouts: ${PageLayouts.join(", ")}`),
});

/** Extensions Eleventy reads as data (or as code) next to pages and in `_data/`. */
const DATA_EXTENSION = /\.(json|js|cjs|mjs|ts|tsx)$/;

function listFiles(root: string, dir: string, out: string[] = []): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(root, relative, out);
    else out.push(relative);
  }
  return out.sort();
}

/**
 * Problems with the data and code files in `src/` and `_data/`: JavaScript is refused
 * (TypeScript templates and `*.11tydata.ts` are the developers' code, type-checked), JSON in
 * `src/` may set only `layout`, JSON in `_data/` is refused (data files are YAML). Every SVG
 * below `assets/` is checked too (lib/validate/svg.ts): the build ships them.
 *
 * @example
 * sourceFileProblems(process.cwd()) // => [] for the repository as it is
 */
export function sourceFileProblems(root: string): Problem[] {
  const problems: Problem[] = [];
  for (const file of [...listFiles(root, "src"), ...listFiles(root, "_data")]) {
    const name = path.posix.basename(file);
    if (!DATA_EXTENSION.test(name)) continue;
    const inData = file.startsWith("_data/");
    if (/\.(js|cjs|mjs)$/.test(name)) {
      problems.push({
        file,
        expected: "keinen Programmcode zwischen den Inhalten",
        received: `die JavaScript-Datei ${name}, die Eleventy beim Build ausführen würde`,
        fix: "Löschen Sie die Datei. Angaben zu einer Seite gehören in ihren Vorspann; Programmcode gehört in lib/ und wird von den Entwicklern geprüft.",
      });
    } else if (/\.tsx?$/.test(name)) {
      if (inData ? /\.ts$/.test(name) : /\.(11ty\.tsx|11tydata\.ts)$/.test(name)) continue;
      problems.push({
        file,
        expected: "TypeScript nur als Vorlage (*.11ty.tsx) oder Daten-Code (*.11tydata.ts)",
        received: `die Datei ${name}, die Eleventy als Daten einer Seite lesen würde`,
        fix: "Löschen oder verschieben Sie die Datei (Programmcode gehört in lib/).",
      });
    } else if (inData) {
      problems.push({
        file,
        expected: "Datendateien in YAML (_data/*.yaml)",
        received: `die JSON-Datei ${name}, die Eleventy ungeprüft auf jede Seite übernehmen würde`,
        fix: "Löschen Sie die Datei; die Daten der Website stehen in _data/site.yaml, contacts.yaml, images.yaml und topics.yaml.",
      });
    } else problems.push(...jsonDataProblems(root, file));
  }
  for (const svg of shippedSvgs(root)) problems.push(...svgProblems(root, svg));
  return problems;
}

/** A JSON data file next to pages: valid JSON that sets only `layout`. */
function jsonDataProblems(root: string, file: string): Problem[] {
  let data: unknown;
  try {
    data = JSON.parse(normaliseText(readFileSync(path.join(root, file), "utf8")));
  } catch (error) {
    return [
      {
        file,
        expected: "gültiges JSON",
        received: `einen Syntaxfehler (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
        fix: "Prüfen Sie Klammern, Kommas und Anführungszeichen, oder löschen Sie die Datei.",
      },
    ];
  }
  const result = JsonDataFileSchema.safeParse(data);
  if (result.success) return [];
  return problemsFromZod(result.error, JsonDataFileSchema, data, file).map((problem) =>
    problem.received.startsWith("das unbekannte Feld")
      ? {
          ...problem,
          fix: `Eine Datendatei neben den Seiten darf nur layout setzen. Tragen Sie ${problem.field} in den Vorspann der einzelnen Seite ein (permalink nur dort, wo es die Redaktionsregeln erlauben) und löschen Sie es hier.`,
        }
      : problem,
  );
}

/**
 * Whether `file` lies inside `outDir` (after resolving `..`, and not `outDir` itself).
 *
 * @example
 * isInside("/p/.site-next", "/p/.site-next/kontakt/index.html") // => true
 * isInside("/p/.site-next", "/p/.site-next/../_data/x.yaml")    // => false
 */
export function isInside(outDir: string, file: string): boolean {
  const relative = path.relative(path.resolve(outDir), path.resolve(outDir, file));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
