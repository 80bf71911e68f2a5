/**
 * What a content type is: everything the site derives from one kind of Markdown page, declared
 * in one module per type (`lib/content/<type>.ts`) and listed in `lib/content/index.ts`. The
 * validator, the Eleventy plugin (layout, address, collection), sitemap, search, `npm run neu`,
 * the editors' guide and the editing UI read these declarations; none of them knows a type by
 * name.
 */
import type { z } from "zod";
import type { SiteData } from "../load/data.ts";
import type { Problem } from "../shared/problems.ts";

/** An item of an Eleventy collection, the parts the types read. */
export interface CollectionItem<FM> {
  url: string;
  data: FM & { page: { fileSlug: string } };
}

/** What a reference field points to: photos, contacts or topics of `_data/`. */
export type ReferenceKind = "images" | "contacts" | "topics";

/** A page of this type as the validator sees it: file, validated front matter and where its fields are. */
export interface ContentSource<FM> {
  /** Path from the project root, e.g. `src/themen/fairer-handel.md`. */
  file: string;
  /** The file name without `.md` (Eleventy's `fileSlug`). */
  slug: string;
  frontMatter: FM;
  /** 1-based line of a front matter field, where known. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** The data a page needs from its type at render time, computed by the Eleventy plugin. */
export interface ContentComputed {
  /** The page's title when the type sets it (topics take theirs from `_data/topics.yaml`). */
  title?: string | undefined;
  /** The page's address, e.g. `/themen/fairer-handel/`. */
  url?: string | undefined;
  /** Further fields the type's layouts read, e.g. `topicSlug`. */
  fields?: Record<string, unknown>;
}

/** What `npm run neu` hands a scaffold. */
export interface ScaffoldInput {
  title: string;
  /** The slug made from the title (ASCII German: ä → ae). */
  slug: string;
  /** Values of the command line options the scaffold declares. */
  options: Readonly<Record<string, string | undefined>>;
  /** A project file's text, or undefined if there is none. */
  read: (file: string) => string | undefined;
  /** Today in the site's time zone, `JJJJ-MM-TT`. */
  today: string;
}

/** The files a scaffold writes and what it tells the editor, or why it refuses. */
export type ScaffoldResult = { writes: { file: string; text: string }[]; created: string; file: string } | { refused: string };

/** `npm run neu -- <command> "Titel"`: what a new page of this type looks like. */
export interface Scaffold {
  /** The German word after `npm run neu --`, e.g. `thema`. */
  command: string;
  /** Lines for the usage text, e.g. `npm run neu -- thema "Titel des Themas"`. */
  usage: readonly string[];
  /** Command line options (string values), e.g. `unter` for the parent topic. */
  options?: readonly string[];
  /** The new draft: files to write (new files, or a data file with an entry appended). */
  create: (input: ScaffoldInput) => ScaffoldResult;
}

/**
 * How the editing UI (`lib/cms/`) shows a type where its schema alone does not say it: rules of
 * {@link ContentType.check} that a form can express.
 */
export interface EditingHints {
  /**
   * Fields the form leaves out although the type accepts them. Fields in
   * {@link ContentType.refusedFields} are left out anyway.
   */
  omit?: readonly string[];
  /** Optional fields of the schema that this type requires (a page needs its title). */
  require?: readonly string[];
  /**
   * The file name of a new entry, as a template of the CMS (`{{title}}`, `{{year}}-{{slug}}`).
   * Without it a type with a title field is named after the title; otherwise the editor types the name.
   */
  slug?: string;
  /**
   * Where a new entry goes below {@link ContentType.folder}, as a template of the CMS (default
   * `{{slug}}`): news and events live in a folder per year, taken from their date.
   */
  path?: string;
}

/** A content type. `FM` is the type of its validated front matter. */
export interface ContentType<FM = unknown> {
  /** Machine name, also the name of its Eleventy collection: `topic`, `page`, `news`, ... */
  id: string;
  /** German names, for the guide, the search filter and the editing UI. */
  label: { one: string; many: string };
  /** One German sentence for the guide and the editing UI: what pages of this type are for. */
  summary: string;
  /** The folder below the project root where its files live, e.g. `src/themen`. */
  folder: string;
  /** Where its files live, as the folder rule's message says it: `in src/themen/ (Themen)`. */
  place: string;
  /** Whether a Markdown file (path from `src/`, e.g. `themen/fairer-handel.md`) is of this type. */
  owns: (relative: string) => boolean;
  /** The strict zod schema of the front matter. */
  schema: z.ZodType<FM>;
  /** The layout a page of this type renders with, when its front matter names none. */
  layout: (frontMatter: FM) => string;
  /** Every layout a page of this type may render with (`_includes/layouts/<name>.11ty.tsx`). */
  layouts: readonly string[];
  /** Names of the extra fields {@link ContentType.computed} returns, e.g. `topicSlug`. */
  fieldNames?: readonly string[];
  /** Title, address and layout fields that the type derives from the site data. */
  computed?: (source: { relative: string; slug: string; frontMatter: Partial<FM> }, data: SiteData) => ContentComputed;
  /**
   * Front matter fields that name entries of the site data by id (a string or a list of
   * strings): the validator checks that they exist, the editing UI offers them as choices.
   */
  references?: Partial<Record<string, ReferenceKind>>;
  /**
   * Front matter fields that name pages of another content type by their slug (a list of
   * strings), by that type's id: a programme's `documents` name publications. The validator
   * checks that each names a page that is part of this run.
   */
  pageReferences?: Partial<Record<string, string>>;
  /**
   * Fields of the schema that this type refuses with a message of its own (`check`), so the
   * guide and the editing UI do not offer them: topics take `title` from `_data/topics.yaml`.
   */
  refusedFields?: readonly string[];
  /** Rules beyond the schema and the references (fields this type forbids, entries it needs). */
  check?: (source: ContentSource<FM>, data: SiteData | undefined) => Problem[];
  /** Rules over all pages of this type together, by their slugs (e.g. every topic needs its page). */
  checkAll?: (slugs: ReadonlySet<string>, data: SiteData) => Problem[];
  /**
   * Why a page that is no draft itself is still left out of production (a topic below a draft
   * topic, news dated after today), or undefined when it is published. With `notice`, the
   * production build says so (in German).
   */
  leftOut?: (source: { slug: string; frontMatter: Partial<FM> }, data: SiteData, today: string) => { notice?: string } | undefined;
  /**
   * Pages the type's own templates generate (lists, archives, feeds, calendars), by URL with the
   * template that makes them, so links to them are known before anything is rendered.
   */
  generatedUrls?: (pages: readonly { url: string; frontMatter: FM }[]) => Record<string, string>;
  /**
   * Collections its pages' layout reads (a programme's documents are publications): in
   * `npm start` Eleventy rebuilds the type's pages when a page of one of these changes
   * (lib/content/collections.ts). Only for few pages reading small collections: Eleventy looks
   * up every page's imports on every rebuild, so topic pages importing all news (for their
   * "Aktuelles zum Thema") made a one-page rebuild of a 4,000-page site take 11 s instead of 1.
   */
  imports?: readonly string[];
  /** Groupings of the type's items (in the type's order) that its list templates paginate over, by name (`derived` in lib/content/collections.ts). */
  collections?: Record<string, (items: readonly CollectionItem<FM>[]) => unknown[]>;
  /** Order of the collection, newest or first first. */
  compare?: (a: FM, b: FM) => number;
  /**
   * Search: the value of the type filter ("Thema", "Aktuelles", ...) and the address prefix of
   * its pages (the indexer knows a page's type by it; none for general pages).
   */
  search: { type: string; urlPrefix?: string };
  /** Whether a page of this type is listed in `sitemap.xml` (pages marked `unlisted` never are). */
  sitemap: boolean;
  /** How `npm run neu` creates one, if editors create them by hand. */
  scaffold?: Scaffold;
  /** What the editing UI needs beyond the schema. */
  editing?: EditingHints;
}

/**
 * Any content type, whatever its front matter: the registry holds types of different `FM`,
 * and `ContentType` uses `FM` both in what it returns and in what it accepts.
 */
// biome-ignore lint/suspicious/noExplicitAny: a list of content types has no single front matter type
export type AnyContentType = ContentType<any>;

/**
 * Declares a content type; only checks and infers, so each module reads like a table.
 *
 * @example
 * export const page = defineContentType({ id: "page", ... });
 */
export function defineContentType<FM>(type: ContentType<FM>): ContentType<FM> {
  return type;
}
