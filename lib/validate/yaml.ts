/**
 * YAML parsing that remembers where each value stands, so problems can name a line.
 * Uses YAML 1.2 (the `yaml` package's default): `2013-02-11` stays a string, and a date
 * is checked by our own schema instead of being silently turned into a timestamp.
 */
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { Problem } from "../shared/problems.ts";

/** Parsed YAML plus a way to look up the line of any field path. */
export interface LocatedYaml {
  data: unknown;
  /** 1-based line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML text. Returns the data with a line lookup, or the syntax problems.
 *
 * @param lineOffset added to every line, for front matter that starts below the `---`.
 * @example
 * const parsed = parseYaml("title: Hallo\n", "src/a.md", 1);
 * if (!("problems" in parsed)) parsed.lineOf(["title"]) // => 2
 */
export function parseYaml(text: string, file: string, lineOffset = 0): LocatedYaml | { problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = text.split("\n");
    return {
      problems: doc.errors.map((error) => {
        const line = errorLine(lines, error.code, error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line);
        return {
          file,
          line: line + lineOffset,
          field: "",
          expected: "gültiges YAML (jede Zeile `feld: wert`, Einrückung mit Leerzeichen, keine Tabulatoren)",
          received: `einen Syntaxfehler: ${yamlMessageInGerman(error.code, error.message)}`,
          fix: yamlFix(lines[line - 1] ?? "", error.message, error.code),
        };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // Thousands of aliases expanding into each other (a "billion laughs" text) stop here.
    return {
      problems: [
        {
          file,
          line: 1 + lineOffset,
          field: "",
          expected: "gültiges YAML ohne Verweise (& und * am Wortanfang)",
          received: "sehr viele verschachtelte Verweise (*name), die sich beim Lesen vervielfachen",
          fix: "Schreiben Sie jeden Wert aus, statt mit &name und *name auf andere Stellen zu verweisen.",
        },
      ],
    };
  }
  return {
    data,
    lineOf: (path) => lineOfPath(doc, counter, path, lineOffset),
  };
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[], offset: number): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offset;
  }
  return undefined;
}

const yamlCodes: Record<string, string> = {
  DUPLICATE_KEY: "ein Feld steht doppelt",
  BAD_INDENT: "die Einrückung stimmt nicht",
  TAB_AS_INDENT: "Tabulator statt Leerzeichen zur Einrückung",
  MISSING_CHAR: "ein Zeichen fehlt (z. B. ein schließendes Anführungszeichen)",
  MULTILINE_IMPLICIT_KEY: "ein Feldname geht über mehrere Zeilen (fehlt ein Doppelpunkt?)",
  BLOCK_AS_IMPLICIT_KEY: "ein Feldname geht über mehrere Zeilen (fehlt ein Doppelpunkt?)",
  UNEXPECTED_TOKEN: "ein unerwartetes Zeichen",
};

/** Errors the `yaml` package names by message only. */
const yamlMessages: [RegExp, string][] = [[/Nested mappings are not allowed in compact mappings/, "ein Doppelpunkt mit Leerzeichen mitten im Text"]];

function yamlMessageInGerman(code: string, message: string): string {
  const firstLine = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
  const german = yamlMessages.find(([pattern]) => pattern.test(message))?.[1] ?? yamlCodes[code];
  return german ? `${german} (${firstLine})` : firstLine;
}

/**
 * The line to name for a syntax error. A missing closing quote is found only at the end of
 * the text; the line where the quote was opened is the one to fix.
 *
 * @example
 * errorLine(['a: 1', 'b: "offen', 'c: 3'], "MISSING_CHAR", 3) // => 2
 */
export function errorLine(lines: readonly string[], code: string, reported: number): number {
  if (code !== "MISSING_CHAR") return reported;
  for (let line = Math.min(reported, lines.length); line >= 1; line--) {
    const value = /^[^:#]*:\s*(["'])/.exec(lines[line - 1] ?? "");
    if (value && !new RegExp(`${value[1]}\\s*$`).test((lines[line - 1] ?? "").slice(value.index + value[0].length))) return line;
  }
  return reported;
}

/**
 * How to fix a syntax error: for a colon inside a text, the line with quotes.
 *
 * @example
 * yamlFix("title: A", "Map keys must be unique", "DUPLICATE_KEY")
 * // => 'Das Feld „title“ steht in diesem Abschnitt zweimal. ...'
 * yamlFix("title: Kontakt: Anfahrt", "Nested mappings are not allowed ...")
 * // => 'Setzen Sie den Text in Anführungszeichen: title: "Kontakt: Anfahrt"'
 */
export function yamlFix(line: string, message: string, code = ""): string {
  if (code === "DUPLICATE_KEY") {
    const key = /^\s*-?\s*([^:#]+?)\s*:/.exec(line)?.[1];
    return `Das Feld${key ? ` „${key}“` : ""} steht in diesem Abschnitt zweimal. Löschen Sie eine der beiden Zeilen (die andere bleibt gültig) oder geben Sie ihr den richtigen Feldnamen.`;
  }
  const field = /^(\s*[\w-]+):\s+(.*\S)\s*$/.exec(line);
  if (/Nested mappings are not allowed in compact mappings/.test(message) && field) {
    return `Setzen Sie den Text in Anführungszeichen: ${field[1]}: "${field[2]!.replace(/"/g, '\\"')}"`;
  }
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) return `Setzen Sie am Ende des Textes in dieser Zeile das schließende Anführungszeichen ${quote}.`;
  return "Prüfen Sie diese Zeile und die darüber: fehlt ein Doppelpunkt, ein Anführungszeichen oder stimmt die Einrückung nicht? Texte mit Doppelpunkt in Anführungszeichen setzen.";
}

/**
 * Front matter the validator has parsed, by its YAML text, for Eleventy to take instead of
 * parsing the same text again (see `lib/plugins/markdown.ts`). Each entry is taken once, so
 * Eleventy always gets an object nobody else holds.
 */
const parsedFrontMatter = new Map<string, unknown>();

/** The key of a front matter text: Eleventy's parser passes it with the newline after `---`. */
function frontMatterKey(text: string): string {
  return text.replace(/^\r?\n/, "");
}

/**
 * Remembers the data of a front matter text the validator has parsed.
 *
 * @example
 * rememberFrontMatter("title: A", { title: "A" });
 * takeFrontMatter("\ntitle: A") // => { title: "A" }
 */
export function rememberFrontMatter(text: string, data: unknown): void {
  parsedFrontMatter.set(frontMatterKey(text), data);
}

/**
 * The remembered data of a front matter text, removed from the store; undefined if the
 * validator did not parse this text (or it was taken already).
 *
 * @example
 * takeFrontMatter("\ntitle: B") // => undefined
 */
export function takeFrontMatter(text: string): unknown {
  const key = frontMatterKey(text);
  const data = parsedFrontMatter.get(key);
  parsedFrontMatter.delete(key);
  return data;
}
