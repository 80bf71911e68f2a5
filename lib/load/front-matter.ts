/**
 * The one reading of a page's front matter, shared by the validator, the draft filter and
 * Eleventy's front matter engine: what is validated is what is rendered. Line endings are
 * normalised first (Windows `\r\n` and old Mac `\r` become `\n`), so `draft: true\r` is the
 * same `draft: true` everywhere, and a byte-order mark is dropped.
 */
import { ProblemsError } from "../shared/problems.ts";
import { parseYaml } from "../validate/yaml.ts";

/**
 * A text with `\n` line endings only and without a byte-order mark.
 *
 * @example
 * normaliseText("\uFEFFa\r\nb\rc") // => "a\nb\nc"
 */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Splits a Markdown file into its YAML front matter and body (after {@link normaliseText}).
 * Only a plain `---` opens front matter: `---js` or `---json` are no front matter here.
 *
 * @example
 * splitFrontMatter("---\r\ntitle: A\r\n---\r\nText") // => { yaml: "title: A", body: "Text", bodyLine: 4 }
 */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const normal = normaliseText(text);
  const match = /^---[ \t]*\n([\s\S]*?)\n?^---[ \t]*(?:\n|$)/m.exec(normal);
  if (!match || match.index !== 0) return undefined;
  const yaml = match[1] ?? "";
  return { yaml, body: normal.slice(match[0].length), bodyLine: yaml.split("\n").length + 3 };
}

/**
 * Front matter YAML as Eleventy's front matter engine gets it, parsed exactly as the
 * validator parses it (YAML 1.2, no duplicate keys, no alias bombs). Throws a
 * {@link ProblemsError} naming `file` if the text is no valid YAML.
 *
 * @example
 * parseFrontMatterYaml("\ntitle: A\r\ndraft: true\r", "src/a.md") // => { title: "A", draft: true }
 */
export function parseFrontMatterYaml(text: string, file: string): Record<string, unknown> {
  const parsed = parseYaml(normaliseText(text).replace(/^\n/, ""), file, 1);
  if ("problems" in parsed) throw new ProblemsError(parsed.problems);
  const data = parsed.data;
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/**
 * A front matter engine that refuses: pages hold YAML only, never code (`---js`) or JSON.
 *
 * @example
 * refusedEngine("js")("module.exports = {}", { filePath: "./src/a.md" }) // throws
 */
export function refusedEngine(language: string): (text: string, options?: { filePath?: string }) => never {
  return (_text, options) => {
    const file = (options?.filePath ?? "eine Seite").replace(/^\.\//, "");
    throw new ProblemsError([
      {
        file,
        line: 1,
        expected: "einen Vorspann in YAML, der mit einer Zeile --- beginnt",
        received: `einen Vorspann in der Sprache „${language}“ (---${language})`,
        fix: "Beginnen Sie die Datei mit einer Zeile, in der nur --- steht, und schreiben Sie den Vorspann als feld: wert.",
      },
    ]);
  };
}

/** The front matter languages gray-matter and Eleventy know besides YAML: all refused. */
const OTHER_ENGINES = ["javascript", "js", "jsLegacy", "json", "node", "toml", "coffee", "cson"] as const;

/**
 * Eleventy's front matter engines: `yaml` (and `yml`) parse with {@link parseFrontMatterYaml}
 * (or take what the validator parsed already, via `take`); every other engine refuses.
 *
 * @example
 * eleventyConfig.setFrontMatterParsingOptions({ engines: frontMatterEngines(takeFrontMatter) });
 */
export function frontMatterEngines(take: (text: string) => unknown = () => undefined): Record<string, (text: string, options?: { filePath?: string }) => object> {
  const yaml = (text: string, options?: { filePath?: string }): object =>
    (take(normaliseText(text)) as object | undefined) ?? parseFrontMatterYaml(text, (options?.filePath ?? "").replace(/^\.\//, ""));
  return { yaml, yml: yaml, ...Object.fromEntries(OTHER_ENGINES.map((name) => [name, refusedEngine(name)])) };
}
