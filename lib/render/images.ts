/**
 * The image pipeline: every photo of `_data/images.yaml` is encoded once (AVIF, WebP, JPEG
 * at the widths the layouts use) into `.cache/img/`, which survives clean and atomic
 * builds, so a rebuild with unchanged photos encodes nothing. The results reach layouts and
 * the Markdown renderer through the data cascade (`photos`, added by `lib/plugins/images.ts`).
 */
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type { ImageCredit } from "../schemas/image.ts";
import { IMAGE_DIR } from "../shared/paths.ts";

/** Where encoded images live between builds; copied to `_site/img/`. */
export const IMAGE_CACHE_DIR = ".cache/img";
/** Public URL folder of encoded images. */
export const IMAGE_URL_PATH = "/img/";

/** How a photo is used: which widths it offers and what `sizes` tells the browser. */
export interface ImagePreset {
  widths: readonly number[];
  sizes: string;
}

/**
 * Whether the page shows the sidebar next to the main column (`sidebar`) or the main
 * column alone (`single`, class `page-grid--single`); photos in the main column are
 * wider without the sidebar.
 */
export type ColumnLayout = "sidebar" | "single";

/*
 * The widths below follow assets/css/main.css. Root font size 16px; media queries use rem.
 * - `.container`: at most 72rem, padding 1rem each side, so at most 70rem of content.
 * - Below 48rem one column: main = 100vw - 2rem.
 * - From 48rem main sits next to a 19rem sidebar with a 3rem gap: main = 100vw - 24rem,
 *   which reaches its maximum 48rem (70 - 19 - 3) at 72rem.
 * - Without sidebar from 48rem the column is `minmax(0, 48rem)`: 48rem from 50rem up.
 * - `.cards` (see main.css): by the grid's own width, one column, two from 29.25rem, three
 *   from 44.25rem (cards at least 14rem, gap 1.25rem); a card is (main - (n - 1) * 1.25rem) / n
 *   wide. With two columns an odd count's first card spans the row with its photo beside the
 *   text, as wide as a card's. With three, 3k+1 cards end in two rows of two: those last four
 *   are half the row wide, (main - 1.25rem) / 2, like cards in two columns (`cardPair`).
 *   The main column reaches 29.25rem at 31.25rem (one column below 48rem) and at 53.25rem
 *   (beside the sidebar), and 44.25rem at 46.25rem and at 68.25rem.
 */

/** Hero and content photos: the full width of the main column. */
const MAIN_SIZES: Record<ColumnLayout, string> = {
  sidebar: "(min-width: 72rem) 48rem, (min-width: 48rem) calc(100vw - 24rem), calc(100vw - 2rem)",
  single: "(min-width: 50rem) 48rem, calc(100vw - 2rem)",
};

/** Card photos: one card of the grid in the main column (breakpoints derived above). */
const CARD_SIZES: Record<ColumnLayout, string> = {
  sidebar: [
    "(min-width: 72rem) 15.17rem",
    "(min-width: 68.25rem) calc(33.33vw - 8.83rem)",
    "(min-width: 53.25rem) calc(50vw - 12.62rem)",
    "(min-width: 48rem) calc(100vw - 24rem)",
    "(min-width: 46.25rem) calc(33.33vw - 1.5rem)",
    "(min-width: 31.25rem) calc(50vw - 1.62rem)",
    "calc(100vw - 2rem)",
  ].join(", "),
  single: ["(min-width: 50rem) 15.17rem", "(min-width: 46.25rem) calc(33.33vw - 1.5rem)", "(min-width: 31.25rem) calc(50vw - 1.62rem)", "calc(100vw - 2rem)"].join(", "),
};

/** Photos of the last four of 3k+1 cards: half the row from two columns up, never a third. */
const CARD_PAIR_SIZES: Record<ColumnLayout, string> = {
  sidebar: [
    "(min-width: 72rem) 23.38rem",
    "(min-width: 53.25rem) calc(50vw - 12.62rem)",
    "(min-width: 48rem) calc(100vw - 24rem)",
    "(min-width: 31.25rem) calc(50vw - 1.62rem)",
    "calc(100vw - 2rem)",
  ].join(", "),
  single: ["(min-width: 50rem) 23.38rem", "(min-width: 31.25rem) calc(50vw - 1.62rem)", "calc(100vw - 2rem)"].join(", "),
};

