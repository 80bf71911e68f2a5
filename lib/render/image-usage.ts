/**
 * Which page shows which photo, and in what role. The Bildnachweis page links each credit
 * to these pages, and the validator warns about credits no page uses. The rules mirror the
 * layouts: the hero and Markdown figures in the article, contact photos in the sidebar,
 * topic cards on the start page and `/themen/` (top-level topics) and on every topic page
 * (its fields of action).
 */
import markdownIt from "markdown-it";
import type { Token } from "markdown-it";
import type { TopicTree } from "../content/topic-tree.ts";
import type { Contact } from "../schemas/contact.ts";
import { memoizeByText } from "../shared/memo.ts";
import { IMAGE_SCHEME, standaloneImage } from "./markdown.ts";

/** How a page shows a photo. */
export type ImageRole = "hero" | "content" | "contact" | "card";

/** The photos one page refers to, as far as the page itself decides. */
export interface PageImages {
  url: string;
  title: string;
  /** The layout decides which topic cards the page shows. */
  layout: "page" | "home" | "themen" | "topic";
  /** Slug of the topic a topic page presents. */
  topic?: string | undefined;
  hero?: string | undefined;
  /** Contact ids of the sidebar. */
  contacts: readonly string[];
  /** Image ids of `![](bild:ID)` figures in the Markdown. */
  content: readonly string[];
}

/** One page that shows a photo. */
export interface ImageUse {
  url: string;
  title: string;
  /** Every role the photo has on that page, in the order of {@link ROLE_ORDER}. */
  roles: ImageRole[];
}

/** Roles in the order a visitor meets them on a page. */
export const ROLE_ORDER: readonly ImageRole[] = ["hero", "content", "card", "contact"];

/** The data the rules need: contact photos and the topic tree. */
export interface UsageData {
  contacts: Record<string, Pick<Contact, "photo">>;
  topics: TopicTree;
}

/**
 * The topic slugs whose cards a page shows.
 *
 * @example
 * cardTopics({ layout: "home", ... }, tree)  // => tree.roots
 * cardTopics({ layout: "page", ... }, tree)  // => []
 */
export function cardTopics(page: Pick<PageImages, "layout" | "topic">, topics: TopicTree): readonly string[] {
  if (page.layout === "home" || page.layout === "themen") return topics.roots;
  if (page.layout === "topic" && page.topic) return topics.bySlug[page.topic]?.children ?? [];
  return [];
}

/**
 * Every photo id mapped to the pages that show it, pages in the given order. Ids that no
 * page shows are absent.
 *
 * @example
 * imageUsage([{ url: "/a/", title: "A", layout: "page", hero: "foto", contacts: [], content: ["foto"] }], data)
 * // => Map { "foto" => [{ url: "/a/", title: "A", roles: ["hero", "content"] }] }
 */
export function imageUsage(pages: readonly PageImages[], data: UsageData): Map<string, ImageUse[]> {
  const usage = new Map<string, ImageUse[]>();
  for (const page of pages) {
    const onPage = new Map<string, Set<ImageRole>>();
    const add = (id: string | undefined, role: ImageRole): void => {
      if (!id) return;
      const roles = onPage.get(id) ?? new Set<ImageRole>();
      roles.add(role);
      onPage.set(id, roles);
    };
    add(page.hero, "hero");
    for (const id of page.content) add(id, "content");
    for (const slug of cardTopics(page, data.topics)) add(data.topics.bySlug[slug]?.image, "card");
    for (const id of page.contacts) add(data.contacts[id]?.photo, "contact");
    for (const [id, roles] of onPage) {
      const uses = usage.get(id) ?? [];
      uses.push({ url: page.url, title: page.title, roles: ROLE_ORDER.filter((r) => roles.has(r)) });
      usage.set(id, uses);
    }
  }
  return usage;
}

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
 * Ids of the figures of a page: images that stand alone and name a known photo.
 *
 * @example
 * contentImageIds([{ src: "bild:a", line: 3, standalone: true }], { a: {} }) // => ["a"]
 */
export function contentImageIds(images: readonly MarkdownImage[], photos: Readonly<Record<string, unknown>>): string[] {
  return images
    .filter((image) => image.standalone && image.src.startsWith(IMAGE_SCHEME))
    .map((image) => image.src.slice(IMAGE_SCHEME.length))
    .filter((id) => photos[id] !== undefined);
}

/** What the Bildnachweis page reads of one rendered page (an item of Eleventy's collections). */
export interface RenderedPage {
  url: string;
  /** The page's Markdown with its front matter, as Eleventy read it. */
  rawInput?: unknown;
  data: { title?: string; layout?: unknown; topicSlug?: string; hero?: string; contacts?: string[]; contact?: string; draft?: boolean; contentType?: string };
}

/**
 * {@link imageUsage} of the pages Eleventy renders (its collection of all pages): nothing is
 * read or validated again. Drafts never count, even in the preview.
 *
 * @example
 * usageOfRendered(collections.all, data).get("nicole-kimmel")?.[0]?.roles // => ["contact"]
 */
export function usageOfRendered(items: readonly RenderedPage[], data: UsageData & { photos: Readonly<Record<string, unknown>> }): Map<string, ImageUse[]> {
  const pages = items
    .filter((item) => item.data.contentType !== undefined && item.data.draft !== true)
    .sort((a, b) => a.url.localeCompare(b.url))
    .map((item): PageImages => {
      const layout = item.data.layout;
      return {
        url: item.url,
        title: item.url === "/" ? "Startseite" : (item.data.title ?? item.url),
        layout: layout === "home" || layout === "themen" || layout === "topic" ? layout : "page",
        topic: item.data.topicSlug,
        hero: item.data.hero,
        // Pages name their sidebar's contacts as a list; news and events name one.
        contacts: item.data.contacts ?? (item.data.contact ? [item.data.contact] : []),
        content: contentImageIds(markdownImages(typeof item.rawInput === "string" ? item.rawInput : "", 1), data.photos),
      };
    });
  return imageUsage(pages, data);
}
