/** Schema of `_data/images.yaml`: every photo of the site with alt text, caption and credit. */
import { z } from "zod";
import { Line, Slug } from "./common.ts";

/** One photo and its credit. */
export const ImageSchema = z.strictObject({
  /** Kennung, mit der Seiten und Daten das Bild nennen. */
  id: Slug.describe("eine Kennung wie marktplatz-ravensburg"),
  /** File name inside `assets/images/`. */
  file: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*\.(?:jpe?g|png|webp|avif)$/i)
    .describe("ein Dateiname aus dem Ordner assets/images/, z. B. marktplatz-ravensburg.jpg (jpg, png, webp oder avif)"),
  /**
   * Alternative text for screen readers; `""` marks a purely decorative image, which then
   * needs no caption.
   */
  alt: z.string().describe('ein Alternativtext, der in einem Satz beschreibt, was auf dem Foto zu sehen ist (oder alt: "" für reine Schmuckbilder, die dann keine Bildunterschrift brauchen)'),
  /** Caption shown under the photo, without the credit. */
  caption: z.string().trim().min(1).optional().describe("eine Bildunterschrift, z. B. Marktplatz in Ravensburg"),
  /** Who took the photo; shown as "Foto: <credit>". */
  credit: Line.describe("der Name der Fotografin / des Fotografen oder der Quelle, z. B. H. Wollensak"),
  /** Licence or terms of use. */
  license: Line.describe("die Lizenz oder Nutzungsbedingung, z. B. Alle Rechte vorbehalten oder CC BY 4.0"),
  /** Where the photo comes from (an address or a description). */
  source: Line.optional().describe("die Herkunft des Bildes, z. B. Archiv der SEZ"),
});

/** The whole credits file. */
export const ImagesFileSchema = z.array(ImageSchema).describe("eine Liste von Bildern, jedes beginnt mit `- id:`");

/** A validated image credit. */
export type ImageCredit = z.infer<typeof ImageSchema>;
