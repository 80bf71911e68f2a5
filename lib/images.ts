/**
 * The image pipeline: every photo of `_data/images.yaml` is encoded once per build (AVIF,
 * WebP, JPEG at the widths the layouts use) into `.cache/img/`, which survives clean and
 * atomic builds, so a rebuild with unchanged photos encodes nothing. Layouts and the
 * Markdown renderer read the results synchronously from the store filled here.
 */
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type { ImageCredit } from "./schemas/image.ts";
import { IMAGE_DIR } from "./data.ts";

/** Where encoded images live between builds; copied to `_site/img/`. */
export const IMAGE_CACHE_DIR = ".cache/img";
/** Public URL folder of encoded images. */
export const IMAGE_URL_PATH = "/img/";

/** Every width any layout asks for; a preset picks its subset. */
export const ALL_WIDTHS = [160, 320, 480, 640, 960, 1280, 1600] as const;

/** How a photo is used: which widths it offers and what `sizes` tells the browser. */
export interface ImagePreset {
  widths: readonly number[];
  sizes: string;
}

/**
 * The presets, fitted to the CSS layout (`assets/css/main.css`): the page is at most
 * 72rem wide, the main column at most 46rem, cards a third of it, contact photos 8rem.
 */
export const PRESETS = {
  hero: { widths: [320, 480, 640, 960, 1280, 1600], sizes: "(min-width: 72rem) 46rem, (min-width: 48rem) 64vw, calc(100vw - 2rem)" },
  content: { widths: [320, 480, 640, 960], sizes: "(min-width: 72rem) 46rem, (min-width: 48rem) 64vw, calc(100vw - 2rem)" },
  card: { widths: [320, 480, 640], sizes: "(min-width: 48rem) 20rem, calc(100vw - 2rem)" },
  contact: { widths: [160, 320], sizes: "8rem" },
  thumb: { widths: [160, 320], sizes: "10rem" },
} as const satisfies Record<string, ImagePreset>;

/** Name of a preset. */
export type PresetName = keyof typeof PRESETS;

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
  /** Intrinsic size of the source. */
  width: number;
  height: number;
}

const store = new Map<string, ProcessedImage>();

/** Options for eleventy-img; quality settings chosen so a 375 px hero stays under 60 KB. */
function imageOptions(root: string) {
  return {
    widths: [...ALL_WIDTHS],
    formats: ["avif", "webp", "jpeg"],
    outputDir: path.join(root, IMAGE_CACHE_DIR),
    urlPath: IMAGE_URL_PATH,
    sharpAvifOptions: { quality: 50, effort: 4 },
    sharpWebpOptions: { quality: 72 },
    sharpJpegOptions: { quality: 75, mozjpeg: true, progressive: true },
    filenameFormat: (hash: string, _src: string, width: number, format: string) => `${hash}-${width}.${format}`,
  };
}

/**
 * Encodes every photo (or finds it in the cache) and fills the store.
 *
 * @example
 * await processImages(process.cwd(), Object.values(siteData().images));
 * getImage("marktplatz-ravensburg").avif[0].url // => "/img/....avif"
 */
export async function processImages(root: string, credits: readonly ImageCredit[]): Promise<void> {
  store.clear();
  await Promise.all(
    credits.map(async (credit) => {
      const metadata = (await Image(path.join(root, IMAGE_DIR, credit.file), imageOptions(root))) as unknown as Record<string, Encoded[]>;
      const pick = (format: string): Encoded[] =>
        (metadata[format] ?? []).map(({ url, width, height, size }) => ({ url, width, height, size }));
      const jpeg = pick("jpeg");
      const largest = jpeg.at(-1);
      if (!largest) throw new Error(`Bild ${credit.file} ergab keine JPEG-Ausgabe`);
      store.set(credit.id, { credit, avif: pick("avif"), webp: pick("webp"), jpeg, width: largest.width, height: largest.height });
    }),
  );
}

/**
 * A processed image by id. Throws if the id is unknown: the validator has already rejected
 * unknown ids, so reaching this is a bug, not an editor mistake.
 */
export function getImage(id: string): ProcessedImage {
  const image = store.get(id);
  if (!image) throw new Error(`Bild "${id}" wurde nicht verarbeitet (fehlt in _data/images.yaml?)`);
  return image;
}

/** Every processed image id, for the Bildnachweis page and checks. */
export function processedImageIds(): string[] {
  return [...store.keys()].sort();
}

/**
 * The `srcset` of one format limited to a preset's widths (always at least one candidate).
 *
 * @example
 * srcsetFor([{ url: "/img/a-320.avif", width: 320, ... }], PRESETS.contact) // => "/img/a-320.avif 320w"
 */
export function srcsetFor(files: readonly Encoded[], preset: ImagePreset): string {
  const chosen = files.filter((f) => preset.widths.includes(f.width));
  const list = chosen.length > 0 ? chosen : files.slice(0, 1);
  return list.map((f) => `${f.url} ${f.width}w`).join(", ");
}

/**
 * The fallback `<img src>` of a preset: the JPEG closest to its middle width.
 */
export function fallbackFor(image: ProcessedImage, preset: ImagePreset): Encoded {
  const target = preset.widths[Math.floor((preset.widths.length - 1) / 2)] ?? 640;
  return image.jpeg.reduce((best, f) => (Math.abs(f.width - target) < Math.abs(best.width - target) ? f : best));
}
