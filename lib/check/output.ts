/**
 * The output checks over every built page, as pure functions from what the page pass found
 * to editor-facing {@link Problem}s. A mistake repeated on many pages (a broken link in the
 * navigation) becomes one problem naming the place to fix it and the pages it affects.
 */
import { allowsSource, cspHash, formatCsp, type CspDirectives } from "../hosting/csp.ts";
import { redirectTarget, type Redirect } from "../hosting/redirects.ts";
import type { Problem } from "../shared/problems.ts";
import { closestMatch } from "../validate/suggest.ts";
import type { PageAnalysis, Ref } from "./html.ts";
import { checkRef, fileForPath, urlForFile, type OutputIndex } from "./links.ts";
import type { HtmlMessage } from "./validator.ts";

/** Where an editor finds the text that produced something in a page. */
export interface SourcePlace {
  file: string;
  line?: number | undefined;
}

/**
 * Finds where `needle` (a link as written) comes from: the page's own source first, then the
 * data files; else the page's source without a line (the text comes from a layout).
 */
export type Locator = (needle: string, inputPath: string | undefined, outputFile: string) => SourcePlace;

/** One built page as the checks see it. */
export interface CheckedPage extends PageAnalysis {
  /** Output file, e.g. `kontakt/index.html`. */
  file: string;
  /** Source file, e.g. `src/kontakt.md`, if Eleventy made the page. */
  inputPath: string | undefined;
}

/** html-validate's errors on one built page. */
export interface ValidatedPage {
  /** Output file, e.g. `kontakt/index.html`. */
  file: string;
  /** Source file, if known. */
  inputPath: string | undefined;
  validation: readonly HtmlMessage[];
}

/** A problem on one page, before identical ones on other pages are merged. */
interface Finding extends Problem {
  /** Same key: same mistake at the same place. */
  key: string;
  pageUrl: string;
}

/**
 * Merges findings with the same key into one problem that lists the pages.
 *
 * @example
 * mergeFindings([a, b]) // one Problem whose "erhalten" ends "… auf 2 Seiten: /, /kontakt/"
 */
function mergeFindings(findings: readonly Finding[]): Problem[] {
  const groups = new Map<string, { finding: Finding; pages: string[] }>();
  for (const finding of findings) {
    const group = groups.get(finding.key);
    if (group) {
      if (!group.pages.includes(finding.pageUrl)) group.pages.push(finding.pageUrl);
    } else groups.set(finding.key, { finding, pages: [finding.pageUrl] });
  }
  return [...groups.values()].map(({ finding: { key: _key, pageUrl: _page, ...problem }, pages }) => ({
    ...problem,
    received: `${problem.received} ${pagesText(pages)}`,
  }));
}

/**
 * "auf der Seite /x/" or "auf 12 Seiten: /a/, /b/, /c/ und 9 weitere".
 *
 * @example
 * pagesText(["/a/"]) // => "auf der Seite /a/"
 */
export function pagesText(pages: readonly string[]): string {
  if (pages.length === 1) return `auf der Seite ${pages[0]}`;
  const shown = pages.slice(0, 3).join(", ");
  return `auf ${pages.length} Seiten: ${shown}${pages.length > 3 ? ` und ${pages.length - 3} weitere` : ""}`;
}

/**
 * The existing page URL closest to a broken one, if it is close enough to be a typo.
 *
 * @example
 * closestUrl("/kontak/", ["/kontakt/", "/spenden/"]) // => "/kontakt/"
 */
export function closestUrl(broken: string, urls: readonly string[]): string | undefined {
  return closestMatch(broken, urls, { lettersPerEdit: 4, minimum: 3 });
}

const findingBase = (place: SourcePlace, pageUrl: string, key: string) => ({ file: place.file, line: place.line, pageUrl, key: `${place.file}:${place.line ?? ""}:${key}` });

/**
 * Links, images, assets and fragments that do not resolve, and resources from other hosts.
 * Links to `pending` URLs (made by a template this checkout does not have yet) are returned
 * as notes instead of problems.
 */
