/**
 * E-mail links in Markdown (`[uns](mailto:info@sez.de)`, or a plain address the renderer
 * links by itself): each must hold one complete address. Addresses copied from an old web
 * page often carry escapes like `%FC` (a Latin-1 "ü"), which are no valid UTF-8.
 */
import { z } from "zod";
import { tryDecode } from "../shared/decode.ts";
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
 * Problems with the e-mail links of a page, with their lines.
 *
 * @example
 * mailtoProblems(source) // => [] when every address is complete
 */
export function mailtoProblems(source: PageSource): Problem[] {
  const located = locateTokens(htmlFindingMarkdown.parse(source.body, {}), source.bodyLine);
  const problems: Problem[] = [];
  located.forEach(({ token, line }, index) => {
    const href = token.type === "link_open" ? String(token.attrGet("href") ?? "") : "";
    if (!/^mailto:/i.test(href)) return;
    const issue = mailtoIssue(href);
    if (!issue) return;
    problems.push({
      file: source.file,
      line,
      expected: "eine vollständige E-Mail-Adresse wie info@sez.de",
      received: `den E-Mail-Link „${linkText(located, index).trim()}“ auf ${href.slice(0, 80)}: ${issue}`,
      fix: "Schreiben Sie die Adresse vollständig und ohne %-Codes, Umlaute als Buchstaben: [Schreiben Sie uns](mailto:info@sez.de) oder einfach <info@sez.de>.",
    });
  });
  return problems;
}
