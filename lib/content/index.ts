/**
 * Every content type of the site, in the order the guide and the editing UI list them. A new
 * type is one module beside this file (schema, folder, address, layout, search, sitemap,
 * scaffold) plus its layouts, and one line here.
 */
import { event } from "./event.ts";
import { news } from "./news.ts";
import { page } from "./page.ts";
import { programme } from "./programme.ts";
import { publication } from "./publication.ts";
import { topic } from "./topic.ts";
import { GENERATED_URLS } from "./generated.ts";
import type { AnyContentType } from "./types.ts";

/** All content types. */
export const CONTENT_TYPES: readonly AnyContentType[] = [page, topic, news, event, programme, publication];

/**
 * The type a Markdown file belongs to (path from `src/`), or undefined for a file in no
 * type's folder.
 *
 * @example
 * contentTypeOf("themen/fairer-handel.md")?.id // => "topic"
 * contentTypeOf("kontakt.md")?.id              // => "page"
 * contentTypeOf("alt/kontakt.md")              // => undefined
 */
export function contentTypeOf(relative: string): AnyContentType | undefined {
  return CONTENT_TYPES.find((type) => type.owns(relative));
}

/**
 * Every address that templates generate rather than Markdown pages: the fixed ones
 * ({@link GENERATED_URLS}) and each type's lists, archives, feeds and calendars for these pages.
 *
 * @example
 * generatedUrlsOf([{ type: "event", url: "/termine/2027/a/", frontMatter }])["/termine/2027/a.ics"] // => "src/termine/ics.11ty.tsx"
 */
export function generatedUrlsOf(pages: readonly { type: string; url: string; frontMatter: unknown }[]): Record<string, string> {
  const urls: Record<string, string> = { ...GENERATED_URLS };
  for (const type of CONTENT_TYPES) {
    if (type.generatedUrls) Object.assign(urls, type.generatedUrls(pages.filter((p) => p.type === type.id) as never));
  }
  return urls;
}

/**
 * The search type of a page by its address: the type whose `search.urlPrefix` it lies below
 * (the prefix's own page, a list, is not of that type), else that of general pages.
 *
 * @example
 * searchTypeOfUrl("/aktuelles/2026/neue-partnerschaft/") // => "Aktuelles"
 * searchTypeOfUrl("/themen/")                            // => "Seite"
 */
export function searchTypeOfUrl(url: string): string {
  const type = CONTENT_TYPES.filter((t) => t.search.urlPrefix && url.startsWith(t.search.urlPrefix) && url !== t.search.urlPrefix).sort(
    (a, b) => b.search.urlPrefix!.length - a.search.urlPrefix!.length,
  )[0];
  return (type ?? contentTypeById("page")).search.type;
}

/**
 * A content type by its id.
 *
 * @example
 * contentTypeById("topic").label.one // => "Thema"
 */
export function contentTypeById(id: string): AnyContentType {
  const type = CONTENT_TYPES.find((t) => t.id === id);
  if (!type) throw new Error(`Unbekannter Inhaltstyp "${id}"`);
  return type;
}
