/**
 * Checks every Markdown page in `src/` before Eleventy runs: encoding, front matter syntax
 * and fields, references to data, folder rules, topic pages and duplicate URLs. All problems
 * are collected, so one build names every mistake.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GENERATED_URLS } from "../content/generated.ts";
import { CONTENT_TYPES, contentTypeOf } from "../content/index.ts";
import { pageAddress } from "../content/page.ts";
import type { AnyContentType, ReferenceKind } from "../content/types.ts";
import type { SiteData } from "../load/data.ts";
import { memoizeByText } from "../shared/memo.ts";
import type { Problem } from "../shared/problems.ts";
import { runMode } from "../load/run-mode.ts";
import type { PageFrontMatter } from "../schemas/page.ts";
import { langProblems } from "./lang.ts";
import { pageReferenceProblems, type ReferencingPage } from "./page-references.ts";
import { parseYaml, rememberFrontMatter } from "./yaml.ts";
import { splitFrontMatter as splitNormalised } from "../load/front-matter.ts";
import { outputFileOf, permalinkIssue } from "../schemas/permalink.ts";
import { problemsFromZod } from "./zod-problems.ts";

/** Content folder, relative to the project root. */
export const CONTENT_DIR = "src";

export { GENERATED_URLS };

/** A Markdown page whose front matter could be read (valid or not): what body checks need. */
export interface PageSource {
  file: string;
  /** The page's address (best guess if its front matter is invalid). */
  url: string;
  /** The Markdown below the front matter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Marked `draft: true`, or a topic below a draft topic. */
  draft: boolean;
  /** Part of this run's output: not a draft, or drafts are shown (preview). */
  published: boolean;
}

/** A Markdown page that passed validation. */
export interface ValidPage extends PageSource {
  frontMatter: PageFrontMatter;
  /** Id of its content type (`lib/content/`). */
  type: string;
  /** Topic slug, for pages in `src/themen/`. */
  topic?: string | undefined;
  /** The Markdown below the front matter, and the file line it starts on. */
  body: string;
  bodyLine: number;
}

/** Options for {@link validatePages}. */
export interface ValidateOptions {
  /** Drafts are part of the run (preview, `npm start`); in production they are left out. */
  drafts: boolean;
  /** Today in Europe/Berlin (`JJJJ-MM-TT`); defaults to the run mode's. */
  today?: string;
  /**
   * Eleventy renders next in this process: hand it each parsed front matter (see
   * `rememberFrontMatter`) so it does not parse it again. Off where no Eleventy in this
   * process will take them (the production build renders in a child process).
   */
  forEleventy?: boolean;
}

/**
 * Splits a Markdown file into its YAML front matter and body.
 *
 * @example
 * splitFrontMatter("---\ntitle: A\n---\nText") // => { yaml: "title: A", body: "Text", bodyLine: 4 }
 */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (!match || match.index !== 0) return undefined;
  const yaml = match[1] ?? "";
  return { yaml, body: text.slice(match[0].length), bodyLine: yaml.split("\n").length + 3 };
}

/**
 * The URL a page gets: what its content type derives (topics: from the tree), else the
 * address of its file.
 *
 * @example
 * pageUrl("src/kontakt.md", {}, undefined)  // => "/kontakt/"
 * pageUrl("src/index.md", {}, undefined)    // => "/"
 * pageUrl("src/themen/a.md", {}, "/themen/x/a/") // => "/themen/x/a/"
 */
export function pageUrl(file: string, frontMatter: Pick<PageFrontMatter, "permalink">, typeUrl: string | undefined): string {
  return typeUrl ?? pageAddress(path.posix.relative(CONTENT_DIR, file), frontMatter);
}

