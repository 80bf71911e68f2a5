/**
 * Publications: `src/publikationen/<slug>.md`, one file per document (Jahresbericht,
 * Broschüre, Dokumentation, Leitfaden, Formular) with its PDF in `assets/publikationen/`.
 * The build reads each PDF (`lib/load/pdf.ts`: size, pages, title) and refuses a missing,
 * unreadable, untitled or too large one (`lib/validate/publications.ts`). Each publication has
 * a page of its own (found by the search by title and description); `/publikationen/` lists
 * them by type, newest first (`src/publikationen/index.11ty.tsx`).
 */
import { stringify } from "yaml";
import { PDF_DIR, PublicationFrontMatterSchema, type PublicationFrontMatter } from "../schemas/publication.ts";
import { defineContentType } from "./types.ts";

/** Names below `/publikationen/` that the overview's filter pages use. */
export const RESERVED_PUBLICATION_SLUGS = ["art", "jahr"] as const;

/**
 * Newest first, then by title.
 *
 * @example
 * [{ year: 2024, title: "B" }, { year: 2026, title: "A" }].sort(compareNewestFirst)[0].year // => 2026
 */
export function compareNewestFirst(a: Pick<PublicationFrontMatter, "year" | "title">, b: Pick<PublicationFrontMatter, "year" | "title">): number {
  return b.year - a.year || a.title.localeCompare(b.title, "de");
}

export const publication = defineContentType<PublicationFrontMatter>({
  id: "publication",
  label: { one: "Publikation", many: "Publikationen" },
  summary: "Ein Dokument der SEZ zum Herunterladen (PDF) mit Titel, Jahr und Art; Größe und Seitenzahl liest der Build aus der Datei.",
  folder: "src/publikationen",
  place: "in src/publikationen/ (Publikationen)",
  owns: (relative) => /^publikationen\/[^/]+\.md$/.test(relative),
  schema: PublicationFrontMatterSchema,
  layout: () => "publication",
  layouts: ["publication"],
  references: { cover: "images" },
  computed: ({ slug, frontMatter }) => ({ title: frontMatter.title, url: `/publikationen/${slug}/` }),
  check: ({ file, slug }) =>
    (RESERVED_PUBLICATION_SLUGS as readonly string[]).includes(slug)
      ? [
          {
            file,
            expected: "einen Dateinamen, den die Übersicht nicht selbst braucht",
            received: `${slug}.md`,
            fix: `Die Adressen /publikationen/${slug}/... gehören zur Übersicht. Benennen Sie die Datei um.`,
          },
        ]
      : [],
  compare: compareNewestFirst,
  search: { type: "Publikation", urlPrefix: "/publikationen/" },
  sitemap: true,
  scaffold: {
    command: "publikation",
    usage: ['npm run neu -- publikation "Titel der Publikation"'],
    create: ({ title, slug, read, today }) => {
      const file = `src/publikationen/${slug}.md`;
      if (read(file) !== undefined) return { refused: `Die Datei ${file} gibt es schon. Wählen Sie einen anderen Titel.` };
      const fields = stringify(
        {
          title,
          description: "Bitte ersetzen: ein bis zwei Sätze, was in der Publikation steht und für wen sie gedacht ist.",
          year: Number(today.slice(0, 4)),
          type: "Broschüre",
          file: `${slug}.pdf`,
        },
        { lineWidth: 0 },
      );
      const text = [
        "---",
        fields.trimEnd(),
        "# Entwurf: nur in der Vorschau (npm start) sichtbar. Ist die Seite fertig, löschen Sie die nächste Zeile.",
        "draft: true",
        "# Optional (das # am Zeilenanfang entfernen):",
        "# cover: startseite          Titelbild aus _data/images.yaml",
        "# easyRead: true             das Dokument ist in Leichter Sprache",
        "# series: Jahresberichte     Name einer Reihe",
        "---",
        "",
        "Bitte ersetzen oder löschen: ein paar Sätze mehr zum Inhalt.",
        "",
      ].join("\n");
      return {
        file,
        writes: [{ file, text }],
        created: `Neue Publikation "${title}" angelegt:\n  ${file}: Angaben zur Publikation\n  Legen Sie die PDF-Datei als ${PDF_DIR}/${slug}.pdf ab (mit Dokumenttitel, höchstens 5 MB), bevor Sie draft: true löschen.`,
      };
    },
  },
});
