/**
 * The editors' guide's chapter on the content types (`docs/redaktion.md`), written from the
 * content types themselves: folder, `npm run neu` command and a table of the front matter
 * fields with what each expects (the schema's German descriptions, which the build's error
 * messages show too). `npm run docs` writes it between two markers; a unit test fails when
 * the guide is out of date.
 */
import type { z } from "zod";
import type { AnyContentType } from "./types.ts";

/** The lines that enclose the generated chapter in the guide. */
export const GUIDE_MARKERS = {
  start: "<!-- Inhaltsarten: erzeugt von npm run docs aus lib/content/, nicht von Hand ändern -->",
  end: "<!-- Ende der Inhaltsarten -->",
} as const;

/** One field of a front matter schema, as the guide lists it. */
export interface FieldRow {
  name: string;
  required: boolean;
  expected: string;
}

/** The schema inside optional, default and nullable wrappers, and whether the field may be left out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; description?: string | undefined } {
  let current = schema as z.ZodType & { unwrap?: () => z.ZodType; description?: string };
  let description = current.description;
  const optional = current.safeParse(undefined).success;
  while (typeof current.unwrap === "function" && ["optional", "default", "nullable"].includes((current as { def?: { type?: string } }).def?.type ?? "")) {
    current = current.unwrap() as typeof current;
    description ??= current.description;
  }
  return { inner: current, optional, description };
}

/**
 * The fields of an object schema in their order, with what each expects.
 *
 * @example
 * fieldRows(z.strictObject({ title: Line.describe("ein Titel"), draft: z.boolean().optional() }))
 * // => [{ name: "title", required: true, expected: "ein Titel" }, { name: "draft", required: false, expected: "true oder false" }]
 */
export function fieldRows(schema: z.ZodType): FieldRow[] {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape ?? {};
  return Object.entries(shape).map(([name, field]) => {
    const { inner, optional, description } = unwrap(field);
    const type = (inner as { def?: { type?: string } }).def?.type;
    const fallback = type === "boolean" ? "true oder false" : type === "array" ? "eine Liste" : type === "number" ? "eine Zahl" : "ein Text";
    return { name, required: !optional, expected: description ?? fallback };
  });
}

/** A table cell: no line breaks, no unescaped pipes. */
const cell = (text: string): string => text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");

/**
 * The guide's chapter for these content types, between {@link GUIDE_MARKERS}.
 *
 * @example
 * guideChapter([page]).startsWith(GUIDE_MARKERS.start) // => true
 */
export function guideChapter(types: readonly AnyContentType[]): string {
  const sections = types.map((type) => {
    const rows = fieldRows(type.schema)
      .filter((row) => !type.refusedFields?.includes(row.name))
      .map((row) => `| \`${row.name}\` | ${row.required ? "ja" : "nein"} | ${cell(row.expected)} |`);
    const scaffold = type.scaffold ? `Neu anlegen: ${type.scaffold.usage.map((line) => `\`${line}\``).join(" oder ")}.` : "";
    return [
      `### ${type.label.many}`,
      "",
      `${type.summary} Die Dateien liegen ${type.place.replace(/ \(.*\)$/, "")}. ${scaffold}`.trim(),
      "",
      "| Feld | Pflicht? | erwartet |",
      "| --- | --- | --- |",
      ...rows,
    ].join("\n");
  });
  return [
    GUIDE_MARKERS.start,
    "",
    "## Die Inhaltsarten und ihre Felder",
    "",
    "Jede Art von Seite hat ihren Ordner und ihre Felder im Vorspann. Die Spalte „erwartet“ ist derselbe Text, den der Build bei einem falschen Wert zeigt.",
    "",
    sections.join("\n\n"),
    "",
    GUIDE_MARKERS.end,
  ].join("\n");
}

/**
 * The guide with its chapter replaced (or inserted before `## Markdown`, where it first goes).
 *
 * @example
 * withGuideChapter("# Handbuch\n\n## Markdown: ...", chapter) // => "# Handbuch\n\n<!-- Inhaltsarten ... -->\n\n## Markdown: ..."
 */
export function withGuideChapter(guide: string, chapter: string): string {
  const start = guide.indexOf(GUIDE_MARKERS.start);
  const end = guide.indexOf(GUIDE_MARKERS.end);
  if (start >= 0 && end > start) return guide.slice(0, start) + chapter + guide.slice(end + GUIDE_MARKERS.end.length);
  const at = guide.indexOf("\n## Markdown");
  return at >= 0 ? `${guide.slice(0, at + 1)}${chapter}\n\n${guide.slice(at + 1)}` : `${guide.trimEnd()}\n\n${chapter}\n`;
}
