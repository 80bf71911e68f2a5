/**
 * Link and photo checks on the Markdown sources, before anything is rendered, so an editor
 * gets file and line: every internal link `[Text](/pfad/#anker)` must lead to a page of
 * this run (Markdown pages, generated pages) and, with `#anker`, to a heading id of that
 * page's Markdown; a `bild:` id used as a link target is reported (photos need `!`). Photos
 * themselves are checked in `./images.ts`. Links in `_data/site.yaml` (navigation, footer)
 * are checked the same way.
 *
 * The rendered output is checked separately after the build (links in layouts, files);
 * this check is the one that can name the line of the Markdown source.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Token } from "markdown-it";
import type { SiteData } from "../load/data.ts";
import { createMarkdown, IMAGE_SCHEME } from "../render/markdown.ts";
import { memoizeByText } from "../shared/memo.ts";
import type { Problem } from "../shared/problems.ts";
import { GENERATED_URLS } from "../content/generated.ts";
import type { PageSource } from "./pages.ts";
import { linkText, locateTokens } from "./markdown-scan.ts";
import { parseYaml } from "./yaml.ts";
import { linkFormProblems } from "./link-forms.ts";
import { safeDecode } from "../shared/decode.ts";
import { closestMatch } from "./suggest.ts";

/** Ids every page has from its layout (skip link target, page top, main menu). */
export const LAYOUT_IDS: readonly string[] = ["top", "inhalt", "hauptmenue"];

/** Where a link can lead inside the site. */
export interface LinkTarget {
  url: string;
  file: string;
  /** Heading ids of the page's Markdown; undefined for generated pages (not checked). */
  ids: ReadonlySet<string> | undefined;
  /** Part of this run's output. */
  published: boolean;
}

/** The renderer the site uses, with stand-ins for photos and emails: only its ids and hrefs matter here. */
const siteMarkdown = createMarkdown({ figure: () => "", email: () => "" });

/**
 * The ids the site gives the headings of a Markdown body, or of its tokens from the site
 * renderer (same renderer, same slugs, duplicates numbered like on the page).
 *
 * @example
 * headingIds("## Anreise\n\n## Übersicht für Städte") // => ["anreise", "uebersicht-fuer-staedte"]
 */
export function headingIds(body: string | readonly Token[]): string[] {
  if (typeof body === "string") return [...markdownFacts(body).ids];
  return body
    .filter((t) => t.type === "heading_open")
    .map((t) => String(t.attrGet("id") ?? ""))
    .filter((id) => id !== "");
}

/** A link in a Markdown body; `line` counts from the body's first line (0). */
interface BodyLink {
  line: number;
  text: string;
  href: string;
}

/** What the link check reads from one Markdown body. */
interface MarkdownFacts {
  ids: readonly string[];
  links: readonly BodyLink[];
}

/**
 * Heading ids and links of a body, from one parse with the site renderer; remembered per text,
 * so the preview parses only the pages that changed.
 */
const markdownFacts = memoizeByText((body: string): MarkdownFacts => {
  const tokens = siteMarkdown.parse(body, {});
  const located = locateTokens(tokens, 0);
  const links: BodyLink[] = [];
  located.forEach(({ token, line }, index) => {
    if (token.type === "link_open") links.push({ line, text: linkText(located, index).trim(), href: String(token.attrGet("href") ?? "") });
  });
  return { ids: headingIds(tokens), links };
});

/**
 * Every address a link may lead to in this run, with the ids of each page.
 *
 * @example
 * linkTargets(sources).get("/kontakt/")?.ids // => Set { "anschrift", ... }
 */
export function linkTargets(sources: readonly PageSource[], generated: Readonly<Record<string, string>> = GENERATED_URLS): Map<string, LinkTarget> {
  const targets = new Map<string, LinkTarget>();
  for (const [url, file] of Object.entries(generated)) targets.set(url, { url, file, ids: undefined, published: true });
  for (const source of sources) {
    if (targets.has(source.url)) continue;
    targets.set(source.url, { url: source.url, file: source.file, ids: new Set(markdownFacts(source.body).ids), published: source.published });
  }
  return targets;
}

