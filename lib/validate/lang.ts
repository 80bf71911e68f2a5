/**
 * Checks the language marks editors write in Markdown (`*Fair Trade*{lang=en}`). The renderer
 * only applies a block that is exactly `{lang=xx}`; anything else would show up as literal
 * text on the page, so the build names it instead.
 */
import { isLangBlock } from "../render/markdown.ts";
import type { Problem } from "../shared/problems.ts";

/**
 * Problems for every `{...}` in a page body that mentions `lang` but is not a valid language mark.
 *
 * @example
 * langProblems("src/a.md", "*Fair Trade*{lang=englisch}", 5)
 * // => [{ file: "src/a.md", line: 5, field: "lang", expected: "...", received: '"{lang=englisch}"', fix: "..." }]
 */
export function langProblems(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  for (const match of body.matchAll(/\{([^{}\n]*\blang\b[^{}\n]*)\}/g)) {
    if (isLangBlock(match[1] ?? "")) continue;
    problems.push({
      file,
      line: bodyLine + (body.slice(0, match.index).match(/\n/g)?.length ?? 0),
      field: "lang",
      expected: "eine Sprachangabe der Form {lang=en}: nur lang und ein Sprachkürzel wie en, fr oder en-GB, ohne Leerzeichen um das =",
      received: JSON.stringify(match[0]),
      fix: "Schreiben Sie das Kürzel der Sprache direkt hinter den fremdsprachigen Text, z. B. *Fair Trade*{lang=en} für Englisch oder *Bonjour*{lang=fr} für Französisch. Andere Angaben in geschweiften Klammern sind nicht erlaubt.",
    });
  }
  return problems;
}
