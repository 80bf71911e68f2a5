/**
 * General pages: `src/<slug>.md` (Kontakt, Spenden, Impressum, the start page, ...) and the
 * topic overview `src/themen/index.md`. Their address follows the file name unless a
 * `permalink` is set (only for special pages such as `404.html`).
 */
import { PageFrontMatterSchema, PageLayouts, type PageFrontMatter } from "../schemas/page.ts";
import { GENERATED_URLS } from "./generated.ts";
import { pageMarkdown } from "./scaffold.ts";
import { defineContentType } from "./types.ts";

/**
 * The address of a general page from its file (path from `src/`) and front matter.
 *
 * @example
 * pageAddress("kontakt.md", {})       // => "/kontakt/"
 * pageAddress("index.md", {})         // => "/"
 * pageAddress("themen/index.md", {})  // => "/themen/"
 * pageAddress("404.md", { permalink: "404.html" }) // => "/404.html"
 */
export function pageAddress(relative: string, frontMatter: Pick<PageFrontMatter, "permalink">): string {
  if (frontMatter.permalink) return `/${frontMatter.permalink.replace(/^\//, "")}`;
  const stem = relative.replace(/\.md$/, "");
  if (stem === "index") return "/";
  return `/${stem.replace(/\/index$/, "")}/`;
}

export const page = defineContentType<PageFrontMatter>({
  id: "page",
  label: { one: "Seite", many: "Seiten" },
  summary: "Allgemeine Seiten wie Kontakt, Spenden oder Impressum, dazu die Startseite und die Themenübersicht.",
  folder: "src",
  place: "direkt in src/ (allgemeine Seiten)",
  owns: (relative) => !relative.includes("/") || relative === "themen/index.md",
  schema: PageFrontMatterSchema,
  layout: (fm) => fm.layout ?? "page",
  layouts: PageLayouts,
  references: { hero: "images", contacts: "contacts" },
  computed: ({ relative, frontMatter }) => ({ url: pageAddress(relative, frontMatter) }),
  check: ({ file, frontMatter }) =>
    frontMatter.title ? [] : [{ file, line: 1, field: "title", expected: "der Seitentitel in einer Zeile", received: "nichts (Feld fehlt)", fix: 'Ergänzen Sie das Pflichtfeld "title".' }],
  search: { type: "Seite" },
  sitemap: true,
  scaffold: {
    command: "seite",
    usage: ['npm run neu -- seite "Titel der Seite"'],
    create: ({ title, slug, read }) => {
      const file = `src/${slug}.md`;
      const address = `/${slug}/`;
      if (read(file) !== undefined) return { refused: `Die Datei ${file} gibt es schon. Wählen Sie einen anderen Titel.` };
      if (slug === "themen" || slug === "index" || GENERATED_URLS[address]) return { refused: `Die Adresse ${address} ist für die Website reserviert. Wählen Sie einen anderen Titel.` };
      return { file, writes: [{ file, text: pageMarkdown({ title }) }], created: `Neue Seite "${title}" angelegt:\n  ${file}: Vorspann und Text der Seite` };
    },
  },
  editing: { require: ["title"] },
});