/**
 * Whether a card's photo needs {@link CARD_PAIR_SIZES}: the last four of 3k+1 cards
 * (k >= 1), which the three-column grid sets as two rows of two.
 *
 * @example
 * isCardPair(3, 4) // => true  (four cards: 2 x 2)
 * isCardPair(0, 5) // => false (five cards: 3 + 2)
 */
export function isCardPair(index: number, count: number): boolean {
  return count >= 4 && count % 3 === 1 && index >= count - 4;
}

/** Widths of photos as wide as the main column: 1x and 2x of 20rem to 48rem. */
const MAIN_WIDTHS = [320, 480, 640, 800, 960, 1280, 1600] as const;

/**
 * The presets. Widths cover 1x to 2x (3x where cheap) of the rendered size; `sizes` per
 * column layout where the main column's width depends on it.
 */
const PRESET_SPECS = {
  hero: { widths: MAIN_WIDTHS, sizes: MAIN_SIZES },
  content: { widths: MAIN_WIDTHS, sizes: MAIN_SIZES },
  /** At most 29.25rem (468px) wide, just below the 2-column breakpoint. */
  card: { widths: [320, 480, 640, 800, 960], sizes: CARD_SIZES },
  /** A card of the last two rows of two (see {@link isCardPair}). */
  cardPair: { widths: [320, 480, 640, 800, 960], sizes: CARD_PAIR_SIZES },
  /** `.contact-photo img`: 8rem wide, cropped to 4:5 by CSS. */
  contact: { widths: [160, 320, 480], sizes: "8rem" },
  /** `.credits-thumb img` on the Bildnachweis page: 10rem wide. */
  thumb: { widths: [160, 320, 480], sizes: "10rem" },
} as const satisfies Record<string, { widths: readonly number[]; sizes: string | Record<ColumnLayout, string> }>;

/** Name of a preset. */
export type PresetName = keyof typeof PRESET_SPECS;

/**
 * The preset for one use of a photo.
 *
 * @example
 * presetFor("contact").sizes               // => "8rem"
 * presetFor("hero", "single").sizes        // => "(min-width: 50rem) 48rem, calc(100vw - 2rem)"
 */
export function presetFor(name: PresetName, layout: ColumnLayout = "sidebar"): ImagePreset {
  const spec = PRESET_SPECS[name];
  return { widths: spec.widths, sizes: typeof spec.sizes === "string" ? spec.sizes : spec.sizes[layout] };
}

/** Every width any preset asks for, ascending; eleventy-img encodes each photo at these. */
export const ALL_WIDTHS: readonly number[] = [...new Set(Object.values(PRESET_SPECS).flatMap((p) => p.widths))].sort((a, b) => a - b);

/** One encoded file. */
export interface Encoded {
  url: string;
  width: number;
  height: number;
  size: number;
}

/** An encoded photo with its credit, ready for a `<picture>`. */
export interface ProcessedImage {
  credit: ImageCredit;
  avif: Encoded[];
  webp: Encoded[];
  jpeg: Encoded[];
  /** Size of the largest encoded file (the source, or 1600px wide at most). */
  width: number;
  height: number;
}

/** What one run of {@link processImages} did to `.cache/img/`. */
export interface ImageRunStats {
  /** Encoded files the photos need. */
  files: number;
  /** Files written in this run (new or rewritten), by name; empty when everything was cached. */
  encoded: string[];
  /** Stale files of earlier photos or settings removed from the cache. */
  removed: string[];
}

/** Options of a {@link processImages} run. */
export interface ProcessOptions {
  /**
   * Delete cache files no current photo needs, so `_site/img/` holds only what pages use.
   * Only for one-shot builds: in watch mode eleventy-img remembers which files exist.
   */
  prune?: boolean;
}

/**
 * Encoder settings. AVIF at quality 50 with 4:2:0 chroma keeps the KEZ hero at 375 CSS px
 * below 60 KB even at 3x (about 13 KB at 1x, 27 KB at 2x for the stand-in photos); WebP
 * and JPEG only reach browsers without AVIF. Changing a setting changes every file name,
 * so the next build re-encodes once.
 */
function imageOptions(root: string) {
  return {
    widths: [...ALL_WIDTHS],
    formats: ["avif", "webp", "jpeg"],
    outputDir: path.join(root, IMAGE_CACHE_DIR),
    urlPath: IMAGE_URL_PATH,
    // Camera photos stand upright by their EXIF orientation only; bake it into the pixels.
    fixOrientation: true,
    sharpAvifOptions: { quality: 50, effort: 4, chromaSubsampling: "4:2:0" },
    sharpWebpOptions: { quality: 72 },
    sharpJpegOptions: { quality: 75, mozjpeg: true, progressive: true },
    filenameFormat: (hash: string, _src: string, width: number, format: string) => `${hash}-${width}.${format}`,
  };
}

