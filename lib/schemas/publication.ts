/** Schema of the front matter of publications (`src/publikationen/<slug>.md`), each with a PDF. */
import { z } from "zod";
import { PDF_DIR } from "../shared/paths.ts";
import { IsoDate, Line, SampleMark, Slug } from "./common.ts";

/** The kinds of publication, in the order the overview shows them. */
export const PublicationTypes = ["Jahresbericht", "Broschüre", "Dokumentation", "Leitfaden", "Formular"] as const;

/** A kind of publication. */
export type PublicationType = (typeof PublicationTypes)[number];

export { PDF_DIR };

/** Front matter of a publication. Unknown keys fail. */
export const PublicationFrontMatterSchema = z.strictObject({
  title: Line.describe("der Titel der Publikation in einer Zeile"),
  description: z.string().trim().min(50).max(200).describe("eine Kurzbeschreibung mit 50 bis 200 Zeichen: was drinsteht und für wen (für die Liste und die Suche)"),
  year: z.number().int().min(1990).max(2100).describe("das Erscheinungsjahr als Zahl, z. B. 2026"),
  type: z.enum(PublicationTypes).describe(`eine der Arten: ${PublicationTypes.join(", ")}`),
  series: Line.optional().describe("der Name einer Reihe, z. B. Jahresberichte der SEZ"),
  language: z.enum(["de", "en", "fr"]).optional().describe("die Sprache des Dokuments, wenn nicht Deutsch: en oder fr"),
  easyRead: z.boolean().optional().describe("true, wenn das Dokument in Leichter Sprache geschrieben ist"),
  file: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*\.pdf$/)
    .describe(`ein Dateiname aus dem Ordner ${PDF_DIR}/, z. B. jahresbericht-2025.pdf (Kleinbuchstaben, Ziffern, Bindestriche, Endung .pdf)`),
  cover: Slug.optional().describe("die Kennung eines Fotos aus _data/images.yaml als Titelbild"),
  updated: IsoDate.optional(),
  draft: z.boolean().optional().describe("true oder false"),
  sample: SampleMark.describe("true, wenn der Inhalt ein erfundenes Beispiel ist (Musterinhalt); sonst false oder die Zeile weglassen"),
});

/** Validated front matter of a publication. */
export type PublicationFrontMatter = z.infer<typeof PublicationFrontMatterSchema>;
