/**
 * Checks every Markdown page in `src/` before Eleventy runs: encoding, front matter syntax
 * and fields, references to data, folder rules, topic pages and duplicate URLs. All problems
 * are collected, so one build names every mistake.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SiteData } from "../load/data.ts";
import type { Problem } from "../shared/problems.ts";
import { PageFrontMatterSchema, type PageFrontMatter } from "../schemas/page.ts";
import { langProblems } from "./lang.ts";
import { parseYaml, rememberFrontMatter } from "./yaml.ts";
import { splitFrontMatter as splitNormalised } from "../load/front-matter.ts";
import { outputFileOf, permalinkIssue } from "../schemas/permalink.ts";
import { problemsFromZod } from "./zod-problems.ts";

/** Content folder, relative to the project root. */
export const CONTENT_DIR = "src";

/** URLs that templates other than Markdown pages produce. */
export const GENERATED_URLS: Record<string, string> = {
  "/bildnachweis/": "src/bildnachweis.11ty.tsx",
  "/suche/": "src/suche.11ty.tsx",
};

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
 * The URL Eleventy gives a page, following the folder rules of this site.
 *
 * @example
 * pageUrl("src/kontakt.md", {}, undefined)  // => "/kontakt/"
 * pageUrl("src/index.md", {}, undefined)    // => "/"
 */
export function pageUrl(file: string, frontMatter: Pick<PageFrontMatter, "permalink">, topicUrl: string | undefined): string {
  if (topicUrl) return topicUrl;
  if (frontMatter.permalink) return `/${frontMatter.permalink.replace(/^\//, "")}`;
  const relative = path.posix.relative(CONTENT_DIR, file).replace(/\.md$/, "");
  if (relative === "index") return "/";
  return `/${relative.replace(/\/index$/, "")}/`;
}

function listMarkdown(root: string, dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) listMarkdown(root, relative, out);
    else if (/\.(md|markdown)$/i.test(entry.name)) out.push(relative);
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

/** Where a Markdown file may live, and why not if it may not. */
function folderRule(file: string): string | undefined {
  const relative = path.posix.relative(CONTENT_DIR, file);
  const parts = relative.split("/");
  const name = parts.at(-1)!;
  if (!/\.md$/.test(name)) return "Markdown-Dateien enden auf .md";
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/.test(name)) return "Dateinamen bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen (keine Umlaute, keine Leerzeichen)";
  if (parts.length === 1) return undefined;
  if (parts.length === 2 && parts[0] === "themen") return undefined;
  return "Markdown-Seiten liegen direkt in src/ (allgemeine Seiten) oder in src/themen/ (Themen), nicht in weiteren Unterordnern";
}

