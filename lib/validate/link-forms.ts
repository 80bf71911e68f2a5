/**
 * The written form of links in Markdown. E-mail links (`[uns](mailto:info@sez.de)`, or a
 * plain address the renderer links by itself) must hold one complete address; addresses
 * copied from an old web page often carry escapes like `%FC` (a Latin-1 "ü"), which are no
 * valid UTF-8. And a link that looks like a page of this site (`//host/`, `/\host/`) but
 * leads to another website is refused: links elsewhere are written out with `https://`.
 */
import { z } from "zod";
import { tryDecode } from "../shared/decode.ts";
import { memoizeByText } from "../shared/memo.ts";
import type { Problem } from "../shared/problems.ts";
import type { PageSource } from "./pages.ts";
import { htmlFindingMarkdown, linkText, locateTokens } from "./markdown-scan.ts";

const address = z.email();

/**
 * What is wrong with a `mailto:` address, or undefined if it is a valid address.
 *
 * @example
 * mailtoIssue("mailto:info@sez.de")  // => undefined
 * mailtoIssue("mailto:info")         // => "keine vollständige E-Mail-Adresse"
 * mailtoIssue("mailto:m%FCller@x.de") // => "ein Prozent-Code (%FC), ..."
 */
export function mailtoIssue(href: string): string | undefined {
  const raw = href.slice("mailto:".length).split("?")[0] ?? "";
  const decoded = tryDecode(raw);
  if (decoded === undefined) return `ein Prozent-Code (${/%[0-9a-f]{0,2}/i.exec(raw)?.[0] ?? "%"}), der für kein Zeichen steht (oft aus einer alten Webseite kopiert)`;
  if (!address.safeParse(decoded).success) return `keine vollständige E-Mail-Adresse (${JSON.stringify(decoded)})`;
  return undefined;
}

/**
 * Whether an address a browser reads as another host is written as if it were a path:
 * `//host/`, `/\host/`, `\\host`.
 *
 * @example
 * disguisedForeign("//evil.example/login") // => true
 * disguisedForeign("https://example.org/") // => false
 */
export function disguisedForeign(href: string): boolean {
  return /^\s*[/\\]{2}/.test(href.replace(/^\s*\/\\/, "//"));
}

/**
 * Problems with the e-mail links and disguised foreign links of a page, with their lines.
 *
 * @example
 * linkFormProblems(source) // => [] when every address is complete
 */
export function linkFormProblems(source: PageSource): Problem[] {
  return linkFormFindings(source.body).map((finding) => ({ file: source.file, line: source.bodyLine + finding.line, ...finding.problem }));
}

/** A problem of one body, its line counted from the body's first line. */
interface LinkFormFinding {
  line: number;
  problem: Omit<Problem, "file" | "line">;
}

/**
 * The disguised and broken links of one body, parsed once per distinct text: `npm start`
 * checks every page before each rebuild, and most bodies have not changed since the last.
 */
const linkFormFindings = memoizeByText((body: string): LinkFormFinding[] => {
  const located = locateTokens(htmlFindingMarkdown.parse(body, {}), 0);
  const findings: LinkFormFinding[] = [];
  located.forEach(({ token, line }, index) => {
    const href = token.type === "link_open" ? String(token.attrGet("href") ?? "") : "";
    if (disguisedForeign(href)) {
      findings.push({
        line,
        problem: {
          expected: "eine Adresse dieser Website mit genau einem / am Anfang, oder eine fremde Adresse mit https://",
          received: `den Link „${linkText(located, index).trim()}“ auf ${href.slice(0, 80)}, der wie eine Seite dieser Website aussieht, aber auf eine fremde Website führt`,
          fix: "Schreiben Sie Seiten dieser Website mit genau einem / (z. B. /kontakt/) und fremde Websites vollständig mit https:// (z. B. https://www.example.org/).",
        },
      });
      return;
    }
    if (!/^mailto:/i.test(href)) return;
    const issue = mailtoIssue(href);
    if (!issue) return;
    findings.push({
      line,
      problem: {
        expected: "eine vollständige E-Mail-Adresse wie info@sez.de",
        received: `den E-Mail-Link „${linkText(located, index).trim()}“ auf ${href.slice(0, 80)}: ${issue}`,
        fix: "Schreiben Sie die Adresse vollständig und ohne %-Codes, Umlaute als Buchstaben: [Schreiben Sie uns](mailto:info@sez.de) oder einfach <info@sez.de>.",
      },
    });
  });
  return findings;
});
