/** Schema of the front matter of funding programmes (`src/foerderung/<slug>.md`). */
import { z } from "zod";
import { IsoDate, Line, SampleMark, Slug } from "./common.ts";

/** A short text of up to a few sentences (one list entry, an answer). */
const Text = z.string().trim().min(1);

/** One application round. */
export const RoundSchema = z.strictObject({
  /** Optional name of the round. */
  title: Line.optional().describe("ein Name der Runde, z. B. Frühjahrsrunde 2027"),
  /** First day on which applications are accepted. */
  opens: IsoDate.describe("der erste Tag, an dem man sich bewerben kann, als JJJJ-MM-TT, z. B. 2027-01-15"),
  /** Last day on which applications are accepted. */
  deadline: IsoDate.describe("der letzte Tag, an dem ein Antrag eingehen kann (Frist), als JJJJ-MM-TT, z. B. 2027-03-31"),
  /** Day the decisions are made, if known. */
  decision: IsoDate.optional().describe("der Tag, an dem über die Anträge entschieden wird, als JJJJ-MM-TT"),
});

/** The amount of funding. */
export const AmountSchema = z.strictObject({
  /** Smallest grant in euros. */
  min: z.number().int().min(0).optional().describe("die kleinste Fördersumme in Euro, als ganze Zahl ohne Punkt, z. B. 1000"),
  /** Largest grant in euros. */
  max: z.number().int().min(1).describe("die höchste Fördersumme in Euro, als ganze Zahl ohne Punkt, z. B. 20000"),
  /** What applicants contribute themselves. */
  ownShare: Line.optional().describe("der Eigenanteil in Worten, z. B. mindestens 10 Prozent der Kosten"),
});

/** Front matter of a funding programme. Unknown keys fail. */
export const ProgrammeFrontMatterSchema = z.strictObject({
  title: Line.describe("der Name des Förderprogramms in einer Zeile"),
  /** For cards, the overview, search results and search engines. */
  teaser: z.string().trim().min(50).max(200).describe("ein Anreißer mit 50 bis 200 Zeichen: worum es geht und für wen (für die Übersicht und die Suche)"),
  who: z.array(Text).min(1).describe("eine Liste: wer einen Antrag stellen darf, z. B. [Vereine, Schulen]"),
  funded: z.array(Text).min(1).describe("eine Liste: was gefördert wird"),
  amount: AmountSchema.describe("die Fördersumme: max (und min) in Euro, ownShare für den Eigenanteil"),
  /** Funding lines of the programme, each with a short text. */
  lines: z
    .array(z.strictObject({ title: Line.describe("der Name der Förderlinie"), text: Text.describe("ein bis zwei Sätze zur Förderlinie") }))
    .optional()
    .describe("eine Liste der Förderlinien, jede mit title und text"),
  rounds: z.array(RoundSchema).min(1).describe("eine Liste der Bewerbungsrunden, jede mit opens, deadline und (wenn bekannt) decision"),
  /** Ids of publications (`src/publikationen/<id>.md`): guidelines, forms. */
  documents: z.array(Slug).optional().describe("eine Liste von Publikationen (Dateiname in src/publikationen/ ohne .md), z. B. [foerderrichtlinie-muster]"),
  faq: z
    .array(z.strictObject({ question: Line.describe("die Frage in einer Zeile"), answer: Text.describe("die Antwort") }))
    .optional()
    .describe("eine Liste häufiger Fragen, jede mit question und answer"),
  contacts: z.array(Slug).optional().describe("eine Liste von Kontakt-Kennungen aus _data/contacts.yaml, z. B. [sez-zentrale]"),
  topics: z.array(Slug).optional().describe("eine Liste von Themen-Kennungen aus _data/topics.yaml, z. B. [globales-lernen]"),
  hero: Slug.optional().describe("die Kennung eines Fotos aus _data/images.yaml, z. B. marktplatz-ravensburg"),
  updated: IsoDate.optional(),
  draft: z.boolean().optional().describe("true oder false"),
  sample: SampleMark.describe("true, wenn der Inhalt ein erfundenes Beispiel ist (Musterinhalt); sonst false oder die Zeile weglassen"),
});

/** Validated front matter of a funding programme. */
export type ProgrammeFrontMatter = z.infer<typeof ProgrammeFrontMatterSchema>;
