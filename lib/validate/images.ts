/**
 * Image checks of the source validation: every image in Markdown is a photo from
 * `_data/images.yaml` (`![](bild:ID)`) in a paragraph of its own; every photo file is a
 * readable image within the size limits; alt texts are real texts or `""`. A credit no
 * page uses is a warning. `lib/load/data.ts` has already checked that files and ids exist.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { IMAGE_DIR, type SiteData } from "../load/data.ts";
import { contentImageIds, imageUsage, markdownImages, type ImageUse, type MarkdownImage, type PageImages } from "../render/image-usage.ts";
import { IMAGE_SCHEME } from "../render/markdown.ts";
import type { Problem } from "../shared/problems.ts";
import type { ImageCredit } from "../schemas/image.ts";
import type { ValidPage } from "./pages.ts";
import { parseYaml } from "./yaml.ts";
import { closestMatch } from "./suggest.ts";

/** The credits file, relative to the project root. */
export const IMAGES_FILE = "_data/images.yaml";

/**
 * Largest source photo the build accepts: a camera original this big is slow to encode
 * and almost always a mistake (the site never shows more than 1600 pixels).
 */
export const IMAGE_LIMITS = { bytes: 8 * 1024 * 1024, longSide: 6000 } as const;

/** Formats sharp reads and eleventy-img encodes from. */
const READABLE_FORMATS = new Set(["jpeg", "png", "webp", "heif"]);

/**
 * The credit id closest to a mistyped one, if it is close enough to be a typo.
 *
 * @example
 * closestImageId("marktplatz-ravensbrug", ["marktplatz-ravensburg"]) // => "marktplatz-ravensburg"
 */
export function closestImageId(id: string, ids: readonly string[]): string | undefined {
  return closestMatch(id, ids, { lettersPerEdit: 4, minimum: 2 });
}

