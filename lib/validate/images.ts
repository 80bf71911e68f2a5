/**
 * Image checks of the source validation: every image in Markdown is a photo from
 * `_data/images.yaml` (`![](bild:ID)`) in a paragraph of its own; every photo file is a
 * readable image within the size limits; alt texts are real texts or `""`. A credit no
 * page uses is a warning. `lib/load/data.ts` has already checked that files and ids exist.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import markdownIt from "markdown-it";
import type { Token } from "markdown-it";
import sharp from "sharp";
import { IMAGE_DIR, type SiteData } from "../load/data.ts";
import { imageUsage, type ImageUse, type PageImages } from "../render/image-usage.ts";
import { IMAGE_SCHEME, standaloneImage } from "../render/markdown.ts";
import { memoizeByText } from "../shared/memo.ts";
import type { Problem } from "../shared/problems.ts";
import type { ImageCredit } from "../schemas/image.ts";
import { validatePages, type ValidPage } from "./pages.ts";
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

/** An image written in Markdown, with where it stands. */
export interface MarkdownImage {
  /** The address as written, e.g. `bild:marktplatz-ravensburg` or `/assets/images/a.jpg`. */
  src: string;
  /** 1-based line in the file. */
  line: number;
  /** Whether it stands alone in its paragraph (only then it becomes a figure). */
  standalone: boolean;
}

const scanner = markdownIt({ html: false });

/**
 * Every image in a Markdown body.
 *
 * @param bodyLine file line of the body's first line (below the front matter)
 * @example
 * markdownImages("Text\n\n![](bild:a)\n", 5) // => [{ src: "bild:a", line: 7, standalone: true }]
 */
export function markdownImages(body: string, bodyLine: number): MarkdownImage[] {
  return imagesOfBody(body).map((image) => ({ ...image, line: bodyLine + image.line }));
}

/** The images of a body, lines counted from 0; remembered per text (the build asks several times). */
const imagesOfBody = memoizeByText((body: string): readonly MarkdownImage[] => {
  // Every image in Markdown starts with "![" (inline and reference style).
  if (!body.includes("![")) return [];
  const tokens = scanner.parse(body, {});
  const found: MarkdownImage[] = [];
  const figures = new Set<Token>();
  let blockLine = 0;
  tokens.forEach((token, i) => {
    const figure = standaloneImage(tokens, i);
    if (figure) figures.add(figure);
    if (token.map) blockLine = token.map[0];
    if (token.type !== "inline") return;
    let breaks = 0;
    for (const child of token.children ?? []) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks++;
      if (child.type === "image") {
        found.push({ src: String(child.attrGet("src") ?? ""), line: blockLine + breaks, standalone: figures.has(child) });
      }
    }
  });
  return found;
});

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
    const guess = closestImageId(id, credits.map((c) => c.id));
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

/** Ids of the valid figures of a page. */
function contentImageIds(images: readonly MarkdownImage[], credits: Record<string, ImageCredit>): string[] {
  return images
    .filter((image) => image.standalone && image.src.startsWith(IMAGE_SCHEME))
    .map((image) => image.src.slice(IMAGE_SCHEME.length))
    .filter((id) => credits[id] !== undefined);
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
 * Which published page shows which photo (drafts are never published). Used by the
 * Bildnachweis page.
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

/**
 * {@link usageOfPages} for the site below `root`, reading and validating its pages.
 *
 * @example
 * siteImageUsage(process.cwd(), siteData()).get("nicole-kimmel")?.[0]?.roles // => ["contact"]
 */
export function siteImageUsage(root: string, data: SiteData): Map<string, ImageUse[]> {
  return usageOfPages(validatePages(root, data).pages, data);
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
