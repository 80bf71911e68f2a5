/**
 * The items of a content type, as the templates that list them read them.
 *
 * Each type's pages publish to an Eleventy tag collection named by the type's id (the tag comes
 * from the data file of the type's folder, {@link folderData}), and a template that reads a
 * type's items says so in `eleventyImport` or paginates over `collections.<id>`. That is what
 * Eleventy's incremental build (`npm start`) follows: a changed page rebuilds the lists it
 * appears in, and only those. A collection made with `addCollection` would instead make every
 * list depend on every page (Eleventy cannot see which pages such a function picks), so one
 * changed topic page rebuilt all 1,370 news list pages of a 4,000-page site.
 *
 * The tag alone also catches the folder's list templates; they opt out with
 * `eleventyExcludeFromCollections`, and {@link itemsOf} keeps the type's Markdown pages only.
 */
import { contentTypeById } from "./index.ts";

/** What a content type's folder data file gives every page in the folder. */
export interface FolderData {
  /** The type's collection, which its pages publish to. */
  tags: string[];
  /** The collections its pages' layout reads (Eleventy rebuilds them when one of those changes). */
  eleventyImport: { collections: string[] };
}

/**
 * The directory data of a content type's folder (`src/aktuelles/aktuelles.11tydata.ts` and so on).
 *
 * @example
 * folderData("programme") // => { tags: ["programme"], eleventyImport: { collections: ["publication"] } }
 * folderData("topic")     // => { tags: ["topic"], eleventyImport: { collections: [] } }
 */
export function folderData(id: string): FolderData {
  const type = contentTypeById(id);
  return { tags: [type.id], eleventyImport: { collections: [...(type.imports ?? [])] } };
}

/** Sorted items per collection array: every list template of a build asks for the same array. */
const sortedCache = new WeakMap<readonly unknown[], unknown[]>();
/** Derived collections per collection array and name. */
const derivedCache = new WeakMap<readonly unknown[], Map<string, unknown[]>>();

/** One of Eleventy's collection items, as far as this module reads it. */
type Item = { data: { contentType?: unknown } };

/** A page of a type's collection as Eleventy gives it to templates. */
export interface TypeItem<FM> {
  url: string;
  /** The file name without `.md`: the id other pages name it by. */
  fileSlug: string;
  data: FM & { page: { fileSlug: string } };
}

/**
 * A type's pages from its collection (`collections.<id>`, e.g. in a pagination's `before`), in
 * the type's order (`compare`), without the list templates of its folder. The result is
 * shared: do not sort it in place.
 *
 * @example
 * ordered("news", data.collections.news)[0]?.data.title // => the oldest news article's title
 */
export function ordered<FM>(id: string, items: readonly object[] = []): readonly TypeItem<FM>[] {
  let sorted = sortedCache.get(items);
  if (!sorted) {
    const type = contentTypeById(id);
    const own = (items as readonly Item[]).filter((item) => item.data.contentType === id) as TypeItem<never>[];
    if (type.compare) own.sort((a, b) => type.compare!(a.data, b.data));
    sorted = own;
    sortedCache.set(items, sorted);
  }
  return sorted as readonly TypeItem<FM>[];
}

/**
 * {@link ordered} for a template's or layout's `collections`.
 *
 * @example
 * itemsOf<NewsFrontMatter>(data.collections, "news").length // => 12
 */
export function itemsOf<FM>(collections: object, id: string): readonly TypeItem<FM>[] {
  return ordered<FM>(id, (collections as Record<string, readonly object[] | undefined>)[id]);
}

/**
 * One of the further collections a type derives from its items (`collections` of the type:
 * `newsYears`, `newsTopics`), from its collection (a pagination's `before` gets that).
 *
 * @example
 * derived("news", "newsYears", data.collections.news)[0] // => { key: "2026", items: [...] }
 */
export function derived(id: string, name: string, items: readonly object[] = []): unknown[] {
  const byName = derivedCache.get(items) ?? new Map<string, unknown[]>();
  derivedCache.set(items, byName);
  let result = byName.get(name);
  if (!result) {
    const derive = contentTypeById(id).collections?.[name];
    if (!derive) throw new Error(`Der Inhaltstyp ${id} leitet keine Sammlung ${name} ab.`);
    result = derive(ordered(id, items));
    byName.set(name, result);
  }
  return result;
}