function listMarkdown(root: string, dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) listMarkdown(root, relative, out);
    // Nunjucks is on for the feed plugin's template only; a .njk file in src/ would run as a template.
    else if (/\.(md|markdown|njk)$/i.test(entry.name)) out.push(relative);
  }
  return out.sort();
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes UTF-8 strictly. On failure, names the first line holding a byte sequence that is
 * no UTF-8 (a newline byte is never part of a multi-byte character, so lines decode alone).
 *
 * @example
 * decodeUtf8(Buffer.from("Grüße"))                  // => { text: "Grüße" }
 * decodeUtf8(Buffer.from([0x61, 0x0a, 0xe4, 0x0a])) // => { badLine: 2 }
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return { badLine: line };
      }
      line++;
      start = i + 1;
    }
    return { badLine: 1 };
  }
}

/** The content type of a Markdown file, or why it may not live where it is. */
function typeOrRule(file: string): { type: AnyContentType } | { rule: string } {
  const relative = path.posix.relative(CONTENT_DIR, file);
  const name = relative.split("/").at(-1)!;
  if (!/\.md$/.test(name)) return { rule: "Markdown-Dateien enden auf .md" };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/.test(name)) return { rule: "Dateinamen bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen (keine Umlaute, keine Leerzeichen)" };
  const type = contentTypeOf(relative);
  if (type) return { type };
  const places = CONTENT_TYPES.map((t) => t.place);
  return { rule: `Markdown-Seiten liegen ${places.slice(0, -1).join(", ")} oder ${places.at(-1)}, nicht in weiteren Unterordnern` };
}

/** The URL of a page whose front matter did not pass, as well as it can be told. */
function guessUrl(file: string, raw: unknown, typeUrl: string | undefined): string {
  const permalink = (raw as { permalink?: unknown } | null)?.permalink;
  const valid = typeof permalink === "string" && !permalinkIssue(permalink) ? permalink : undefined;
  return pageUrl(file, { permalink: valid }, typeUrl);
}

/** How the build announces a page that waits for its date (a warning: nothing to fix). */
const NOTICE = {
  field: "date",
  expected: "ein Datum bis heute, damit die Seite erscheint",
  fix: "Nichts zu tun: Die Seite erscheint mit dem ersten Build an ihrem Datum (der tägliche Build der Website sorgt dafür).",
} as const;

/** What a reference field's message says, by the kind of entry it names. */
const REFERENCE_TEXT: Record<ReferenceKind, { one: string; file: string; fix: (id: string, data: SiteData) => string }> = {
  images: {
    one: "eines Bildes",
    file: "_data/images.yaml",
    fix: (id, data) => `Tragen Sie das Bild "${id}" in _data/images.yaml ein oder verwenden Sie eine vorhandene Kennung, z. B. ${Object.keys(data.images)[0]}.`,
  },
  contacts: {
    one: "eines Kontakts",
    file: "_data/contacts.yaml",
    fix: (_id, data) => `Verwenden Sie eine vorhandene Kennung (${Object.keys(data.contacts).join(", ")}) oder legen Sie den Kontakt in _data/contacts.yaml an.`,
  },
  topics: { one: "eines Themas", file: "_data/topics.yaml", fix: (_id, data) => `Verwenden Sie die slug eines Themas aus _data/topics.yaml (${Object.keys(data.topics.bySlug).join(", ")}).` },
};

/** Whether an id names an entry of the site data. */
function exists(kind: ReferenceKind, id: string, data: SiteData): boolean {
  if (kind === "topics") return Boolean(data.topics.bySlug[id] ?? data.unpublishedTopics[id]);
  return Boolean(data[kind][id]);
}

/**
 * Problems of the reference fields a content type declares: every id must name an entry.
 *
 * @example
 * referenceProblems("src/a.md", { hero: "fehlt" }, { hero: "images" }, () => 3, data)
 * // => [{ file: "src/a.md", line: 3, field: "hero", expected: "die Kennung eines Bildes aus _data/images.yaml", ... }]
 */
