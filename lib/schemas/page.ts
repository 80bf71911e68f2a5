/** Schema of the front matter of every Markdown page in `src/`. */
import { z } from "zod";
import { IsoDate, Line, refuseInvisible, SampleMark, Slug } from "./common.ts";
import { permalinkIssue } from "./permalink.ts";

/** Layouts an editor may choose; topic pages always use the topic layout. */
export const PageLayouts = ["page", "home", "themen"] as const;

/** Front matter of a page. Unknown keys fail, so a typo like `titel:` is caught. */
export const PageFrontMatterSchema = z.strictObject({
  /** Page title (H1 and browser tab); topic pages take it from `_data/topics.yaml`. */
  title: Line.optional().describe("der Seitentitel in einer Zeile"),
  /** Summary for search engines and search results, 50 to 200 characters. */
  description: z.string().trim().min(50).max(200).describe("eine Kurzbeschreibung der Seite mit 50 bis 200 Zeichen (für Suchmaschinen und die Suche)").superRefine(refuseInvisible),
  /** Date of the last editorial change; otherwise the date of the file's last git commit. */
  updated: IsoDate.optional(),
  /** Id of the hero photo in `_data/images.yaml`. */
  hero: Slug.optional().describe("die Kennung eines Fotos aus _data/images.yaml, z. B. marktplatz-ravensburg"),
  /** Ids of contacts from `_data/contacts.yaml` shown in the sidebar. */
  contacts: z.array(Slug).optional().describe("eine Liste von Kontakt-Kennungen aus _data/contacts.yaml, z. B. [nicole-kimmel]"),
  /** Layout of a non-topic page. */
  layout: z
    .enum(PageLayouts)
    .optional()
    .describe(`eines der Layouts: ${PageLayouts.join(", ")}`),
  /** Short title for breadcrumb and navigation. */
  shortTitle: Line.optional(),
  /** Output path, only for special pages such as `404.html`. */
  permalink: z
    .string()
    .describe("eine Ausgabeadresse wie 404.html")
    .superRefine((value, ctx) => {
      const issue = permalinkIssue(value);
      if (issue) ctx.addIssue({ code: "custom", message: issue.message, params: { fix: issue.fix } });
    })
    .optional(),
  /** A draft is shown in the preview (`npm start`) but never published. */
  draft: z.boolean().optional().describe("true oder false"),
  /** Whether the page shows the donation box in the sidebar. */
  donationBox: z.boolean().optional().describe("true oder false"),
  /** Leave the page out of the search index and sitemap (e.g. the 404 page). */
  unlisted: z.boolean().optional().describe("true oder false"),
  /** The text is a sample written for this site, not the foundation's (see {@link SampleMark}). */
  sample: SampleMark,
});

/** Validated front matter. */
export type PageFrontMatter = z.infer<typeof PageFrontMatterSchema>;
