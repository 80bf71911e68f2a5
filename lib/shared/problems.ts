/**
 * One shape for every problem the build can find in an editor's input, and one formatter
 * that turns problems into plain German lines: file, field path, expected, received, fix.
 *
 * Every check in `lib/` reports through this module, so an editor sees the same kind of
 * message whether the mistake is in a data file, in front matter or in a link.
 */

/** A single mistake found in the sources, precise enough for an editor to fix it alone. */
export interface Problem {
  /** Path of the file relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in that file, where known. */
  line?: number | undefined;
  /** Field path inside the file, e.g. `contacts[0].phone`; empty for the whole file. */
  field?: string | undefined;
  /** What the build expected, in plain words. */
  expected: string;
  /** What it found instead (already shortened and quoted). */
  received: string;
  /** What the editor should do. */
  fix: string;
}

/** What happens to the site when a build stops: the default is the production build's. */
export const PUBLISHED_STAYS = "Die zuletzt veröffentlichte Fassung bleibt unverändert.";

/** Thrown when the sources hold one or more problems; carries all of them. */
export class ProblemsError extends Error {
  readonly problems: readonly Problem[];
  /** Tells Eleventy to print the message without a stack trace: the message is the whole story. */
  readonly skipOriginalStack = true;

  constructor(problems: readonly Problem[], outcome: string = PUBLISHED_STAYS) {
    super(formatProblems(problems, outcome));
    this.name = "ProblemsError";
    this.problems = problems;
  }
}

/**
 * Renders a value for the "erhalten" line: short, quoted, one line.
 *
 * @example
 * describeValue("0711 2102940") // => '"0711 2102940"'
 * describeValue(undefined)      // => "nichts (Feld fehlt)"
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nichts (Feld fehlt)";
  if (value === null) return "einen leeren Wert";
  if (typeof value === "string") {
    const oneLine = value.replace(/\s+/g, " ");
    return JSON.stringify(oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine);
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  if (Array.isArray(value)) return `eine Liste mit ${value.length} Einträgen`;
  if (typeof value === "object") return "einen Abschnitt mit Unterfeldern";
  return String(value);
}

/**
 * Formats a field path the way editors see it in YAML: `contacts[0].phone`.
 *
 * @example
 * formatPath(["sections", 2, "title"]) // => "sections[2].title"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Sorts problems by file, then line, so an editor can work through them top to bottom.
 *
 * @example
 * sortProblems([{ file: "b.md", ... }, { file: "a.md", ... }]) // a.md first
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? "").localeCompare(b.field ?? ""));
}

/**
 * Formats problems as the build prints them: a headline, then one block per problem with
 * one line each for place, expected, received and fix.
 *
 * @param outcome the headline's second sentence: what happens to the site meanwhile.
 * @param stopped what stopped, the headline's start.
 * @example
 * formatProblems([{ file: "_data/contacts.yaml", line: 4, field: "[0].phone",
 *   expected: "Telefonnummer im Format E.164", received: '"0711"', fix: "Schreiben Sie +49..." }])
 * // Der Build wurde angehalten: 1 Problem gefunden.
 * //
 * // _data/contacts.yaml:4  Feld [0].phone
 * //   erwartet: Telefonnummer im Format E.164
 * //   erhalten: "0711"
 * //   So beheben Sie es: Schreiben Sie +49...
 */
export function formatProblems(problems: readonly Problem[], outcome: string = PUBLISHED_STAYS, stopped = "Der Build wurde angehalten"): string {
  const count = problems.length === 1 ? "1 Problem" : `${problems.length} Probleme`;
  const headline = `${stopped}: ${count} gefunden. ${outcome}`;
  return [headline, ...sortProblems(problems).map(formatBlock)].join("\n\n");
}

/**
 * Formats warnings: findings in the same shape as problems that do not stop the build
 * (e.g. a photo credit no page uses). They go into a separate list, never into a
 * {@link ProblemsError}, so nothing that stops the build can be mistaken for a hint.
 *
 * @example
 * formatWarnings([{ file: "_data/images.yaml", line: 3, field: "[0].id", expected: "...", received: "...", fix: "..." }])
 * // Hinweis: 1 Warnung. Der Build läuft weiter.
 * //
 * // _data/images.yaml:3  Feld [0].id
 * //   ...
 */
export function formatWarnings(warnings: readonly Problem[]): string {
  const count = warnings.length === 1 ? "1 Warnung" : `${warnings.length} Warnungen`;
  return [`Hinweis: ${count}. Der Build läuft weiter.`, ...sortProblems(warnings).map(formatBlock)].join("\n\n");
}

/** One problem as lines for place, expected, received and fix. */
function formatBlock(p: Problem): string {
  const place = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? `  Feld ${p.field}` : "";
  return [`${place}${field}`, `  erwartet: ${p.expected}`, `  erhalten: ${p.received}`, `  So beheben Sie es: ${p.fix}`].join("\n");
}

/** Escapes a value for a GitHub workflow command's data (`%`, CR, LF). */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a value for a workflow command's property (also `:` and `,`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * Formats problems as GitHub Actions annotations, one `::error` line each, so a pull
 * request shows the build's German message on the file and line it concerns.
 *
 * @example
 * formatAnnotations([{ file: "_data/contacts.yaml", line: 4, field: "[0].phone",
 *   expected: "Telefonnummer im Format E.164", received: '"0711"', fix: "Schreiben Sie +49..." }])
 * // => '::error file=_data/contacts.yaml,line=4,title=Feld [0].phone::erwartet: Telefonnummer im Format E.164%0Aerhalten: "0711"%0ASo beheben Sie es: Schreiben Sie +49...'
 */
export function formatAnnotations(problems: readonly Problem[], level: "error" | "warning" = "error"): string {
  return sortProblems(problems)
    .map((p) => {
      const properties = [`file=${escapeProperty(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), ...(p.field ? [`title=${escapeProperty(`Feld ${p.field}`)}`] : [])].join(",");
      return `::${level} ${properties}::${escapeData(`erwartet: ${p.expected}\nerhalten: ${p.received}\nSo beheben Sie es: ${p.fix}`)}`;
    })
    .join("\n");
}