/**
 * Resolves a link against the page it stands on. Returns the site path and anchor for links
 * inside the site (also absolute ones to the site's own origin), undefined for others.
 *
 * @example
 * resolveInternal("../kontakt/#anreise", "/themen/a/", "https://www.sez.de") // => { path: "/kontakt/", hash: "anreise" }
 * resolveInternal("https://example.org/", "/", "https://www.sez.de")        // => undefined
 */
export function resolveInternal(href: string, pageUrl: string, origin: string): { path: string; hash: string } | undefined {
  const base = new URL(origin);
  let url: URL;
  try {
    url = new URL(href, new URL(pageUrl, base));
  } catch {
    return undefined;
  }
  const sameHost = url.hostname.replace(/^www\./, "") === base.hostname.replace(/^www\./, "");
  if (!/^https?:$/.test(url.protocol) || !sameHost) return undefined;
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  return { path: decode(url.pathname).replace(/\/index\.html$/, "/"), hash: decode(url.hash.slice(1)) };
}

/**
 * The candidate closest to `value`, if close enough to be a typo.
 *
 * @example
 * closest("/kontak/", ["/kontakt/", "/spenden/"]) // => "/kontakt/"
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  return closestMatch(value, candidates, { lettersPerEdit: 4, minimum: 2 });
}

/**
 * The heading id an editor probably meant: one that begins with what was written (a
 * shortened heading), or a close one.
 *
 * @example
 * closestId("anreise", ["anschrift", "anreise-mit-bus-und-bahn"]) // => "anreise-mit-bus-und-bahn"
 */
export function closestId(wanted: string, ids: readonly string[]): string | undefined {
  return ids.find((id) => id.startsWith(wanted) || wanted.startsWith(id)) ?? closest(wanted, ids);
}

/** One link to check: where it stands and where it points. */
interface LinkAt {
  file: string;
  line: number | undefined;
  field?: string;
  /** How the link shows up in the message: its text, e.g. `„Anfahrt“`. */
  label: string;
  href: string;
  /** The page the link stands on (for relative links and `#anker`); "/" for data files. */
  pageUrl: string;
  /** Whether the page holding the link is published in this run. */
  fromPublished: boolean;
}

