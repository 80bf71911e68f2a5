/**
 * Search metadata and filters that are not visible on the page itself: the description (from
 * `<meta name="description">`), the content type (metadata, and the type filter for the types
 * of {@link FILTER_TYPES}) and the topic a page belongs to. Both are handed to Pagefind in
 * hidden, ignored elements at the start of the indexed body (Pagefind reads metadata and
 * filters from ignored elements, but not their text).
 */
import type { TopicTree } from "../content/topic-tree.ts";
import { TOPIC_FIELD, TYPE_FIELD } from "../shared/search-fields.ts";
import { FILTER_TYPES } from "../shared/search-options.ts";
import { escapeHtml } from "./html.ts";

export { TOPIC_FIELD };

/**
 * The top-level topic a URL belongs to, as shown in navigation (short title if there is one).
 * Topic URLs follow the tree (`/themen/<root>/<child>/`), so the first segment decides.
 *
 * @example
 * topicOfUrl("/themen/kommunale-entwicklungszusammenarbeit/kommunale-partnerschaften/", tree)
 * // => "Kommunale Entwicklungszusammenarbeit"
 * topicOfUrl("/kontakt/", tree) // => undefined
 */
export function topicOfUrl(url: string, topics: TopicTree): string | undefined {
  const match = /^\/themen\/([^/]+)\//.exec(url);
  const root = match ? topics.bySlug[match[1]!] : undefined;
  if (!root || root.ancestors.length > 0) return undefined;
  return root.shortTitle ?? root.title;
}

/**
 * The hidden elements that carry description and topic into the index.
 *
 * @example
 * searchMetaHtml({ description: "Was die SEZ tut", topic: "Fairer Handel" })
 * // => '<span data-pagefind-ignore data-pagefind-meta="description" hidden>Was die SEZ tut</span>'
 * //  + '<span data-pagefind-ignore data-pagefind-meta="thema" data-pagefind-filter="thema" hidden>Fairer Handel</span>'
 */
export function searchMetaHtml({ description, topic, type }: { description: string | undefined; topic: string | undefined; type?: string | undefined }): string {
  const parts: string[] = [];
  // The type filter offers the content types (FILTER_TYPES); general pages are in no type.
  const filter = (FILTER_TYPES as readonly string[]).includes(type ?? "") ? ` data-pagefind-filter="${TYPE_FIELD}"` : "";
  if (type) parts.push(`<span data-pagefind-ignore data-pagefind-meta="${TYPE_FIELD}"${filter} hidden>${escapeHtml(type)}</span>`);
  if (description) parts.push(`<span data-pagefind-ignore data-pagefind-meta="description" hidden>${escapeHtml(description)}</span>`);
  if (topic) parts.push(`<span data-pagefind-ignore data-pagefind-meta="${TOPIC_FIELD}" data-pagefind-filter="${TOPIC_FIELD}" hidden>${escapeHtml(topic)}</span>`);
  return parts.join("");
}

/**
 * The URL Pagefind should give a built file.
 *
 * @example
 * urlOfFile("themen/fairer-handel/index.html") // => "/themen/fairer-handel/"
 * urlOfFile("index.html")                      // => "/"
 * urlOfFile("bildnachweis.html")               // => "/bildnachweis.html"
 */
export function urlOfFile(relativePath: string): string {
  const posix = relativePath.split("\\").join("/");
  if (posix === "index.html") return "/";
  return `/${posix.replace(/(^|\/)index\.html$/, "$1")}`;
}
