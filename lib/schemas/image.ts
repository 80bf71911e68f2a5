/**
 * Schema of `_data/images.yaml`: every photo of the site with alt text, caption and credit.
 * A stand-in (a painted picture from `tools/make-photos.ts` that holds the place of a photo
 * we do not have yet) is marked with `standIn: true` and carries no credit or licence of its own:
 * a rights notice for a picture nobody photographed would be a false legal statement. The mark
 * is a flag, not a section: a form that leaves out empty sections (the editing UI) keeps it.
 */
import { z } from "zod";
import { Line, Slug } from "./common.ts";

/** Fields a stand-in must not have: they would claim rights in a picture nobody photographed. */
const RIGHTS_FIELDS = ["credit", "license", "source"] as const;

/** One photo and its credit, or a stand-in. */
export const ImageSchema = z
  .strictObject({
    /** Kennung, mit der Seiten und Daten das Bild nennen. */
    id: Slug.describe("eine Kennung wie marktplatz-ravensburg"),
    /** File name inside `assets/images/`. */
    file: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*\.(?:jpe?g|png|webp|avif)$/i)
      .describe("ein Dateiname aus dem Ordner assets/images/, z. B. marktplatz-ravensburg.jpg (jpg, png, webp oder avif)"),
    /**
     * Alternative text for screen readers: what the picture actually shows; `""` marks a
     * purely decorative image, which then needs no caption.
     */
    alt: z.string().describe('ein Alternativtext, der in einem Satz beschreibt, was auf dem Bild zu sehen ist (oder alt: "" für reine Schmuckbilder, die dann keine Bildunterschrift brauchen)'),
    /** Caption shown under the photo, without the credit. */
    caption: z.string().trim().min(1).optional().describe("eine Bildunterschrift, z. B. Marktplatz in Ravensburg"),
    /** Who took the photo; shown as "Foto: <credit>". Not for stand-ins. */
    credit: Line.optional().describe("der Name der Fotografin / des Fotografen oder der Quelle, z. B. H. Wollensak"),
    /** Licence or terms of use. Not for stand-ins. */
    license: Line.optional().describe("die Lizenz oder Nutzungsbedingung, z. B. Alle Rechte vorbehalten oder CC BY 4.0"),
    /** Where the photo comes from (an address or a description). Not for stand-ins. */
    source: Line.optional().describe("die Herkunft des Bildes, z. B. Archiv der SEZ"),
    /** Marks a painted stand-in (`true`); `false` or no field for a photo. */
    standIn: z.boolean().optional().describe("true für ein gemaltes Platzhalterbild statt eines Fotos (sonst false oder das Feld weglassen)"),
    /** Only for stand-ins: the credit of the original photo it stands in for, as the original page gives it. */
    originalCredit: Line.optional().describe("der Bildnachweis des Originalfotos, für das das Platzhalterbild steht, z. B. H. Wollensak"),
  })
  .superRefine((image, ctx) => {
    if (!image.standIn && image.originalCredit !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["originalCredit"],
        message: "originalCredit: nur bei einem Platzhalter (standIn: true)",
        params: { fix: "Bei einem echten Foto steht der Bildnachweis unter credit:. Löschen Sie originalCredit: oder, wenn das Bild ein gemalter Platzhalter ist, schreiben Sie standIn: true." },
      });
    }
    if (image.standIn) {
      for (const field of RIGHTS_FIELDS) {
        if (image[field] === undefined) continue;
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: "kein eigener Bildnachweis bei einem Platzhalter (standIn:)",
          params: {
            fix:
              field === "credit"
                ? "Ein Platzhalterbild ist gemalt, nicht fotografiert. Löschen Sie credit:; den Namen der Fotografin oder des Fotografen des Originalfotos schreiben Sie als originalCredit:. Ersetzen Sie das Bild durch das echte Foto, dann löschen Sie standIn: und originalCredit: und tragen credit:, license: und source: ein."
                : `Ein Platzhalterbild ist gemalt und hat keine Lizenz oder Herkunft wie ein Foto. Löschen Sie ${field}: oder, wenn das echte Foto jetzt in assets/images/ liegt, löschen Sie standIn: und originalCredit: und tragen credit:, license: und source: des Fotos ein.`,
          },
        });
      }
      return;
    }
    for (const field of ["credit", "license"] as const) {
      if (image[field] !== undefined) continue;
      ctx.addIssue({
        code: "custom",
        path: [field],
        message:
          field === "credit" ? "der Name der Fotografin / des Fotografen oder der Quelle, z. B. H. Wollensak" : "die Lizenz oder Nutzungsbedingung, z. B. Alle Rechte vorbehalten oder CC BY 4.0",
        params: {
          fix: `Ergänzen Sie das Pflichtfeld "${field}". Ist das Bild ein gemalter Platzhalter und kein Foto, schreiben Sie stattdessen standIn: true (und originalCredit: mit dem Bildnachweis des Originalfotos, wenn er bekannt ist).`,
        },
      });
    }
  });

/** The whole credits file. */
export const ImagesFileSchema = z.array(ImageSchema).describe("eine Liste von Bildern, jedes beginnt mit `- id:`");

/** A validated image credit. */
export type ImageCredit = z.infer<typeof ImageSchema>;

/**
 * Whether an entry is a painted stand-in rather than a photo.
 *
 * @example
 * isStandIn({ standIn: true })                      // => true
 * isStandIn({ credit: "H. Wollensak" })             // => false
 */
export function isStandIn(image: Pick<ImageCredit, "standIn">): boolean {
  return image.standIn === true;
}