/** The problem, if any, with one Markdown image. */
function markdownImageProblem(file: string, image: MarkdownImage, credits: readonly ImageCredit[] | undefined): Problem | undefined {
  const at = { file, line: image.line };
  if (!image.src.startsWith(IMAGE_SCHEME)) {
    const name = path.posix.basename(image.src.split(/[?#]/)[0] ?? "");
    const known = credits?.find((c) => c.file === name);
    const external = /^(?:[a-z]+:)?\/\//i.test(image.src);
    return {
      ...at,
      expected: "ein Foto aus _data/images.yaml, eingebunden mit seiner Kennung: ![](bild:KENNUNG)",
      received: `das Bild "${image.src}" mit ${external ? "einer Adresse im Internet" : "einem Dateipfad"}`,
      fix: known
        ? `Schreiben Sie ![](bild:${known.id}). Dann erscheinen Alternativtext, Bildunterschrift und Bildnachweis aus _data/images.yaml.`
        : `${external ? "Die Website lädt nichts von fremden Servern. " : ""}Legen Sie die Bilddatei in ${IMAGE_DIR}/ ab, tragen Sie sie in ${IMAGES_FILE} ein (id, file, alt, caption, credit, license) und schreiben Sie hier ![](bild:KENNUNG).`,
    };
  }
  const id = image.src.slice(IMAGE_SCHEME.length);
  if (credits && !credits.some((c) => c.id === id)) {
    const guess = closestImageId(
      id,
      credits.map((c) => c.id),
    );
    return {
      ...at,
      expected: `die Kennung eines Fotos aus ${IMAGES_FILE}`,
      received: id === "" ? '"bild:" ohne Kennung' : `"bild:${id}", eine Kennung ohne Eintrag im Bildnachweis`,
      fix: guess
        ? `Meinten Sie ![](bild:${guess})? Sonst tragen Sie das Foto mit id: ${id || "KENNUNG"}, Datei, Alternativtext und Bildnachweis in ${IMAGES_FILE} ein.`
        : `Tragen Sie das Foto mit id: ${id || "KENNUNG"}, Datei, Alternativtext und Bildnachweis in ${IMAGES_FILE} ein oder verwenden Sie eine vorhandene Kennung.`,
    };
  }
  if (!image.standalone) {
    return {
      ...at,
      expected: "ein Foto in einem eigenen Absatz: eine Zeile nur mit ![](bild:KENNUNG), davor und danach eine Leerzeile",
      received: `"${image.src}" mitten im Text, in einem Link oder zusammen mit anderem Text`,
      fix: `Setzen Sie ![](${image.src}) in eine eigene Zeile und lassen Sie davor und danach eine Zeile frei. Fotos können nicht verlinkt werden.`,
    };
  }
  return undefined;
}

/**
 * What a validated page shows of photos, for {@link imageUsage}.
 *
 * @example
 * pageImagesOf(page, data).hero // => "marktplatz-ravensburg"
 */
export function pageImagesOf(page: ValidPage, data: Pick<SiteData, "images" | "topics">): PageImages {
  const fm = page.frontMatter;
  const topic = page.topic ? data.topics.bySlug[page.topic] : undefined;
  return {
    url: page.url,
    title: page.url === "/" ? "Startseite" : (fm.title ?? topic?.title ?? page.url),
    layout: page.topic ? "topic" : (fm.layout ?? "page"),
    topic: page.topic,
    hero: fm.hero,
    contacts: fm.contacts ?? [],
    content: contentImageIds(markdownImages(page.body, page.bodyLine), data.images),
  };
}

/**
 * Which published page shows which photo (drafts are never published), for the warning
 * about unused credits.
 *
 * @example
 * usageOfPages(pages, data).get("marktplatz-ravensburg")?.map((u) => u.url)
 * // => ["/", "/themen/", "/themen/kommunale-entwicklungszusammenarbeit/"]
 */
export function usageOfPages(pages: readonly ValidPage[], data: SiteData): Map<string, ImageUse[]> {
  const published = pages.filter((p) => !p.frontMatter.draft).sort((a, b) => a.url.localeCompare(b.url));
  return imageUsage(
    published.map((p) => pageImagesOf(p, data)),
    data,
  );
}

/** Checks one photo file: size on disk, readable format, long side. */
async function fileProblems(root: string, credit: ImageCredit, line: number | undefined, index: number): Promise<Problem[]> {
  const relative = `${IMAGE_DIR}/${credit.file}`;
  const absolute = path.join(root, relative);
  const at = { file: IMAGES_FILE, line, field: `[${index}].file` };
  const problems: Problem[] = [];
  const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 });
  const bytes = statSync(absolute).size;
  if (bytes > IMAGE_LIMITS.bytes) {
    problems.push({
      ...at,
      expected: `eine Bilddatei bis ${megabytes(IMAGE_LIMITS.bytes)} MB`,
      received: `${relative} mit ${megabytes(bytes)} MB`,
      fix: `Verkleinern Sie das Foto "${credit.id}" vor dem Hochladen auf höchstens 3000 Pixel Breite (z. B. als JPEG mit Qualität 85). Die Website zeigt nie mehr als 1600 Pixel.`,
    });
  }
  try {
    const meta = await sharp(absolute).metadata();
    // The header can read fine while the picture data is cut off or broken: decode it
    // (small: JPEG and WebP decode at a fraction of their size, so this stays fast).
    if (READABLE_FORMATS.has(meta.format)) await sharp(absolute, { failOn: "truncated" }).resize(64, 64, { fit: "inside" }).raw().toBuffer();
    const longSide = Math.max(meta.width, meta.height);
    if (!READABLE_FORMATS.has(meta.format) || (meta.format === "heif" && meta.compression !== "av1")) {
      problems.push({
        ...at,
        expected: "ein Foto als JPEG, PNG, WebP oder AVIF",
        received: `${relative} im Format ${meta.compression === "hevc" ? "HEIC" : meta.format.toUpperCase()}`,
        fix: `Speichern Sie das Foto "${credit.id}" als JPEG (Endung .jpg) und passen Sie "file" an.`,
      });
    } else if (longSide > IMAGE_LIMITS.longSide) {
      problems.push({
        ...at,
        expected: `ein Foto mit höchstens ${IMAGE_LIMITS.longSide} Pixeln an der längeren Seite`,
        received: `${relative} mit ${meta.width} × ${meta.height} Pixeln`,
        fix: `Verkleinern Sie das Foto "${credit.id}" vor dem Hochladen auf höchstens 3000 Pixel an der längeren Seite. Die Website zeigt nie mehr als 1600 Pixel.`,
      });
    }
  } catch {
    problems.push({
      ...at,
      expected: "eine lesbare Bilddatei (JPEG, PNG, WebP oder AVIF)",
      received: `${relative}, die sich nicht als Bild lesen lässt (beschädigt oder kein Bild)`,
      fix: `Exportieren Sie das Foto "${credit.id}" neu als JPEG und ersetzen Sie die Datei.`,
    });
  }
  return problems;
}

/** Problems and warnings of the image checks. */
export interface ImageReport {
  problems: Problem[];
  warnings: Problem[];
}

/**
 * Runs every image check over the validated data and pages.
 *
 * @example
 * const { problems, warnings } = await validateImages(root, data, pages);
 */
export async function validateImages(root: string, data: SiteData | undefined, pages: readonly ValidPage[]): Promise<ImageReport> {
  const credits = data ? Object.values(data.images) : undefined;
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const image of markdownImages(page.body, page.bodyLine)) {
      const problem = markdownImageProblem(page.file, image, credits);
      if (problem) problems.push(problem);
    }
  }
  if (!data || !credits) return { problems, warnings: [] };

  const parsed = parseYaml(readFileSync(path.join(root, IMAGES_FILE), "utf8"), IMAGES_FILE);
  const lineOf = "problems" in parsed ? () => undefined : parsed.lineOf;
  credits.forEach((credit, index) => {
    if (credit.alt !== "" && credit.alt.trim() === "") {
      problems.push({
        file: IMAGES_FILE,
        line: lineOf([index, "alt"]),
        field: `[${index}].alt`,
        expected: 'ein Alternativtext, der beschreibt, was zu sehen ist, oder alt: "" für ein reines Schmuckbild',
        received: "nur Leerzeichen",
        fix: `Beschreiben Sie bei "${credit.id}" in einem Satz, was auf dem Foto zu sehen ist, oder schreiben Sie alt: "", wenn es reiner Schmuck ist.`,
      });
    }
  });
  const fileChecks = await Promise.all(credits.map((credit, index) => fileProblems(root, credit, lineOf([index, "file"]), index)));
  problems.push(...fileChecks.flat());

  const usage = usageOfPages(pages, data);
  const warnings = credits.flatMap((credit, index): Problem[] => {
    if (usage.has(credit.id)) return [];
    const fileShared = credits.some((other) => other !== credit && other.file === credit.file);
    return [
      {
        file: IMAGES_FILE,
        line: lineOf([index, "id"]),
        field: `[${index}].id`,
        expected: "ein Foto, das mindestens eine veröffentlichte Seite zeigt",
        received: `"${credit.id}", das keine Seite verwendet (es steht trotzdem im Bildnachweis)`,
        fix: `Binden Sie das Foto mit ![](bild:${credit.id}), hero: ${credit.id}, als Kontaktfoto oder Themenbild ein, oder entfernen Sie den Eintrag${fileShared ? "" : ` und die Datei ${IMAGE_DIR}/${credit.file}`}.`,
      },
    ];
  });
  return { problems, warnings };
}