export function checkReferences(
  pages: readonly CheckedPage[],
  index: OutputIndex,
  origin: string,
  locate: Locator,
  pending: ReadonlyMap<string, string> = new Map(),
): { problems: Problem[]; notes: string[] } {
  const findings: Finding[] = [];
  const notes = new Set<string>();
  const pageUrls = [...index.files].filter((file) => file.endsWith(".html")).map(urlForFile);
  for (const page of pages) {
    const pageUrl = urlForFile(page.file);
    for (const ref of page.refs) {
      const issue = checkRef(ref, pageUrl, origin, index);
      if (!issue) continue;
      const place = locate(ref.url, page.inputPath, page.file);
      const base = findingBase(place, pageUrl, `${issue.kind}:${ref.url}`);
      if (issue.kind === "missing") {
        const template = pending.get(issue.path);
        if (template) {
          notes.add(`Links auf ${issue.path} sind ungeprüft: die Seite entsteht aus ${template}, die es in diesem Stand noch nicht gibt.`);
          continue;
        }
        const suggestion = closestUrl(issue.path, pageUrls);
        findings.push({
          ...base,
          expected: ref.kind === "link" ? "ein Link auf eine Seite oder Datei, die es auf der Website gibt" : "eine Datei, die es auf der Website gibt",
          received: `"${ref.url}" (${ref.source}): diese Adresse gibt es nicht,`,
          fix: `Korrigieren Sie die Adresse${suggestion ? ` (meinten Sie ${suggestion}?)` : ""}. Links innerhalb der Website beginnen mit / und enden bei Seiten mit /, z. B. /kontakt/.`,
        });
      } else if (issue.kind === "fragment") {
        const ids = [...(index.headingIds?.get(issue.file) ?? index.ids.get(issue.file) ?? [])].slice(0, 5);
        findings.push({
          ...base,
          expected: "eine Sprungmarke (#…), die es auf der Zielseite gibt",
          received: `"${ref.url}" (${ref.source}): ${urlForFile(issue.file)} hat keinen Abschnitt "#${issue.fragment}",`,
          fix: `Verwenden Sie eine Sprungmarke der Zielseite${ids.length > 0 ? `, z. B. ${ids.map((id) => `#${id}`).join(", ")}` : ""}. Eine Überschrift „Allgemeine KEZ“ hat die Sprungmarke #allgemeine-kez.`,
        });
      } else if (issue.kind === "external-resource") {
        findings.push({
          ...base,
          expected: "nur Dateien von dieser Website: keine Anfrage an einen anderen Server",
          received: `"${ref.url}" (${ref.source}) wird von ${issue.host} geladen,`,
          fix: "Legen Sie die Datei in die Website (Fotos: assets/images/ und _data/images.yaml) oder setzen Sie nur einen normalen Link darauf.",
        });
      } else {
        findings.push({
          ...base,
          expected: "ein Link ohne javascript:",
          received: `"${ref.url}" (${ref.source}),`,
          fix: "Die Content-Security-Policy verbietet javascript:-Links. Verwenden Sie einen Button und Code in assets/js/.",
        });
      }
    }
  }
  return { problems: mergeFindings(findings), notes: [...notes] };
}

/**
 * Ids used twice on one page: a fragment link could not tell which is meant. Editors cause
 * this with a heading whose id the layout uses already ("## Inhalt" and the main content's
 * `#inhalt`), so the build checks it itself; the rest of html-validate runs in `npm test`.
 *
 * @example
 * checkDuplicateIds([{ file: "a/index.html", inputPath: "src/a.md", ids: ["inhalt", "inhalt"], ... }], locate)
 * // => [{ file: "src/a.md", received: 'die id "inhalt" 2-mal', ... }]
 */
export function checkDuplicateIds(pages: readonly CheckedPage[], locate: Locator): Problem[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    const counts = new Map<string, number>();
    for (const id of page.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, count] of counts) {
      if (count < 2) continue;
      const heading = page.headingIds.includes(id);
      findings.push({
        ...findingBase(locate("", page.inputPath, page.file), urlForFile(page.file), `dup-id:${id}`),
        expected: "jede id (Sprungmarke) nur einmal je Seite",
        received: `die id "${id}" ${count}-mal,`,
        fix: heading
          ? `Eine Überschrift ergibt die Sprungmarke #${id}, die die Seite schon hat (z. B. aus dem Layout). Formulieren Sie die Überschrift anders, etwa „${id.charAt(0).toUpperCase()}${id.slice(1)} im Überblick“.`
          : "Die doppelte id kommt aus einer Vorlage in _includes/ (Entwicklerinnen und Entwickler).",
      });
    }
  }
  return mergeFindings(findings);
}

/**
 * html-validate errors, one problem per rule, element and message across pages.
 */
export function checkValidation(pages: readonly ValidatedPage[], locate: Locator): Problem[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    const pageUrl = urlForFile(page.file);
    for (const message of page.validation) {
      const place = locate("", page.inputPath, page.file);
      findings.push({
        ...findingBase({ file: place.file }, pageUrl, `${message.rule}:${message.selector ?? ""}:${message.message}`),
        expected: `gültiges HTML (html-validate, Regel ${message.rule})`,
        received: `${message.message}${message.selector ? ` bei ${message.selector}` : ""},`,
        fix: `Meist steckt der Fehler in einer Vorlage in _includes/ (Entwicklerinnen und Entwickler); die Regel erklärt https://html-validate.org/rules/${message.rule}.html.`,
      });
    }
  }
  return mergeFindings(findings);
}