/** The URL of a page whose front matter did not pass, as well as it can be told. */
function guessUrl(file: string, raw: unknown, topicUrl: string | undefined): string {
  const permalink = (raw as { permalink?: unknown } | null)?.permalink;
  const valid = typeof permalink === "string" && !permalinkIssue(permalink) ? permalink : undefined;
  return pageUrl(file, { permalink: valid }, topicUrl);
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
): { pages: ValidPage[]; sources: PageSource[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const pages: ValidPage[] = [];
  const sources: PageSource[] = [];
  const topicsWithPage = new Set<string>();
  const urls = new Map<string, { file: string; line?: number | undefined; permalink: boolean }>(
    Object.entries(GENERATED_URLS).map(([url, file]) => [outputFileOf(url), { file, permalink: false }]),
  );

  for (const file of listMarkdown(root, CONTENT_DIR)) {
    const rule = folderRule(file);
    if (rule) {
      problems.push({ file, expected: "eine Markdown-Datei am richtigen Ort mit gültigem Namen", received: `die Datei ${file}`, fix: `${rule}. Verschieben oder benennen Sie die Datei um.` });
      continue;
    }
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
      problems.push({ file, expected: "eine Seite mit Vorspann (---) und Text", received: "eine leere Datei", fix: "Füllen Sie die Datei (Vorlage: npm run neu -- seite \"Titel\") oder löschen Sie sie." });
      continue;
    }
    const split = splitNormalised(text);
    if (!split) {
      problems.push({ file, line: 1, expected: "einen Vorspann zwischen zwei Zeilen mit ---", received: "keinen Vorspann", fix: "Beginnen Sie die Datei mit einer Zeile ---, dann title: und description:, dann wieder ---." });
      continue;
    }
    problems.push(...langProblems(file, split.body, split.bodyLine));
    const isTopic = file.startsWith(`${CONTENT_DIR}/themen/`) && !file.endsWith("/index.md");
    const slug = isTopic ? path.posix.basename(file, ".md") : undefined;
    const unpublishedTopic = slug ? data?.unpublishedTopics[slug] : undefined;
    const topic = slug ? (data?.topics.bySlug[slug] ?? unpublishedTopic) : undefined;
    if (slug) topicsWithPage.add(slug);

    const parsed = parseYaml(split.yaml, file, 1);
    const raw = "problems" in parsed ? undefined : parsed.data;
    const draft = (raw as { draft?: unknown } | undefined)?.draft === true || unpublishedTopic !== undefined;
    const source: PageSource = { file, url: guessUrl(file, raw, topic?.url), body: split.body, bodyLine: split.bodyLine, draft, published: options.drafts || !draft };
    sources.push(source);
    if ("problems" in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    // Eleventy reads the same front matter next; it takes this parse instead of a second one.
    if (options.forEleventy) rememberFrontMatter(split.yaml, parsed.data);
    const result = PageFrontMatterSchema.safeParse(parsed.data ?? {}, { reportInput: true });
    if (!result.success) {
      problems.push(...problemsFromZod(result.error, PageFrontMatterSchema, parsed.data, file, parsed.lineOf));
      continue;
    }
    const fm = result.data;

    if (isTopic && data && !topic) {
      problems.push({ file, expected: `einen Eintrag mit slug: ${slug} in _data/topics.yaml`, received: "keinen solchen Eintrag", fix: `Tragen Sie das Thema "${slug}" in _data/topics.yaml ein (slug, title, teaser, order) oder benennen Sie die Datei nach einem vorhandenen Thema.` });
    }
    if (isTopic && fm.title) {
      problems.push({ file, line: parsed.lineOf(["title"]), field: "title", expected: "keinen title bei Themenseiten: der Titel steht in _data/topics.yaml", received: `"${fm.title}"`, fix: `Entfernen Sie die Zeile title: hier und ändern Sie den Titel in _data/topics.yaml beim Thema "${slug}".` });
    }
    if (isTopic && fm.layout) {
      problems.push({ file, line: parsed.lineOf(["layout"]), field: "layout", expected: "kein layout bei Themenseiten (sie nutzen immer das Themen-Layout)", received: `"${fm.layout}"`, fix: "Entfernen Sie die Zeile layout: aus dem Vorspann." });
    }
    if (isTopic && fm.permalink) {
      problems.push({ file, line: parsed.lineOf(["permalink"]), field: "permalink", expected: "kein permalink bei Themenseiten: ihre Adresse folgt aus _data/topics.yaml", received: `"${fm.permalink}"`, fix: "Entfernen Sie die Zeile permalink: aus dem Vorspann; die Adresse ändern Sie über slug und parent in _data/topics.yaml." });
    }
    if (!isTopic && !fm.title) {
      problems.push({ file, line: 1, field: "title", expected: "der Seitentitel in einer Zeile", received: "nichts (Feld fehlt)", fix: 'Ergänzen Sie das Pflichtfeld "title".' });
    }
    if (data) {
      if (fm.hero && !data.images[fm.hero]) {
        problems.push({ file, line: parsed.lineOf(["hero"]), field: "hero", expected: "die Kennung eines Bildes aus _data/images.yaml", received: `"${fm.hero}", das es dort nicht gibt`, fix: `Tragen Sie das Bild "${fm.hero}" in _data/images.yaml ein oder verwenden Sie eine vorhandene Kennung, z. B. ${Object.keys(data.images)[0]}.` });
      }
      fm.contacts?.forEach((id, index) => {
        if (!data.contacts[id]) {
          problems.push({ file, line: parsed.lineOf(["contacts", index]), field: `contacts[${index}]`, expected: "die Kennung eines Kontakts aus _data/contacts.yaml", received: `"${id}", den es dort nicht gibt`, fix: `Verwenden Sie eine vorhandene Kennung (${Object.keys(data.contacts).join(", ")}) oder legen Sie den Kontakt in _data/contacts.yaml an.` });
        }
      });
    }
    const url = pageUrl(file, fm, topic?.url);
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
    pages.push({ ...source, url, frontMatter: fm, topic: slug });
  }

  for (const slug of Object.keys({ ...data?.topics.bySlug, ...data?.unpublishedTopics })) {
    if (!topicsWithPage.has(slug)) {
      problems.push({ file: "_data/topics.yaml", field: slug, expected: `eine Seite src/themen/${slug}.md für jedes Thema`, received: "keine solche Seite", fix: `Legen Sie src/themen/${slug}.md an (npm run neu -- thema "Titel") oder entfernen Sie das Thema aus _data/topics.yaml.` });
    }
  }
  return { pages, sources, problems };
}