export function referenceProblems(
  file: string,
  frontMatter: Record<string, unknown>,
  references: Partial<Record<string, ReferenceKind>>,
  lineOf: (p: readonly PropertyKey[]) => number | undefined,
  data: SiteData,
): Problem[] {
  const problems: Problem[] = [];
  for (const [field, kind] of Object.entries(references)) {
    if (!kind) continue;
    const value = frontMatter[field];
    const ids = Array.isArray(value) ? value.map((id, index) => [id, index] as const) : value === undefined ? [] : [[value, undefined] as const];
    for (const [id, index] of ids) {
      if (typeof id !== "string" || exists(kind, id, data)) continue;
      const text = REFERENCE_TEXT[kind];
      problems.push({
        file,
        line: lineOf(index === undefined ? [field] : [field, index]),
        field: index === undefined ? field : `${field}[${index}]`,
        expected: `die Kennung ${text.one} aus ${text.file}`,
        received: `"${id}", ${kind === "images" ? "das" : kind === "contacts" ? "den" : "das"} es dort nicht gibt`,
        fix: text.fix(id, data),
      });
    }
  }
  return problems;
}

/** {@link parseFrontMatter} in the preview: one parse per file and text. */
const keptFrontMatter = memoizeByText((key: string) => {
  const cut = key.indexOf("\0");
  return parseYaml(key.slice(cut + 1), key.slice(0, cut), 1);
});

/**
 * A page's front matter, parsed. In the preview every rebuild checks every page and most have
 * not changed since the last one, so the parse is kept per file and text; a production build
 * parses each front matter once and keeps nothing.
 *
 * @example
 * parseFrontMatter("title: Kontakt\n", "src/kontakt.md") // => { data: { title: "Kontakt" }, lineOf: ... }
 */
export function parseFrontMatter(yaml: string, file: string, keep = runMode().preview): ReturnType<typeof parseYaml> {
  return keep ? keptFrontMatter(`${file}\0${yaml}`) : parseYaml(yaml, file, 1);
}

/**
 * Validates every Markdown page below `root/src` against the schema and the site data.
 * Returns the valid pages, every page whose body can be checked, and all problems.
 *
 * @example
 * const { pages, sources, problems } = validatePages(process.cwd(), data, { drafts: false });
 */
