/**
 * Which page shows which photo, and in what role. The Bildnachweis page links each credit
 * to these pages, and the validator warns about credits no page uses. The rules mirror the
 * layouts: the hero and Markdown figures in the article, contact photos in the sidebar,
 * topic cards on the start page and `/themen/` (top-level topics) and on every topic page
 * (its fields of action).
 */
import type { Contact } from "../schemas/contact.ts";
import type { TopicTree } from "../content/topic-tree.ts";

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