/** Checks one internal link; returns its problem, if any. */
function checkLink(link: LinkAt, targets: Map<string, LinkTarget>, origin: string): Problem | undefined {
  const resolved = resolveInternal(link.href, link.pageUrl, origin);
  if (!resolved) return undefined;
  const at = { file: link.file, line: link.line, field: link.field ?? "" };
  const target = targets.get(resolved.path);
  if (!target) {
    // Files (PDFs, photos) are checked in the rendered output, where they exist.
    if (/\.[a-z0-9]+$/i.test(resolved.path) && !resolved.path.endsWith(".html")) return undefined;
    const withSlash = targets.get(`${resolved.path}/`);
    const guess = withSlash?.url ?? closest(resolved.path, [...targets.keys()]);
    return {
      ...at,
      expected: "einen Link auf eine Seite dieser Website, die es gibt",
      received: `den Link ${link.label} auf ${resolved.path}, eine Adresse, unter der es keine Seite gibt`,
      fix: withSlash
        ? `Schreiben Sie die Adresse mit Schrägstrich am Ende: ${withSlash.url}`
        : guess
          ? `Meinten Sie ${guess}? Korrigieren Sie die Adresse im Link oder entfernen Sie den Link.`
          : "Korrigieren Sie die Adresse im Link oder entfernen Sie den Link. Die Adresse einer Seite folgt ihrem Dateinamen: src/kontakt.md hat /kontakt/, Themen haben /themen/.../<slug>/.",
    };
  }
  if (!target.published && link.fromPublished) {
    return {
      ...at,
      expected: "einen Link auf eine veröffentlichte Seite (Entwürfe mit draft: true erscheinen nur in der Vorschau, nicht auf der Website)",
      received: `den Link ${link.label} auf ${target.url}, einen Entwurf (${target.file}); auf der Website wäre der Link kaputt`,
      fix: `Entfernen Sie den Link, bis die Seite fertig ist, oder veröffentlichen Sie sie: Löschen Sie in ${target.file} die Zeile draft: true.`,
    };
  }
  if (resolved.hash && target.ids && !target.ids.has(resolved.hash) && !LAYOUT_IDS.includes(resolved.hash)) {
    const ids = [...target.ids];
    const guess = closestId(resolved.hash, ids);
    const available =
      ids.length > 0
        ? `; dort gibt es ${ids
            .slice(0, 6)
            .map((id) => `#${id}`)
            .join(", ")}${ids.length > 6 ? ", ..." : ""}`
        : "; dort gibt es keine Zwischenüberschriften";
    return {
      ...at,
      expected: `einen Sprungpunkt, den es auf ${target.url} gibt (jede Zwischenüberschrift ist einer)`,
      received: `den Link ${link.label} auf ${safeDecode(link.href)}: ${target.url} hat keinen Sprungpunkt #${resolved.hash}${available}`,
      fix: guess
        ? `Meinten Sie #${guess}? Schreiben Sie ${target.url === link.pageUrl && !link.href.startsWith("/") ? "" : target.url}#${guess}.`
        : "Verwenden Sie eine der genannten Kennungen: die Überschrift in Kleinbuchstaben, Leerzeichen als Bindestrich, ä/ö/ü/ß als ae/oe/ue/ss (## Anreise mit Bus ergibt #anreise-mit-bus), oder lassen Sie #... weg.",
    };
  }
  return undefined;
}

/** Links of one page, from the site's own renderer (what ends up as `href`). */
function pageLinks(source: PageSource): LinkAt[] {
  return markdownFacts(source.body).links.map(({ line, text, href }) => ({
    file: source.file,
    line: source.bodyLine + line,
    label: `„${text}“`,
    href,
    pageUrl: source.url,
    fromPublished: source.published,
  }));
}

/** Links of `_data/site.yaml` (navigation and footer), with lines. */
function siteLinks(root: string, data: SiteData): LinkAt[] {
  const file = "_data/site.yaml";
  const absolute = path.join(root, file);
  const parsed = existsSync(absolute) ? parseYaml(readFileSync(absolute, "utf8"), file) : undefined;
  const lineOf = parsed && !("problems" in parsed) ? parsed.lineOf : () => undefined;
  return (["nav", "footer"] as const).flatMap((list) =>
    data.site[list].map((link, index) => ({
      file,
      line: lineOf([list, index, "url"]),
      field: `${list}[${index}].url`,
      label: `„${link.title}“`,
      href: link.url,
      pageUrl: "/",
      fromPublished: true,
    })),
  );
}

/**
 * Checks the links of every page and of the site configuration.
 *
 * @example
 * const problems = linkProblems(process.cwd(), sources, data);
 */
export function linkProblems(root: string, sources: readonly PageSource[], data: SiteData, generated: Readonly<Record<string, string>> = GENERATED_URLS): Problem[] {
  const targets = linkTargets(sources, generated);
  const problems: Problem[] = sources.flatMap(linkFormProblems);
  const links = [...sources.flatMap(pageLinks), ...siteLinks(root, data)];
  for (const link of links) {
    if (link.href.startsWith(IMAGE_SCHEME)) {
      problems.push({
        file: link.file,
        line: link.line,
        field: "",
        expected: "einen Link auf eine Adresse; Fotos werden mit ! eingebunden",
        received: `den Link ${link.label} auf ${link.href}`,
        fix: `Schreiben Sie ein Ausrufezeichen davor, in einem eigenen Absatz: ![](${link.href})`,
      });
      continue;
    }
    const problem = checkLink(link, targets, data.site.url);
    if (problem) problems.push(problem);
  }
  return problems;
}
