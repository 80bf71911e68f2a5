/** Schema of `_data/topics.yaml`: the "Themen" tree. */
import { z } from "zod";
import { Line, Slug } from "./common.ts";

/** One topic; its page is `src/themen/<slug>.md`. */
export const TopicSchema = z.strictObject({
  /** Kennung und Adresse des Themas; die Seite dazu heißt `src/themen/<slug>.md`. */
  slug: Slug.describe("eine Kennung wie kommunale-entwicklungszusammenarbeit; die Seite heißt src/themen/<slug>.md"),
  /** Title as shown in headings, navigation and breadcrumbs. */
  title: Line.describe("der Titel des Themas"),
  /** Short title for breadcrumbs and cards, if the title is long. */
  shortTitle: Line.optional().describe("ein kurzer Titel für Brotkrumen und Karten"),
  /** One or two sentences for cards and search results. */
  teaser: z.string().trim().min(20).max(300).describe("ein Anreißertext von 20 bis 300 Zeichen"),
  /** Slug of the parent topic; topics without parent sit directly under "Themen". */
  parent: Slug.optional().describe("die Kennung des übergeordneten Themas"),
  /** Position among its siblings, smallest first. */
  order: z.number().int().min(0).describe("eine ganze Zahl ab 0 für die Reihenfolge"),
  /** What the topic is: a topic of SEZ's work, or a field of action of its parent. */
  kind: z.enum(["thema", "handlungsfeld"]).default("thema").describe("thema oder handlungsfeld"),
  /** Id of a photo in `_data/images.yaml` for the card. */
  image: Slug.optional().describe("die Kennung eines Fotos aus _data/images.yaml"),
});

/** The whole topics file. */
export const TopicsFileSchema = z.array(TopicSchema).describe("eine Liste von Themen, jedes beginnt mit `- slug:`");

/** A validated topic. */
export type Topic = z.infer<typeof TopicSchema>;
