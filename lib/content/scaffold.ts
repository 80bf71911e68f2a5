/**
 * Templates for `npm run neu`: a new topic (page plus entry in `_data/topics.yaml`) or a new
 * general page, valid from the first second and marked as draft, so the placeholder texts
 * show in the preview but never on the website.
 */
import slugify from "@sindresorhus/slugify";
import { stringify } from "yaml";
import type { Topic } from "../schemas/topic.ts";

/** Placeholder for a page's description (50 to 200 characters, as the schema wants). */
export const DESCRIPTION_PLACEHOLDER = "Bitte ersetzen: ein bis zwei Sätze, die sagen, worum es auf dieser Seite geht und für wen sie gedacht ist.";

/** Placeholder for a topic's teaser (20 to 300 characters). */
export const TEASER_PLACEHOLDER = "Bitte ersetzen: ein Satz für die Themenkarte und die Suchergebnisse.";

/**
 * The slug (file name and address) for a title: lower case, German umlauts as ae/oe/ue,
 * ß as ss, & as "und", everything else as hyphens.
 *
 * @example
 * slugFromTitle("Öffentliche Beschaffung & Fairness") // => "oeffentliche-beschaffung-und-fairness"
 * slugFromTitle("Straße der Zukunft")                 // => "strasse-der-zukunft"
 */
export function slugFromTitle(title: string): string {
  return slugify(title, {
    customReplacements: [
      ["&", " und "],
      ["ß", "ss"],
      ["ẞ", "SS"],
    ],
  });
}

/**
 * The order value for a new topic: after its last sibling, in steps of 10.
 *
 * @example
 * nextOrder([{ slug: "a", order: 10 }, { slug: "b", order: 40, parent: "a" }], undefined) // => 20
 */
export function nextOrder(topics: readonly Pick<Topic, "order" | "parent">[], parent: string | undefined): number {
  const siblings = topics.filter((t) => t.parent === parent);
  return siblings.length === 0 ? 10 : Math.max(...siblings.map((t) => t.order)) + 10;
}

/** Comment lines that explain the draft line and show the optional fields, so editors find them without the docs. */
const DRAFT_HINT = "# Entwurf: nur in der Vorschau (npm start) sichtbar. Ist die Seite fertig, löschen Sie die nächste Zeile.";
const OPTIONAL_HINTS = [
  "# Optional (das # am Zeilenanfang entfernen):",
  "# contacts: [sez-zentrale]        Kontakte aus _data/contacts.yaml",
  "# hero: marktplatz-ravensburg     Foto aus _data/images.yaml über dem Text",
  "# updated: 2026-01-31             Datum der letzten inhaltlichen Änderung (sonst aus git)",
];

const BODY = `Bitte ersetzen: Beginnen Sie mit ein, zwei Sätzen, die sagen, worum es geht.

## Erste Zwischenüberschrift

Text in kurzen Absätzen. Ein Link auf eine andere Seite sieht so aus: [Kontakt](/kontakt/).
`;

/**
 * The Markdown of a new page: front matter (draft, with hints) and a short body skeleton.
 * Topic pages take their title from `_data/topics.yaml` and have none here.
 *
 * @example
 * pageMarkdown({ title: "Presse" }) // => "---\ntitle: Presse\ndescription: ...\ndraft: true\n..."
 * pageMarkdown({})                  // topic page: no title line
 */
export function pageMarkdown(options: { title?: string }): string {
  const fields = stringify({ ...(options.title ? { title: options.title } : {}), description: DESCRIPTION_PLACEHOLDER }, { lineWidth: 0 });
  return ["---", fields.trimEnd(), DRAFT_HINT, "draft: true", ...OPTIONAL_HINTS, "---", "", BODY].join("\n");
}

/**
 * The YAML to append to `_data/topics.yaml` for a new topic.
 *
 * @example
 * topicEntryYaml({ slug: "presse", title: "Presse", order: 50 })
 * // => "- slug: presse\n  title: Presse\n  teaser: \"Bitte ersetzen: ...\"\n  order: 50\n"
 */
export function topicEntryYaml(entry: { slug: string; title: string; order: number; parent?: string | undefined }): string {
  const topic = {
    slug: entry.slug,
    title: entry.title,
    teaser: TEASER_PLACEHOLDER,
    ...(entry.parent ? { parent: entry.parent, kind: "handlungsfeld" } : {}),
    order: entry.order,
  };
  return stringify([topic], { lineWidth: 0 });
}

/**
 * Appends text to a file's content, with exactly one line break in between.
 *
 * @example
 * appendBlock("- a: 1", "- b: 2\n") // => "- a: 1\n- b: 2\n"
 */
export function appendBlock(existing: string, block: string): string {
  return `${existing.replace(/\s*$/, "")}\n${block}`;
}

/**
 * The Markdown of a new draft of any type: the given fields, the draft line with its hint,
 * commented optional fields, and a body skeleton.
 *
 * @example
 * draftMarkdown({ title: "A", date: "2027-01-05" }, ["# topics: [fairer-handel]"]) // => "---\ntitle: A\ndate: 2027-01-05\n# Entwurf: ...\ndraft: true\n# Optional ...\n---\n\nBitte ersetzen: ..."
 */
export function draftMarkdown(fields: Record<string, unknown>, optionalHints: readonly string[]): string {
  const yaml = stringify(fields, { lineWidth: 0 });
  return ["---", yaml.trimEnd(), DRAFT_HINT, "draft: true", "# Optional (das # am Zeilenanfang entfernen):", ...optionalHints, "---", "", BODY].join("\n");
}
