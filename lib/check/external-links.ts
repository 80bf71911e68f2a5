/**
 * Links to other sites (partners, ministries, programmes), checked with linkinator against the
 * built `_site/`: linkinator serves the folder on 127.0.0.1, crawls every page and requests
 * every external link, with retries (429 with Retry-After, 5xx, network errors) and a limit on
 * parallel requests. Our own links are the build's business (lib/check/links.ts); this module
 * reports only links to other origins (the allow-list is never requested), grouped by page, as the body of one GitHub issue
 * (scripts/check-links.ts, .github/workflows/links.yml).
 */
import { LinkChecker, LinkState, type LinkResult } from "linkinator";

/** Links that are never reported, each with the reason (keep this list short). */
export const ALLOW_LIST: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /^https?:\/\/(www\.)?linkedin\.com\//, reason: "LinkedIn answers automated requests with status 999" },
  { pattern: /^https?:\/\/(www\.)?(twitter|x)\.com\//, reason: "X answers automated requests with 403 or 400 whatever the page" },
  { pattern: /^https?:\/\/(www\.)?(facebook|instagram)\.com\//, reason: "Meta's sites require a login for automated requests" },
];

/** How the check runs. */
export interface ExternalCheckOptions {
  /** The built site to crawl. */
  siteDir: string;
  /** Origins that are the site itself (canonical and Open Graph URLs): not external. */
  ownOrigins: string[];
  /** Requests at once (linkinator's concurrency): polite to small servers. */
  concurrency?: number;
  /** Milliseconds before one request counts as timed out. */
  timeoutMs?: number;
  /** Retries after a 5xx or network error (429 is always retried as its Retry-After says). */
  retries?: number;
  /** Upper bound of the random wait before a retry, in milliseconds. */
  retryJitterMs?: number;
  /** Links never reported. */
  allow?: ReadonlyArray<{ pattern: RegExp }>;
}

/** One broken external link and the pages that link to it. */
export interface BrokenLink {
  url: string;
  /** HTTP status, or 0 for no answer (timeout, DNS, refused). */
  status: number;
  /** Short reason in German, e.g. "404 Nicht gefunden" or "keine Antwort (Zeitüberschreitung)". */
  reason: string;
  /** Site paths of the pages that link to it, e.g. "/themen/kez/". */
  pages: string[];
}

/** What one run found. */
export interface ExternalLinkReport {
  /** External links checked (each URL once). */
  checked: number;
  /** External links reported as broken, sorted by URL. */
  broken: BrokenLink[];
  /** External links skipped by the allow-list. */
  allowed: number;
}

const REASONS: Record<number, string> = {
  400: "Ungültige Anfrage",
  401: "Anmeldung nötig",
  403: "Zugriff verweigert",
  404: "Nicht gefunden",
  410: "Entfernt",
  429: "Zu viele Anfragen",
  500: "Serverfehler",
  502: "Bad Gateway",
  503: "Nicht verfügbar",
  504: "Gateway-Zeitüberschreitung",
};

/** Names, messages and codes of an error and its causes (fetch wraps the real one). */
function errorText(detail: unknown): string[] {
  const parts: string[] = [];
  let current: unknown = detail;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error) parts.push(current.name, current.message, String((current as { code?: string }).code ?? ""));
    else parts.push(JSON.stringify(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.filter(Boolean);
}

/**
 * A German reason for a failed link.
 *
 * @example
 * reasonFor(404, [])                                                       // => "404 Nicht gefunden"
 * reasonFor(0, [new Error("fetch failed", { cause: { code: "ECONNREFUSED" } })]) // => "keine Antwort (Verbindung abgelehnt)"
 */
export function reasonFor(status: number, details: readonly unknown[]): string {
  if (status > 0) return `${status} ${REASONS[status] ?? "Fehler"}`;
  const parts = details.flatMap(errorText);
  const text = parts.join(" ");
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return "keine Antwort (Adresse unbekannt)";
  if (/ECONNREFUSED/.test(text)) return "keine Antwort (Verbindung abgelehnt)";
  if (/ECONNRESET|socket hang up/i.test(text)) return "keine Antwort (Verbindung abgebrochen)";
  if (/CERT|certificate|SSL|TLS/i.test(text)) return "keine Antwort (Zertifikatsfehler)";
  if (/timeout|timed out|abort/i.test(text) || parts.length === 0) return "keine Antwort (Zeitüberschreitung)";
  return `keine Antwort (${parts.at(-1)})`;
}

/**
 * The site path of a page as linkinator names it (relative to the folder it served, e.g.
 * "./" or "kontakt/"; an absolute URL when it checked one).
 *
 * @example
 * pagePath("./")        // => "/"
 * pagePath("kontakt/")  // => "/kontakt/"
 */
export function pagePath(parent: string | undefined): string {
  if (!parent) return "?";
  if (/^https?:/.test(parent)) return new URL(parent).pathname;
  return `/${parent.replace(/^\.\//, "")}`;
}

/**
 * Groups linkinator's results into the report: only links to other origins, each URL once
 * with all pages that link to it. linkinator names the pages of the folder it served with
 * relative URLs, so every absolute http(s) URL is another site, or the site's own public
 * address (`ownOrigins`).
 *
 * @example
 * summarise([{ url: "https://a.example/x", status: 404, state: "BROKEN", parent: "kontakt/" }], [])
 * // => { checked: 1, allowed: 0, broken: [{ url: "https://a.example/x", status: 404, reason: "404 Nicht gefunden", pages: ["/kontakt/"] }] }
 */
export function summarise(results: readonly LinkResult[], ownOrigins: readonly string[], allow: ReadonlyArray<{ pattern: RegExp }> = ALLOW_LIST): ExternalLinkReport {
  const own = new Set(ownOrigins.map((o) => new URL(o).origin));
  const external = results.filter((r) => /^https?:\/\//.test(r.url) && !own.has(new URL(r.url).origin));
  const urls = new Set(external.map((r) => r.url));
  const allowedUrls = new Set([...urls].filter((url) => allow.some((a) => a.pattern.test(url))));
  const broken = new Map<string, BrokenLink>();
  for (const result of external) {
    if (result.state !== LinkState.BROKEN || allowedUrls.has(result.url)) continue;
    const entry = broken.get(result.url) ?? { url: result.url, status: result.status ?? 0, reason: reasonFor(result.status ?? 0, result.failureDetails ?? []), pages: [] };
    const page = pagePath(result.parent);
    if (!entry.pages.includes(page)) entry.pages.push(page);
    broken.set(result.url, entry);
  }
  const sorted = [...broken.values()].map((b) => ({ ...b, pages: b.pages.sort() })).sort((a, b) => a.url.localeCompare(b.url));
  return { checked: urls.size, broken: sorted, allowed: allowedUrls.size };
}

/**
 * Crawls the built site and checks its external links.
 *
 * @example
 * const report = await checkExternalLinks({ siteDir: "_site", ownOrigins: ["https://www.sez.de"] });
 * report.broken.length // => 0 when every partner site answers
 */
export async function checkExternalLinks(options: ExternalCheckOptions): Promise<ExternalLinkReport> {
  const checker = new LinkChecker();
  const own = options.ownOrigins.map((o) => new URL(o).origin);
  const allow = options.allow ?? ALLOW_LIST;
  const result = await checker.check({
    path: "/",
    serverRoot: options.siteDir,
    recurse: true,
    concurrency: options.concurrency ?? 8,
    timeout: options.timeoutMs ?? 20_000,
    retry: true,
    retryErrors: true,
    retryErrorsCount: options.retries ?? 2,
    retryErrorsJitter: options.retryJitterMs ?? 3_000,
    // The site itself under its public address: the build checks those links, offline.
    // Allow-listed links are not even requested.
    linksToSkip: async (link) => !/^https?:/.test(link) || own.includes(new URL(link).origin) || allow.some((a) => a.pattern.test(link)),
  });
  if (!result.links.some((r) => !r.parent && r.state === LinkState.OK)) throw new Error(`linkinator konnte die Startseite von ${options.siteDir} nicht lesen`);
  return summarise(result.links, options.ownOrigins, allow);
}

/** The label that marks the one issue this check keeps up to date. */
export const ISSUE_LABEL = "externe-links";

/** The title of that issue. */
export const ISSUE_TITLE = "Kaputte Links zu anderen Websites";

/**
 * The issue's Markdown body: the broken links by page, so an editor fixes one page at a time.
 *
 * @example
 * issueBody({ checked: 3, allowed: 0, broken: [] }, "2026-12-07") // => "... Alle 3 externen Links ... funktionieren ..."
 */
export function issueBody(report: ExternalLinkReport, date: string): string {
  const head = `Wöchentliche Prüfung der Links zu anderen Websites vom ${date} (\`.github/workflows/links.yml\`, \`npm run check:links\`): ${report.checked} ${report.checked === 1 ? "externer Link" : "externe Links"} geprüft${report.allowed ? `, ${report.allowed} davon auf der Ausnahmeliste (\`lib/check/external-links.ts\`)` : ""}.`;
  if (report.broken.length === 0) return `${head}\n\nAlle ${report.checked} externen Links funktionieren.\n`;
  const byPage = new Map<string, BrokenLink[]>();
  for (const link of report.broken) for (const page of link.pages) byPage.set(page, [...(byPage.get(page) ?? []), link]);
  const sections = [...byPage.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([page, links]) => `### ${page}\n\n${links.map((l) => `- [ ] ${l.url} – ${l.reason}`).join("\n")}`);
  return [
    head,
    "",
    `${report.broken.length} ${report.broken.length === 1 ? "Link antwortet" : "Links antworten"} nicht oder mit einem Fehler. Bitte prüfen Sie auf jeder genannten Seite, ob die Adresse umgezogen ist (dann die neue eintragen) oder es das Angebot nicht mehr gibt (dann den Link entfernen). Ein Link, der nur vorübergehend nicht erreichbar war, verschwindet bei der nächsten Prüfung von selbst aus dieser Liste.`,
    "",
    ...sections.flatMap((s) => [s, ""]),
  ].join("\n");
}

/** What to do with the issue. */
export type IssueAction = { action: "create"; body: string } | { action: "update"; number: number; body: string } | { action: "close"; number: number; body: string } | { action: "none" };

/**
 * Decides what happens to the one issue: opened when links broke, updated while they are
 * broken, closed (with the all-clear as its last text) when none is broken any more.
 *
 * @example
 * issueAction(undefined, { checked: 5, allowed: 0, broken: [] }, "2026-12-07") // => { action: "none" }
 */
export function issueAction(openIssue: number | undefined, report: ExternalLinkReport, date: string): IssueAction {
  const body = issueBody(report, date);
  if (report.broken.length === 0) return openIssue === undefined ? { action: "none" } : { action: "close", number: openIssue, body };
  return openIssue === undefined ? { action: "create", body } : { action: "update", number: openIssue, body };
}
