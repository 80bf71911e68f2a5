/**
 * Stand-ins and samples: how many painted stand-in pictures (`standIn:` in
 * `_data/images.yaml`) and sample texts (`sample: true` in front matter) the site still has.
 * The production build prints the count; with `SEZ_PLACEHOLDERS=refuse` (the real site's
 * deploy) each one is a problem that stops the build, so nothing invented goes live as real.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isStandIn, type ImageCredit } from "../schemas/image.ts";
import type { Problem } from "../shared/problems.ts";

/** The credits file, relative to the project root. */
const IMAGES_FILE = "_data/images.yaml";

/** A page as this check needs it. */
export interface SamplePage {
  file: string;
  published: boolean;
  frontMatter: { sample?: boolean | undefined };
}

/** What the check found. */
export interface PlaceholderReport {
  standIns: string[];
  samples: string[];
  /** Problems, only when placeholders are refused. */
  problems: Problem[];
  /** One line for the build's output, empty when there is nothing to report. */
  notes: string[];
}

/**
 * The 1-based line in `text` that matches `pattern`, searching from the line of `after`.
 *
 * @example
 * lineOf("- id: a\n  standIn: true\n", /^\s*standIn:/, /^- id: a$/) // => 2
 */
export function lineOf(text: string, pattern: RegExp, after?: RegExp): number | undefined {
  const lines = text.split(/\r?\n/);
  const start = after ? lines.findIndex((line) => after.test(line)) : 0;
  if (start < 0) return undefined;
  const found = lines.findIndex((line, index) => index >= start && pattern.test(line));
  return found < 0 ? undefined : found + 1;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The count line for the build's output.
 *
 * @example
 * placeholderNote(13, 8) // => "Platzhalter noch auf der Website: 13 gemalte Bilder statt Fotos, 8 Beispieltexte (_data/images.yaml standIn:, Vorspann sample: true)."
 * placeholderNote(0, 0)  // => undefined
 */
export function placeholderNote(standIns: number, samples: number): string | undefined {
  if (standIns === 0 && samples === 0) return undefined;
  const pictures = standIns === 1 ? "1 gemaltes Bild" : `${standIns} gemalte Bilder`;
  const texts = samples === 1 ? "1 Beispieltext" : `${samples} Beispieltexte`;
  return `Platzhalter noch auf der Website: ${pictures} statt Fotos, ${texts} (_data/images.yaml standIn:, Vorspann sample: true).`;
}

/**
 * Counts stand-ins and samples of the published pages and, when `refuse` is set, reports
 * each one as a problem.
 *
 * @example
 * checkPlaceholders(root, images, pages, runMode().refusePlaceholders)
 * // => { standIns: ["marktplatz-ravensburg", …], samples: ["src/themen/fairer-handel.md", …], problems: [], notes: ["Platzhalter: …"] }
 */
export function checkPlaceholders(root: string, images: Readonly<Record<string, ImageCredit>>, pages: readonly SamplePage[], refuse: boolean): PlaceholderReport {
  const standIns = Object.values(images)
    .filter(isStandIn)
    .map((image) => image.id);
  const samplePages = pages.filter((page) => page.published && page.frontMatter.sample === true);
  const samples = samplePages.map((page) => page.file);
  const note = placeholderNote(standIns.length, samples.length);
  const report: PlaceholderReport = { standIns, samples, problems: [], notes: note ? [note] : [] };
  if (!refuse) return report;
  const read = (file: string): string => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), "utf8") : "");
  const imagesText = read(IMAGES_FILE);
  for (const id of standIns) {
    report.problems.push({
      file: IMAGES_FILE,
      line: lineOf(imagesText, /^\s*standIn:/, new RegExp(`^\\s*-\\s*id:\\s*${escapeRegExp(id)}\\s*$`)),
      field: `${id}.standIn`,
      expected: "ein echtes Foto mit Bildnachweis (diese Veröffentlichung nimmt keine Platzhalter an)",
      received: `das gemalte Platzhalterbild "${id}"`,
      fix: `Legen Sie das echte Foto in assets/images/ ab, tragen Sie bei "${id}" seinen Dateinamen unter file:, credit:, license: und source: ein und löschen Sie standIn: (siehe docs/redaktion.md, „Platzhalterbild ersetzen“).`,
    });
  }
  for (const page of samplePages) {
    report.problems.push({
      file: page.file,
      line: lineOf(read(page.file), /^sample:/),
      field: "sample",
      expected: "einen echten Text der SEZ (diese Veröffentlichung nimmt keine Beispieltexte an)",
      received: "sample: true (ein Beispieltext)",
      fix: "Ersetzen Sie den Beispieltext durch den echten Text und löschen Sie die Zeile sample: true im Vorspann.",
    });
  }
  return report;
}
