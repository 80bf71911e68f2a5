/**
 * Policy for HTML in Markdown: none. The site's markdown-it runs with `html: false`, so
 * whatever an editor types as HTML is shown as text and never executed. This check finds
 * every place where an editor wrote HTML anyway (above all `<script>`, `<iframe>`, event
 * handler attributes and `javascript:` addresses) and stops the build with the line and the
 * Markdown to use instead, so no page goes online with stray tags in its text.
 */
import { describeValue, type Problem } from "../shared/problems.ts";
import { htmlFindingMarkdown, locateTokens } from "./markdown-scan.ts";

/** What kind of HTML an editor wrote; decides the explanation. */
export type HtmlKind = "script" | "embed" | "handler" | "javascript" | "comment" | "tag";

/** Markdown for the tags editors use most. */
const MARKDOWN_FOR: Record<string, string> = {
  b: "**fett**",
  strong: "**fett**",
  i: "*kursiv*",
  em: "*kursiv*",
  a: "[Linktext](/adresse/)",
  img: "![](bild:ID) mit einem Foto aus _data/images.yaml",
  br: "einen Backslash \\ am Zeilenende für einen Zeilenumbruch",
  p: "eine Leerzeile für einen neuen Absatz",
  h2: "## Überschrift",
  h3: "### Überschrift",
  h4: "#### Überschrift",
  ul: "Zeilen, die mit - beginnen",
  ol: "Zeilen, die mit 1. beginnen",
  li: "Zeilen, die mit - beginnen",
  table: "eine Markdown-Tabelle (| Spalte | Spalte |)",
};

/** `javascript:` and `vbscript:`, also with the colon written as an HTML entity. */
const SCRIPT_URL = /(?:java|vb)script\s*(?::|&#0*58;?|&#x0*3a;?|&colon;)/i;

const GENERAL_HINT = "Verwenden Sie Markdown statt HTML: **fett**, *kursiv*, [Linktext](/adresse/), ![](bild:ID) für Fotos, eine Leerzeile für einen neuen Absatz.";

/**
 * Classifies a piece of HTML by the most dangerous thing in it.
 *
 * @example
 * classifyHtml('<a href="#" onclick="x()">') // => "handler"
 * classifyHtml("<b>")                       // => "tag"
 */
export function classifyHtml(html: string): HtmlKind {
  if (/<script\b/i.test(html)) return "script";
  if (/<(?:iframe|frame|object|embed)\b/i.test(html)) return "embed";
  if (/\son[a-z]+\s*=/i.test(html)) return "handler";
  if (SCRIPT_URL.test(html)) return "javascript";
  if (/^<!--/.test(html.trim())) return "comment";
  return "tag";
}

/**
 * The name of the first tag in a piece of HTML, lower case.
 *
 * @example
 * tagName('<IMG src="x">') // => "img"
 */
export function tagName(html: string): string | undefined {
  return /<\/?([a-z][a-z0-9-]*)/i.exec(html)?.[1]?.toLowerCase();
}

/** What was found and how to fix it, by kind. */
function explain(kind: HtmlKind, html: string): { received: string; fix: string } {
  const quoted = describeValue(html);
  switch (kind) {
    case "script":
      return { received: `ein <script>-Element (Programmcode): ${quoted}`, fix: `Entfernen Sie das Skript: Programmcode aus Seitentexten wird aus Sicherheitsgründen nie ausgeführt. ${GENERAL_HINT}` };
    case "embed":
      return {
        received: `einen eingebetteten fremden Inhalt (<${tagName(html) ?? "iframe"}>): ${quoted}`,
        fix: `Entfernen Sie die Einbettung: Fremde Inhalte wie Videos oder Karten senden Daten an Dritte und werden nicht eingebettet. Verlinken Sie sie stattdessen mit [Video ansehen](https://...). ${GENERAL_HINT}`,
      };
    case "handler":
      return {
        received: `ein HTML-Attribut mit Programmcode (on...=): ${quoted}`,
        fix: `Entfernen Sie das Attribut: Programmcode aus Seitentexten wird aus Sicherheitsgründen nie ausgeführt. ${GENERAL_HINT}`,
      };
    case "javascript":
      return {
        received: `eine javascript:-Adresse: ${quoted}`,
        fix: `Entfernen Sie die javascript:-Adresse: Links führen auf eine Seite (/kontakt/), eine Website (https://...) oder eine E-Mail-Adresse. ${GENERAL_HINT}`,
      };
    case "comment":
      return { received: `einen HTML-Kommentar: ${quoted}`, fix: "Entfernen Sie den Kommentar: Er wäre auf der Website als Text zu sehen. Notizen für die Redaktion gehören in die Commit-Nachricht." };
    case "tag": {
      const name = tagName(html);
      const specific = name ? MARKDOWN_FOR[name] : undefined;
      return {
        received: `HTML (<${name ?? "?"}>): ${quoted}`,
        fix: specific ? `Verwenden Sie Markdown statt HTML, hier ${specific}. HTML wird auf der Website nur als Text angezeigt.` : `${GENERAL_HINT} HTML wird auf der Website nur als Text angezeigt.`,
      };
    }
  }
}

/**
 * The part of a line that holds a `javascript:` address: the whole Markdown link if there
 * is one, else the word.
 *
 * @example
 * javascriptSnippet("Hier [bestellen](javascript:alert(1)) bitte") // => "[bestellen](javascript:alert(1))"
 */
export function javascriptSnippet(line: string): string {
  const link = new RegExp(`\\[[^\\]]*\\]\\(\\s*<?\\s*${SCRIPT_URL.source}[^)]*\\)*`, "i").exec(line);
  return (link ?? new RegExp(`\\S*${SCRIPT_URL.source}\\S*`, "i").exec(line))?.[0] ?? line;
}

/**
 * Finds HTML an editor wrote in a Markdown body: HTML blocks, inline tags (closing tags are
 * not counted twice) and `javascript:` addresses, which markdown-it leaves as text. Code
 * (in backticks or indented) is not content HTML and is left alone.
 *
 * @example
 * rawHtmlProblems({ file: "src/a.md", body: "Text\n\n<script>x()</script>\n", bodyLine: 5 })
 * // => [{ file: "src/a.md", line: 7, received: 'ein <script>-Element ...', ... }]
 */
export function rawHtmlProblems(page: { file: string; body: string; bodyLine: number }): Problem[] {
  // HTML needs a "<", a script address the word "script" or an entity that spells it: most
  // pages need no parse at all.
  if (!/[<&]|script/i.test(page.body)) return [];
  const problems: Problem[] = [];
  const add = (line: number, html: string, kind: HtmlKind = classifyHtml(html)): void => {
    problems.push({ file: page.file, line, field: "", expected: "Markdown ohne HTML", ...explain(kind, html.trim()) });
  };
  const lines = page.body.split("\n");
  for (const { token, line } of locateTokens(htmlFindingMarkdown.parse(page.body, {}), page.bodyLine)) {
    if (token.type === "html_block") add(line, token.content);
    else if (token.type === "html_inline" && !/^<\//.test(token.content)) add(line, token.content);
    else if (token.type === "text" && SCRIPT_URL.test(token.content)) {
      add(line, javascriptSnippet(lines[line - page.bodyLine] ?? token.content), "javascript");
    }
  }
  return problems;
}
