/** Open Graph tags: how a page looks when it is shared in messengers and social networks. */
import type { Encoded, ProcessedImage } from "../render/images.ts";

/** Preferred width of a shared preview image (what the big networks show). */
export const OG_IMAGE_WIDTH = 1200;

/**
 * The JPEG rendition closest to {@link OG_IMAGE_WIDTH} (JPEG: every crawler reads it).
 *
 * @example
 * ogRendition(image).width // => 1280 for a photo encoded at 960, 1280 and 1600 px
 */
export function ogRendition(image: Pick<ProcessedImage, "jpeg">): Encoded {
  return image.jpeg.reduce((best, file) => (Math.abs(file.width - OG_IMAGE_WIDTH) < Math.abs(best.width - OG_IMAGE_WIDTH) ? file : best));
}

/** What the tags describe. */
export interface OpenGraphInput {
  siteName: string;
  locale: string;
  /** Absolute canonical URL. */
  url: string;
  title: string;
  description: string;
  image: { url: string; width: number; height: number; alt: string };
  /** An article (news) with its publication date, else a website. */
  article?: { published: string; modified?: string | undefined } | undefined;
}

/**
 * The `<meta property>` pairs, in a fixed order.
 *
 * @example
 * openGraphTags(input)[0] // => ["og:type", "website"]
 */
export function openGraphTags(input: OpenGraphInput): [string, string][] {
  const tags: [string, string][] = [
    ["og:type", input.article ? "article" : "website"],
    ["og:site_name", input.siteName],
    ["og:locale", input.locale],
    ["og:url", input.url],
    ["og:title", input.title],
    ["og:description", input.description],
    ["og:image", input.image.url],
    ["og:image:width", String(input.image.width)],
    ["og:image:height", String(input.image.height)],
  ];
  if (input.image.alt) tags.push(["og:image:alt", input.image.alt]);
  if (input.article) {
    tags.push(["article:published_time", input.article.published]);
    if (input.article.modified) tags.push(["article:modified_time", input.article.modified]);
  }
  return tags;
}