/**
 * The CSP holds on every page: the meta tag is there and equals the site policy, every inline
 * style is allowed by its hash, and there is no inline script, handler or style attribute.
 */
export function checkCsp(pages: readonly CheckedPage[], policy: CspDirectives, locate: Locator): Problem[] {
  const expectedMeta = formatCsp(policy, "meta");
  const findings: Finding[] = [];
  const developerFix = "Skripte gehören nach assets/js/, Stile nach assets/css/; eingebetteter Code braucht einen Hash in lib/hosting/csp.ts (Entwicklerinnen und Entwickler).";
  for (const page of pages) {
    const pageUrl = urlForFile(page.file);
    const place = locate("", page.inputPath, page.file);
    if (page.cspMeta !== expectedMeta) {
      findings.push({
        ...findingBase({ file: place.file }, pageUrl, `csp-meta:${page.cspMeta ?? ""}`),
        expected: "die Content-Security-Policy der Website als <meta http-equiv> im <head>",
        received: page.cspMeta === undefined ? "keine solche Angabe," : `eine andere Policy: "${page.cspMeta}",`,
        fix: "Jede Seite muss das Layout _includes/layouts/base.tsx verwenden, das die Policy einsetzt.",
      });
    }
    for (const inline of page.inline) {
      const allowed = (inline.kind === "style" && allowsSource(policy, "style-src", cspHash(inline.text))) || (inline.kind === "script" && allowsSource(policy, "script-src", cspHash(inline.text)));
      if (allowed) continue;
      const what = inline.kind === "style" || inline.kind === "script" ? `<${inline.kind}> mit ${inline.text.length} Zeichen ohne erlaubten Hash` : inline.text;
      findings.push({
        ...findingBase({ file: place.file }, pageUrl, `csp-inline:${inline.kind}:${inline.kind === "style" || inline.kind === "script" ? cspHash(inline.text) : inline.text}`),
        expected: "nur eingebetteter Code, den die Content-Security-Policy erlaubt",
        received: `${what},`,
        fix: developerFix,
      });
    }
    page.jsonLd.forEach((text, index) => {
      try {
        JSON.parse(text);
      } catch (error) {
        findings.push({
          ...findingBase({ file: place.file }, pageUrl, `json-ld:${index}:${String(error)}`),
          expected: 'gültiges JSON in <script type="application/ld+json">',
          received: `${error instanceof Error ? error.message : String(error)},`,
          fix: "Strukturierte Daten entstehen mit JsonLd aus lib/render/raw.tsx (Entwicklerinnen und Entwickler).",
        });
      }
    });
  }
  return mergeFindings(findings);
}

/**
 * Every redirect leads to a page that exists, and no redirect starts at an existing page
 * (hosts disagree whether the file or the rule wins).
 */
export function checkRedirects(redirects: readonly Redirect[], files: ReadonlySet<string>, lineOf: (index: number, field: "from" | "to") => number | undefined): Problem[] {
  const problems: Problem[] = [];
  redirects.forEach((redirect, index) => {
    const target = redirectTarget(redirect);
    if (!fileForPath(target, files)) {
      problems.push({
        file: "_data/site.yaml",
        line: lineOf(index, "to"),
        field: `redirects[${index}].to`,
        expected: "ein Ziel, das es auf der Website gibt",
        received: `"${redirect.to}" für die alte Adresse ${redirect.from}: diese Seite gibt es nicht`,
        fix: "Tragen Sie als Ziel die Adresse einer vorhandenen Seite ein, z. B. /themen/.",
      });
    }
    const [fromPath = ""] = redirect.from.split("?");
    if (!fromPath.endsWith("*") && !redirect.from.includes("?") && fileForPath(fromPath, files)) {
      problems.push({
        file: "_data/site.yaml",
        line: lineOf(index, "from"),
        field: `redirects[${index}].from`,
        expected: "eine alte Adresse, unter der es keine Seite mehr gibt",
        received: `"${redirect.from}": unter dieser Adresse gibt es eine Seite`,
        fix: "Entfernen Sie die Umleitung oder die Seite: beides zugleich verhalten die Hosts unterschiedlich.",
      });
    }
  });
  return problems;
}

/**
 * The URLs `url(...)` in a CSS file refers to, as references of kind resource.
 *
 * @example
 * cssRefs("a{background:url(/img/a.png)}") // => [{ kind: "resource", source: "url()", url: "/img/a.png" }]
 */
export function cssRefs(css: string): Ref[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => ({ kind: "resource" as const, source: "url()", url: match[2]!.trim() }));
}
