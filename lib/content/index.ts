/**
 * Every content type of the site, in the order the guide and the editing UI list them. A new
 * type is one module beside this file (schema, folder, address, layout, search, sitemap,
 * scaffold) plus its layouts, and one line here.
 */
import { page } from "./page.ts";
import { programme } from "./programme.ts";
import { publication } from "./publication.ts";
import { topic } from "./topic.ts";
import type { ContentType } from "./types.ts";

/** All content types. */
export const CONTENT_TYPES: readonly ContentType<any>[] = [page, topic, programme, publication];

/**
 * The type a Markdown file belongs to (path from `src/`), or undefined for a file in no
 * type's folder.
 *
 * @example
 * contentTypeOf("themen/fairer-handel.md")?.id // => "topic"
 * contentTypeOf("kontakt.md")?.id              // => "page"
 * contentTypeOf("alt/kontakt.md")              // => undefined
 */
export function contentTypeOf(relative: string): ContentType<any> | undefined {
  return CONTENT_TYPES.find((type) => type.owns(relative));
}

/**
 * A content type by its id.
 *
 * @example
 * contentTypeById("topic").label.one // => "Thema"
 */
export function contentTypeById(id: string): ContentType<any> {
  const type = CONTENT_TYPES.find((t) => t.id === id);
  if (!type) throw new Error(`Unbekannter Inhaltstyp "${id}"`);
  return type;
}
