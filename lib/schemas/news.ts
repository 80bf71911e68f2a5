/** Schema of the front matter of a news article (`src/aktuelles/<Jahr>/<slug>.md`). */
import { z } from "zod";
import { IsoDate, Line, SampleMark, Slug } from "./common.ts";

/** Kinds of news; a press release is marked as such on the page and in the feed. */
export const NewsCategories = ["Meldung", "Pressemitteilung"] as const;

/** Front matter of a news article. Unknown keys fail, so a typo like `datum:` is caught. */
export const NewsFrontMatterSchema = z.strictObject({
  /** Headline (H1, browser tab, feed, lists). */
  title: Line.describe("die Überschrift der Meldung in einer Zeile"),
  /** Publication date; an article dated after today is held back until that day. */
  date: IsoDate.describe("das Datum der Veröffentlichung im Format JJJJ-MM-TT, z. B. 2026-11-20"),
  /** One or two sentences for lists, the feed and search engines (the meta description). */
  teaser: z.string().trim().min(50).max(200).describe("ein Anreißer aus ein bis zwei Sätzen mit 50 bis 200 Zeichen (für Listen, den Feed und Suchmaschinen)"),
  /** Meldung (default) or Pressemitteilung. */
  category: z
    .enum(NewsCategories)
    .optional()
    .describe(`eine der Arten: ${NewsCategories.join(", ")} (ohne Angabe: Meldung)`),
  /** Topics of `_data/topics.yaml` the article belongs to. */
  topics: z.array(Slug).optional().describe("eine Liste von Themen-Kennungen aus _data/topics.yaml, z. B. [kommunale-entwicklungszusammenarbeit]"),
  /** Id of the hero photo in `_data/images.yaml`. */
  hero: Slug.optional().describe("die Kennung eines Fotos aus _data/images.yaml, z. B. marktplatz-ravensburg"),
  /** Id of the contact in `_data/contacts.yaml` shown beside the article. */
  contact: Slug.optional().describe("die Kennung eines Kontakts aus _data/contacts.yaml, z. B. nicole-kimmel"),
  /** Date of a later correction or addition. */
  updated: IsoDate.optional().describe("das Datum einer späteren Änderung im Format JJJJ-MM-TT"),
  /** A draft is shown in the preview (`npm start`) but never published. */
  draft: z.boolean().optional().describe("true oder false"),
  /** A sample text written for this site's demonstration, to be replaced by a real one. */
  sample: SampleMark.describe("true bei einem Beispieltext, der noch durch eine echte Meldung ersetzt wird (sonst false oder das Feld weglassen)"),
});

/** Validated front matter of a news article. */
export type NewsFrontMatter = z.infer<typeof NewsFrontMatterSchema>;
