/**
 * Checks every Markdown page in `src/` before Eleventy runs: encoding, front matter syntax
 * and fields, references to data, folder rules, topic pages and duplicate URLs. All problems
 * are collected, so one build names every mistake.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { SiteData } from "../data.ts";
import type { Problem } from "../problems.ts";
import { PageFrontMatterSchema, type PageFrontMatter } from "../schemas/page.ts";
import { parseYaml, rememberFrontMatter } from "./yaml.ts";
import { problemsFromZod } from "./zod-problems.ts";

/** Content folder, relative to the project root. */
export const CONTENT_DIR = "src";

/** URLs that templates other than Markdown pages produce. */
export const GENERATED_URLS: Record<string, string> = {
  "/bildnachweis/": "src/bildnachweis.11ty.tsx",
  "/suche/": "src/suche.11ty.tsx",
};

/** A Markdown page that passed validation. */
export interface ValidPage {
  file: string;
  url: string;
  frontMatter: PageFrontMatter;
  /** Topic slug, for pages in `src/themen/`. */
  topic?: string | undefined;
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
  if (frontMatter.permalink) return `/${frontMatter.permalink.replace(/^\//, "")}`;
  if (topicUrl) return topicUrl;
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

/** What checking one file found: its problems, and the page if it is one. */
interface PageOutcome {
  problems: Problem[];
  page?: ValidPage;
}

/**
 * Checks one Markdown file on its own: location, encoding, front matter and references to
 * the data. Checks between pages (duplicate URLs, topics without page) come later.
 */
function validatePage(root: string, file: string, data: SiteData | undefined): PageOutcome {
  const problems: Problem[] = [];
  const rule = folderRule(file);
  if (rule) {
    problems.push({ file, expected: "eine Markdown-Datei am richtigen Ort mit gültigem Namen", received: `die Datei ${file}`, fix: `${rule}. Verschieben oder benennen Sie die Datei um.` });
    return { problems };
  }
  const bytes = readFileSync(path.join(root, file));
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    problems.push({ file, expected: "eine Textdatei in UTF-8-Kodierung", received: "eine Datei in einer anderen Kodierung (z. B. Windows-1252) oder eine Binärdatei", fix: "Speichern Sie die Datei in Ihrem Editor mit der Kodierung UTF-8 neu." });
    return { problems };
  }
  if (text.trim() === "") {
    problems.push({ file, expected: "eine Seite mit Vorspann (---) und Text", received: "eine leere Datei", fix: "Füllen Sie die Datei (Vorlage: npm run neu -- seite \"Titel\") oder löschen Sie sie." });
    return { problems };
  }
  const split = splitFrontMatter(text.replace(/^\uFEFF/, ""));
  if (!split) {
    problems.push({ file, line: 1, expected: "einen Vorspann zwischen zwei Zeilen mit ---", received: "keinen Vorspann", fix: "Beginnen Sie die Datei mit einer Zeile ---, dann title: und description:, dann wieder ---." });
    return { problems };
  }
  const parsed = parseYaml(split.yaml, file, 1);
  if ("problems" in parsed) return { problems: parsed.problems };
  rememberFrontMatter(split.yaml, parsed.data);
  const result = PageFrontMatterSchema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (!result.success) return { problems: problemsFromZod(result.error, PageFrontMatterSchema, parsed.data, file, parsed.lineOf) };
  const fm = result.data;
  const isTopic = file.startsWith(`${CONTENT_DIR}/themen/`) && !file.endsWith("/index.md");
  const slug = isTopic ? path.posix.basename(file, ".md") : undefined;
  const topic = slug ? data?.topics.bySlug[slug] : undefined;

  if (isTopic && data && !topic) {
    problems.push({ file, expected: `einen Eintrag mit slug: ${slug} in _data/topics.yaml`, received: "keinen solchen Eintrag", fix: `Tragen Sie das Thema "${slug}" in _data/topics.yaml ein (slug, title, teaser, order) oder benennen Sie die Datei nach einem vorhandenen Thema.` });
  }
  if (isTopic && fm.title) {
    problems.push({ file, line: parsed.lineOf(["title"]), field: "title", expected: "keinen title bei Themenseiten: der Titel steht in _data/topics.yaml", received: `"${fm.title}"`, fix: `Entfernen Sie die Zeile title: hier und ändern Sie den Titel in _data/topics.yaml beim Thema "${slug}".` });
  }
  if (isTopic && fm.layout) {
    problems.push({ file, line: parsed.lineOf(["layout"]), field: "layout", expected: "kein layout bei Themenseiten (sie nutzen immer das Themen-Layout)", received: `"${fm.layout}"`, fix: "Entfernen Sie die Zeile layout: aus dem Vorspann." });
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
  return { problems, page: { file, url: pageUrl(file, fm, topic?.url), frontMatter: fm, topic: slug } };
}

/**
 * Outcomes of earlier runs, by file. An outcome is reused while the file (size, modification
 * time) and the site data it was checked against are the same: a build validates twice
 * (before Eleventy and in its `eleventy.before` hook) and a watch rebuild after one edit
 * should read one file, not all of them.
 */
const outcomes = new Map<string, { key: string; data: SiteData | undefined; outcome: PageOutcome }>();

/** Checks a file, or reuses the outcome of the last check if nothing it depends on changed. */
function validatePageCached(root: string, file: string, data: SiteData | undefined): PageOutcome {
  const absolute = path.join(root, file);
  let key: string;
  try {
    const stat = statSync(absolute);
    key = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return validatePage(root, file, data);
  }
  const hit = outcomes.get(absolute);
  if (hit && hit.key === key && hit.data === data) return hit.outcome;
  const outcome = validatePage(root, file, data);
  outcomes.set(absolute, { key, data, outcome });
  return outcome;
}

/**
 * Validates every Markdown page below `root/src` against the schema and the site data.
 *
 * @example
 * const { pages, problems } = validatePages(process.cwd(), data);
 */
export function validatePages(root: string, data: SiteData | undefined): { pages: ValidPage[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const pages: ValidPage[] = [];
  const topicsWithPage = new Set<string>();
  const urls = new Map<string, string>(Object.entries(GENERATED_URLS));

  for (const file of listMarkdown(root, CONTENT_DIR)) {
    const outcome = validatePageCached(root, file, data);
    problems.push(...outcome.problems);
    const page = outcome.page;
    if (!page) continue;
    if (page.topic) topicsWithPage.add(page.topic);
    const other = urls.get(page.url);
    if (other) {
      problems.push({ file, field: page.frontMatter.permalink ? "permalink" : "", expected: "eine Adresse, die keine andere Seite hat", received: `die Adresse ${page.url}, die schon ${other} hat`, fix: `Ändern Sie permalink oder den Dateinamen einer der beiden Seiten (${other} oder ${file}).` });
    } else urls.set(page.url, file);
    pages.push(page);
  }

  for (const slug of Object.keys(data?.topics.bySlug ?? {})) {
    if (!topicsWithPage.has(slug)) {
      problems.push({ file: "_data/topics.yaml", field: slug, expected: `eine Seite src/themen/${slug}.md für jedes Thema`, received: "keine solche Seite", fix: `Legen Sie src/themen/${slug}.md an (npm run neu -- thema "Titel") oder entfernen Sie das Thema aus _data/topics.yaml.` });
    }
  }
  return { pages, problems };
}
