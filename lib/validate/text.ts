/**
 * Invisible characters in the Markdown body of a page (see `lib/schemas/text.ts` for the
 * rule): each is named with its line.
 */
import type { Problem } from "../shared/problems.ts";
import { textIssue } from "../schemas/text.ts";
import type { PageSource } from "./pages.ts";

/**
 * Problems with invisible characters in a page's body, one per line.
 *
 * @example
 * textProblems({ file: "src/a.md", body: "a\n\u001b[31mb", bodyLine: 5, ... }) // => [{ line: 6, ... }]
 */
export function textProblems(source: PageSource): Problem[] {
  return source.body.split("\n").flatMap((text, index) => {
    const issue = textIssue(text);
    if (!issue) return [];
    return [{ file: source.file, line: source.bodyLine + index, expected: "sichtbaren Text ohne Steuerzeichen", received: `${issue.received} an Stelle ${issue.index + 1} der Zeile`, fix: issue.fix }];
  });
}
