/**
 * Funding programmes: `src/foerderung/<slug>.md`, one file per programme with its facts,
 * application rounds, documents (publications by id), FAQ, contacts and topics. The status
 * ("Bewerbung möglich bis ...") is never written by hand: `lib/content/rounds.ts` computes
 * it from the rounds and today; the overview `/foerderung/` is `src/foerderung/index.11ty.tsx`.
 */
import { stringify } from "yaml";
import { ProgrammeFrontMatterSchema, type ProgrammeFrontMatter } from "../schemas/programme.ts";
import { roundMistakes } from "./rounds.ts";
import { defineContentType } from "./types.ts";

/**
 * The Markdown of a new programme: a draft whose rounds start from `today`, valid at once.
 *
 * @example
 * programmeMarkdown("Eine-Welt-Fonds", "2027-01-10") // => "---\ntitle: Eine-Welt-Fonds\nteaser: ...\ndraft: true\n..."
 */
export function programmeMarkdown(title: string, today: string): string {
  const year = Number(today.slice(0, 4)) + 1;
  const fields = stringify(
    {
      title,
      teaser: "Bitte ersetzen: ein bis zwei Sätze, worum es im Programm geht und für wen es gedacht ist.",
      who: ["Bitte ersetzen: wer einen Antrag stellen darf, z. B. gemeinnützige Vereine"],
      funded: ["Bitte ersetzen: was gefördert wird"],
      amount: { min: 1000, max: 10000, ownShare: "Bitte ersetzen: z. B. mindestens 10 Prozent der Kosten" },
      rounds: [{ opens: `${year}-01-15`, deadline: `${year}-03-31`, decision: `${year}-05-15` }],
    },
    { lineWidth: 0 },
  );
  return [
    "---",
    fields.trimEnd(),
    "# Entwurf: nur in der Vorschau (npm start) sichtbar. Ist die Seite fertig, löschen Sie die nächste Zeile.",
    "draft: true",
    "# Optional (das # am Zeilenanfang entfernen):",
    "# documents: [foerderrichtlinie-muster]   Publikationen aus src/publikationen/ (Richtlinie, Formulare)",
    "# contacts: [sez-zentrale]                Kontakte aus _data/contacts.yaml",
    "# topics: [globales-lernen]               Themen aus _data/topics.yaml",
    "# faq:",
    "#   - question: Wer darf sich bewerben?",
    "#     answer: Gemeinnützige Vereine mit Sitz in Baden-Württemberg.",
    "---",
    "",
    "Bitte ersetzen: Was das Programm erreichen will, in ein paar Sätzen.",
    "",
  ].join("\n");
}

export const programme = defineContentType<ProgrammeFrontMatter>({
  id: "programme",
  label: { one: "Förderprogramm", many: "Förderprogramme" },
  summary: "Ein Förderprogramm mit Bewerbungsrunden, Unterlagen und häufigen Fragen; ob man sich gerade bewerben kann, errechnet die Website aus den Daten der Runden.",
  folder: "src/foerderung",
  place: "in src/foerderung/ (Förderprogramme)",
  owns: (relative) => /^foerderung\/[^/]+\.md$/.test(relative),
  schema: ProgrammeFrontMatterSchema,
  layout: () => "programme",
  // Its documents are publications.
  imports: ["publication"],
  layouts: ["programme"],
  references: { hero: "images", contacts: "contacts", topics: "topics" },
  pageReferences: { documents: "publication" },
  computed: ({ slug, frontMatter }) => ({ title: frontMatter.title, url: `/foerderung/${slug}/` }),
  check: ({ file, frontMatter, lineOf }) =>
    roundMistakes(frontMatter.rounds).map((mistake) => ({
      file,
      line: lineOf(["rounds", mistake.index, mistake.field]),
      field: `rounds[${mistake.index}].${mistake.field}`,
      expected: mistake.expected,
      received: mistake.received,
      fix: mistake.fix,
    })),
  compare: (a, b) => a.title.localeCompare(b.title, "de"),
  search: { type: "Förderung", urlPrefix: "/foerderung/" },
  sitemap: true,
  scaffold: {
    command: "foerderung",
    usage: ['npm run neu -- foerderung "Name des Förderprogramms"'],
    create: ({ title, slug, read, today }) => {
      const file = `src/foerderung/${slug}.md`;
      if (read(file) !== undefined) return { refused: `Die Datei ${file} gibt es schon. Wählen Sie einen anderen Titel.` };
      return {
        file,
        writes: [{ file, text: programmeMarkdown(title, today) }],
        created: `Neues Förderprogramm "${title}" angelegt:\n  ${file}: Angaben, Bewerbungsrunden und Text (die Runden sind Beispieldaten: bitte ersetzen)`,
      };
    },
  },
});
