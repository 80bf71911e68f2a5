/**
 * The data files of `_data/` as the editing UI offers them: which schema each one has, which
 * of its fields name entries of another file (the relation widgets), and what an entry is
 * called. The schemas stay the one source of truth; this table only names the files.
 */
import type { z } from "zod";
import type { ReferenceKind } from "../content/types.ts";
import { ContactsFileSchema } from "../schemas/contact.ts";
import { ImagesFileSchema } from "../schemas/image.ts";
import { SiteSchema } from "../schemas/site.ts";
import { TopicsFileSchema } from "../schemas/topic.ts";

/** One file of `_data/`. */
export interface DataFile {
  /** Name in the editing UI; the list files are named like their {@link ReferenceKind}. */
  name: string;
  /** Path from the project root. */
  file: string;
  label: { one: string; many: string };
  /** One German sentence: what the file holds. */
  summary: string;
  /** The zod schema of the whole file: a list of entries or one object. */
  schema: z.ZodType;
  /** The field that identifies an entry of a list file (what references store). */
  idField?: string;
  /** The field shown for an entry in lists and choices. */
  displayField?: string;
  /** Fields of an entry that name entries of another file. */
  references?: Partial<Record<string, ReferenceKind>>;
  /** Fields the form asks for although the schema lets them out (stricter for new entries). */
  require?: readonly string[];
  /** A field that holds a file name in a folder of the project: uploads go there. */
  upload?: { field: string; folder: string; accept: string };
}

/** Every data file, in the order the editing UI lists them. */
export const DATA_FILES: readonly DataFile[] = [
  {
    name: "images",
    file: "_data/images.yaml",
    label: { one: "Foto", many: "Fotos und Bildnachweise" },
    summary:
      "Jedes Bild der Website mit Alternativtext und Bildunterschrift; ein Foto mit Urheber/in und Lizenz, ein gemalter Platzhalter stattdessen mit dem Bildnachweis des Originalfotos. Die Datei liegt in assets/images/.",
    schema: ImagesFileSchema,
    idField: "id",
    displayField: "caption",
    require: ["caption"],
    upload: { field: "file", folder: "assets/images", accept: "image/jpeg,image/png,image/webp,image/avif" },
  },
  {
    name: "contacts",
    file: "_data/contacts.yaml",
    label: { one: "Kontakt", many: "Kontakte" },
    summary: "Ansprechpersonen und Stellen, die Seiten in ihrer Seitenleiste zeigen.",
    schema: ContactsFileSchema,
    idField: "id",
    displayField: "name",
    references: { photo: "images" },
  },
  {
    name: "topics",
    file: "_data/topics.yaml",
    label: { one: "Thema (Eintrag im Themenbaum)", many: "Themenbaum" },
    summary: "Titel, Anreißer, Reihenfolge und Platz jedes Themas; der Text steht in der Themenseite mit gleicher Kennung.",
    schema: TopicsFileSchema,
    idField: "slug",
    displayField: "title",
    references: { parent: "topics", image: "images" },
  },
  {
    name: "site",
    file: "_data/site.yaml",
    label: { one: "Website-Einstellungen", many: "Website-Einstellungen" },
    summary: "Name, Anschrift, Navigation, Fußzeile und alte Adressen der Website.",
    schema: SiteSchema,
    references: { ogImage: "images" },
  },
];

/**
 * The data file a reference kind points to.
 *
 * @example
 * dataFileOf("contacts").file // => "_data/contacts.yaml"
 */
export function dataFileOf(kind: ReferenceKind): DataFile {
  const file = DATA_FILES.find((entry) => entry.name === kind);
  if (!file) throw new Error(`Keine Datendatei für Verweise auf "${kind}"`);
  return file;
}
