/** The breadcrumb trail of a page, derived from the topic tree and the page hierarchy. */
import type { TopicTree } from "../content/topic-tree.ts";

/** One step of the trail. */
export interface Crumb {
  title: string;
  url: string;
}

/**
 * The trail from the start page to the current page (inclusive).
 *
 * @example
 * breadcrumbTrail("/kontakt/", "Kontakt", undefined, tree)
 * // => [{ title: "Startseite", url: "/" }, { title: "Kontakt", url: "/kontakt/" }]
 */
export function breadcrumbTrail(url: string, title: string, topicSlug: string | undefined, tree: TopicTree): Crumb[] {
  const home: Crumb = { title: "Startseite", url: "/" };
  if (url === "/") return [home];
  const topic = topicSlug ? tree.bySlug[topicSlug] : undefined;
  if (topic) {
    const ancestors = topic.ancestors.map((slug) => tree.bySlug[slug]!).map((t) => ({ title: t.shortTitle ?? t.title, url: t.url }));
    return [home, { title: "Themen", url: "/themen/" }, ...ancestors, { title: topic.shortTitle ?? topic.title, url: topic.url }];
  }
  return [home, { title, url }];
}

/**
 * schema.org BreadcrumbList for the trail, with absolute URLs.
 *
 * @example
 * breadcrumbJsonLd([{ title: "Startseite", url: "/" }], "https://www.sez.de").itemListElement[0].item
 * // => "https://www.sez.de/"
 */
export function breadcrumbJsonLd(trail: readonly Crumb[], origin: string) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.title,
      item: `${origin}${crumb.url}`,
    })),
  };
}

/**
 * Whether a navigation link is the current page (`page`), a section containing it (`true`)
 * or neither.
 *
 * @example
 * navCurrent("/themen/", "/themen/kommunale-entwicklungszusammenarbeit/") // => "true"
 * navCurrent("/themen/", "/themen/") // => "page"
 */
export function navCurrent(linkUrl: string, pageUrl: string): "page" | "true" | undefined {
  if (linkUrl === pageUrl) return "page";
  if (linkUrl !== "/" && pageUrl.startsWith(linkUrl)) return "true";
  return undefined;
}