export function validatePages(
  root: string,
  data: SiteData | undefined,
  options: ValidateOptions = { drafts: false },
): { pages: ValidPage[]; sources: PageSource[]; problems: Problem[]; notices: Problem[] } {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  const pages: ValidPage[] = [];
  const sources: PageSource[] = [];
  const referencing: ReferencingPage[] = [];
  const slugsOf = new Map<AnyContentType, Set<string>>();
  const urls = new Map<string, { file: string; line?: number | undefined; permalink: boolean }>(Object.entries(GENERATED_URLS).map(([url, file]) => [outputFileOf(url), { file, permalink: false }]));

  // Once per run, not per page: the run mode works out today's date in Europe/Berlin.
  const mode = runMode();
  for (const file of listMarkdown(root, CONTENT_DIR)) {
    const placed = typeOrRule(file);
    if ("rule" in placed) {
      problems.push({ file, expected: "eine Markdown-Datei am richtigen Ort mit gültigem Namen", received: `die Datei ${file}`, fix: `${placed.rule}. Verschieben oder benennen Sie die Datei um.` });
      continue;
    }
    const { type } = placed;
    const decoded = decodeUtf8(readFileSync(path.join(root, file)));
    if ("badLine" in decoded) {
      problems.push({
        file,
        line: decoded.badLine,
        expected: "eine Textdatei in UTF-8-Kodierung",
        received: `ab Zeile ${decoded.badLine} Zeichen in einer anderen Kodierung (z. B. Windows-1252 oder UTF-16) oder eine Binärdatei`,
        fix: "Öffnen Sie die Datei in Ihrem Editor und speichern Sie sie mit der Kodierung UTF-8 neu; prüfen Sie danach die Umlaute in dieser Zeile.",
      });
      continue;
    }
    const text = decoded.text;
    if (text.trim() === "") {
      problems.push({
        file,
        expected: "eine Seite mit Vorspann (---) und Text",
        received: "eine leere Datei",
        fix: 'Füllen Sie die Datei (Vorlage: npm run neu -- seite "Titel") oder löschen Sie sie.',
      });
      continue;
    }
    const split = splitNormalised(text);
    if (!split) {
      problems.push({
        file,
        line: 1,
        expected: "einen Vorspann zwischen zwei Zeilen mit ---",
        received: "keinen Vorspann",
        fix: "Beginnen Sie die Datei mit einer Zeile ---, dann title: und description:, dann wieder ---.",
      });
      continue;
    }
    problems.push(...langProblems(file, split.body, split.bodyLine));
    const relative = path.posix.relative(CONTENT_DIR, file);
    const slug = path.posix.basename(file, ".md");
    slugsOf.get(type)?.add(slug) ?? slugsOf.set(type, new Set([slug]));

    const parsed = parseFrontMatter(split.yaml, file, mode.preview);
    const raw = "problems" in parsed ? undefined : parsed.data;
    const heldBack = data ? type.leftOut?.({ slug, frontMatter: (raw ?? {}) as Record<string, unknown> }, data, options.today ?? mode.today) : undefined;
    if (heldBack?.notice && !options.drafts && (raw as { draft?: unknown } | undefined)?.draft !== true) {
      notices.push({ file, line: "problems" in parsed ? undefined : parsed.lineOf([NOTICE.field]), ...NOTICE, received: heldBack.notice });
    }
    const draft = (raw as { draft?: unknown } | undefined)?.draft === true || heldBack !== undefined;
    const derived = (frontMatter: unknown) => (data && type.computed ? type.computed({ relative, slug, frontMatter: (frontMatter ?? {}) as Record<string, unknown> }, data) : {});
    const source: PageSource = { file, url: guessUrl(file, raw, derived(raw).url), body: split.body, bodyLine: split.bodyLine, draft, published: options.drafts || !draft };
    sources.push(source);
    if ("problems" in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    // Eleventy reads the same front matter next; it takes this parse instead of a second one.
    // A copy when the parse is kept for the next rebuild: Eleventy may change what it is given.
    if (options.forEleventy) rememberFrontMatter(split.yaml, mode.preview ? structuredClone(parsed.data) : parsed.data);
    const result = type.schema.safeParse(parsed.data ?? {}, { reportInput: true });
    if (!result.success) {
      problems.push(...problemsFromZod(result.error, type.schema, parsed.data, file, parsed.lineOf));
      continue;
    }
    const fm = result.data as PageFrontMatter;
    problems.push(...(type.check?.({ file, slug, frontMatter: fm, lineOf: parsed.lineOf }, data) ?? []));
    if (data) problems.push(...referenceProblems(file, fm as Record<string, unknown>, type.references ?? {}, parsed.lineOf, data));
    const url = pageUrl(file, fm, derived(fm).url);
    const here = { file, line: fm.permalink ? parsed.lineOf(["permalink"]) : undefined, permalink: Boolean(fm.permalink) };
    const other = urls.get(outputFileOf(url));
    if (other) {
      // Name the page that set its address by hand: that is usually the one to change.
      const [culprit, first] = other.permalink && !here.permalink ? [other, here] : [here, other];
      problems.push({
        file: culprit.file,
        line: culprit.line,
        field: culprit.permalink ? "permalink" : "",
        expected: "eine Adresse, die keine andere Seite hat",
        received: `die Adresse ${url}, die auch ${first.file} hat`,
        fix: culprit.permalink
          ? `Ändern Sie permalink: in ${culprit.file} (oder löschen Sie die Zeile, dann gilt die Adresse aus dem Dateinamen).`
          : `Benennen Sie eine der beiden Dateien um (${first.file} oder ${culprit.file}); der Dateiname bestimmt die Adresse.`,
      });
    } else urls.set(outputFileOf(url), here);
    pages.push({ ...source, url, frontMatter: fm, type: type.id, topic: type.id === "topic" ? slug : undefined });
    if (type.pageReferences) referencing.push({ file, type, frontMatter: fm as Record<string, unknown>, lineOf: parsed.lineOf });
  }

  if (data) for (const type of CONTENT_TYPES) problems.push(...(type.checkAll?.(slugsOf.get(type) ?? new Set(), data) ?? []));
  problems.push(...pageReferenceProblems(referencing, pages));
  return { pages, sources, problems, notices };
}