/** The part of eleventy-img's result per output file that this module reads. */
interface ImgOutput extends Encoded {
  filename: string;
}

/** Modification time of every file in a folder, by name. */
function snapshot(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const name of readdirSync(dir)) files.set(name, statSync(path.join(dir, name)).mtimeMs);
  return files;
}

/**
 * Encodes every photo (or finds it in `.cache/img/`) and returns them by id.
 *
 * @example
 * const { photos, stats } = await processImages(process.cwd(), Object.values(siteData().images), { prune: true });
 * stats.encoded.length // => 0 on a rebuild without changed photos
 * photos["marktplatz-ravensburg"].avif[0].url // => "/img/....avif"
 */
export async function processImages(root: string, credits: readonly ImageCredit[], options: ProcessOptions = {}): Promise<{ photos: Record<string, ProcessedImage>; stats: ImageRunStats }> {
  const dir = path.join(root, IMAGE_CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const before = snapshot(dir);
  const needed = new Set<string>();
  const store = new Map<string, ProcessedImage>();
  await Promise.all(
    credits.map(async (credit) => {
      const metadata = (await Image(path.join(root, IMAGE_DIR, credit.file), imageOptions(root))) as unknown as Record<string, ImgOutput[]>;
      const pick = (format: string): Encoded[] =>
        (metadata[format] ?? []).map(({ url, width, height, size, filename }) => {
          needed.add(filename);
          return { url, width, height, size };
        });
      const jpeg = pick("jpeg");
      const largest = jpeg.at(-1);
      if (!largest) throw new Error(`Bild ${credit.file} ergab keine JPEG-Ausgabe`);
      store.set(credit.id, { credit, avif: pick("avif"), webp: pick("webp"), jpeg, width: largest.width, height: largest.height });
    }),
  );
  const after = snapshot(dir);
  const encoded = [...needed].filter((name) => after.get(name) !== before.get(name)).sort();
  const removed = options.prune ? [...after.keys()].filter((name) => !needed.has(name)).sort() : [];
  for (const name of removed) rmSync(path.join(dir, name), { force: true });
  // In the order of the credits, so the cascade's object is the same in every build.
  const photos = Object.fromEntries(credits.map((credit) => [credit.id, store.get(credit.id)!]));
  return { photos, stats: { files: needed.size, encoded, removed } };
}

/**
 * The files of one format that a preset offers: its widths, plus the source's own width
 * when the source is narrower than the preset's largest width (eleventy-img then emits
 * the source width instead of upscaling). Never empty.
 *
 * @example
 * candidatesFor([{ width: 160 }, { width: 320 }, { width: 800 }], presetFor("contact")) // => the 160 and 320 files
 */
export function candidatesFor<T extends { width: number }>(files: readonly T[], preset: ImagePreset): T[] {
  const max = Math.max(...preset.widths);
  const chosen = files.filter((f) => preset.widths.includes(f.width));
  const largest = files.at(-1);
  if (largest && largest.width < max && !chosen.includes(largest)) chosen.push(largest);
  return chosen.length > 0 ? chosen : files.slice(0, 1);
}

/**
 * The `srcset` of one format limited to a preset's widths.
 *
 * @example
 * srcsetFor([{ url: "/img/a-160.avif", width: 160, height: 200, size: 1 }], presetFor("contact"))
 * // => "/img/a-160.avif 160w"
 */
export function srcsetFor(files: readonly Encoded[], preset: ImagePreset): string {
  return candidatesFor(files, preset)
    .map((f) => `${f.url} ${f.width}w`)
    .join(", ");
}

/**
 * The fallback `<img src>` of a preset: the preset's JPEG closest to its middle width.
 * Its width and height give the `<img>` the photo's aspect ratio.
 *
 * @example
 * fallbackFor(image, presetFor("contact")).width // => 320
 */
export function fallbackFor(image: ProcessedImage, preset: ImagePreset): Encoded {
  const files = candidatesFor(image.jpeg, preset);
  const target = preset.widths[Math.floor((preset.widths.length - 1) / 2)] ?? 640;
  return files.reduce((best, f) => (Math.abs(f.width - target) < Math.abs(best.width - target) ? f : best));
}
