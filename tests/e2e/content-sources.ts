/**
 * The sources the content specs compare the built pages with: the programmes' and
 * publications' front matter, and each PDF's facts read from the file (as the build does).
 */
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { readPdf } from "../../lib/load/pdf.ts";
import type { ProgrammeFrontMatter } from "../../lib/schemas/programme.ts";
import type { PublicationFrontMatter } from "../../lib/schemas/publication.ts";
import { downloadFacts } from "../../lib/shared/format/file-size.ts";
import { PDF_DIR } from "../../lib/shared/paths.ts";
import { splitFrontMatter } from "../../lib/validate/pages.ts";

/** The published Markdown files of a folder with their front matter. */
function published<FM>(folder: string): { slug: string; fm: FM }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .map((name) => ({ slug: name.replace(/\.md$/, ""), fm: parse(splitFrontMatter(readFileSync(`${folder}/${name}`, "utf8"))!.yaml) as FM & { draft?: boolean } }))
    .filter(({ fm }) => !fm.draft);
}

/** The programmes of `src/foerderung/`. */
export const programmes = () => published<ProgrammeFrontMatter>("src/foerderung");

/** The publications of `src/publikationen/`. */
export const publications = () => published<PublicationFrontMatter>("src/publikationen");

/** What a publication's download link must say: "(PDF, 5 kB, 2 Seiten)", from the file itself. */
export async function expectedFacts(file: string): Promise<string> {
  const reading = await readPdf(process.cwd(), PDF_DIR, file);
  if (!("facts" in reading)) throw new Error(`${file} ist nicht lesbar`);
  return `(${downloadFacts(reading.facts)})`;
}
