/**
 * Topics: `src/themen/<slug>.md` is the text of the topic `<slug>` of `_data/topics.yaml`.
 * Title, teaser, order and place in the tree live in the data file; the address follows the
 * tree (`/themen/<parent>/<slug>/`), and a topic page shows its fields of action as cards.
 */
import { PageFrontMatterSchema, type PageFrontMatter } from "../schemas/page.ts";
import type { Problem } from "../shared/problems.ts";
import { parse } from "yaml";
import { appendBlock, nextOrder, pageMarkdown, topicEntryYaml } from "./scaffold.ts";
import { defineContentType } from "./types.ts";

/** The data file of the topics. */
const TOPICS_FILE = "_data/topics.yaml";

/** The topic a slug names, published or (in production) left out below a draft. */
function topicOf(
  slug: string,
  data: { topics: { bySlug: Record<string, { slug: string; title: string; url: string } | undefined> }; unpublishedTopics: Record<string, { slug: string; title: string; url: string }> },
) {
  return data.topics.bySlug[slug] ?? data.unpublishedTopics[slug];
}

export const topic = defineContentType<PageFrontMatter>({
  id: "topic",
  label: { one: "Thema", many: "Themen" },
  summary: "Ein Thema der SEZ mit seinem Text; Titel, Anreißer und Platz im Themenbaum stehen in _data/topics.yaml.",
  folder: "src/themen",
  place: "in src/themen/ (Themen)",
  owns: (relative) => /^themen\/[^/]+\.md$/.test(relative) && relative !== "themen/index.md",
  schema: PageFrontMatterSchema,
  layout: () => "topic",
  layouts: ["topic"],
  fieldNames: ["topicSlug"],
  references: { hero: "images", contacts: "contacts" },
  refusedFields: ["title", "layout", "permalink"],
  computed: ({ slug }, data) => {
    const entry = topicOf(slug, data);
    return entry ? { title: entry.title, url: entry.url, fields: { topicSlug: entry.slug } } : {};
  },
  check: ({ file, slug, frontMatter, lineOf }, data) => {
    const problems: Problem[] = [];
    if (data && !topicOf(slug, data)) {
      problems.push({
        file,
        expected: `einen Eintrag mit slug: ${slug} in _data/topics.yaml`,
        received: "keinen solchen Eintrag",
        fix: `Tragen Sie das Thema "${slug}" in _data/topics.yaml ein (slug, title, teaser, order) oder benennen Sie die Datei nach einem vorhandenen Thema.`,
      });
    }
    if (frontMatter.title) {
      problems.push({
        file,
        line: lineOf(["title"]),
        field: "title",
        expected: "keinen title bei Themenseiten: der Titel steht in _data/topics.yaml",
        received: `"${frontMatter.title}"`,
        fix: `Entfernen Sie die Zeile title: hier und ändern Sie den Titel in _data/topics.yaml beim Thema "${slug}".`,
      });
    }
    if (frontMatter.permalink) {
      problems.push({
        file,
        line: lineOf(["permalink"]),
        field: "permalink",
        expected: "kein permalink bei Themenseiten: ihre Adresse folgt aus _data/topics.yaml",
        received: `"${frontMatter.permalink}"`,
        fix: "Entfernen Sie die Zeile permalink: aus dem Vorspann; die Adresse ändern Sie über slug und parent in _data/topics.yaml.",
      });
    }
    if (frontMatter.layout) {
      problems.push({
        file,
        line: lineOf(["layout"]),
        field: "layout",
        expected: "kein layout bei Themenseiten (sie nutzen immer das Themen-Layout)",
        received: `"${frontMatter.layout}"`,
        fix: "Entfernen Sie die Zeile layout: aus dem Vorspann.",
      });
    }
    return problems;
  },
  checkAll: (slugs, data) =>
    Object.keys({ ...data.topics.bySlug, ...data.unpublishedTopics })
      .filter((slug) => !slugs.has(slug))
      .map((slug) => ({
        file: "_data/topics.yaml",
        field: slug,
        expected: `eine Seite src/themen/${slug}.md für jedes Thema`,
        received: "keine solche Seite",
        fix: `Legen Sie src/themen/${slug}.md an (npm run neu -- thema "Titel") oder entfernen Sie das Thema aus _data/topics.yaml.`,
      })),
  leftOut: ({ slug }, data) => (slug in data.unpublishedTopics ? {} : undefined),
  search: { type: "Thema", urlPrefix: "/themen/" },
  sitemap: true,
  scaffold: {
    command: "thema",
    usage: ['npm run neu -- thema "Titel des Themas"', 'npm run neu -- thema "Titel des Handlungsfelds" --unter kommunale-entwicklungszusammenarbeit'],
    options: ["unter"],
    create: ({ title, slug, options, read }) => {
      const topicsText = read(TOPICS_FILE) ?? "";
      const topics = (parse(topicsText) ?? []) as { slug: string; order: number; parent?: string }[];
      const file = `src/themen/${slug}.md`;
      if (topics.some((t) => t.slug === slug)) return { refused: `Das Thema "${slug}" gibt es schon in ${TOPICS_FILE}. Wählen Sie einen anderen Titel oder bearbeiten Sie ${file}.` };
      if (read(file) !== undefined) return { refused: `Die Datei ${file} gibt es schon. Wählen Sie einen anderen Titel.` };
      const parent = options.unter;
      if (parent !== undefined && !topics.some((t) => t.slug === parent)) {
        return { refused: `Das übergeordnete Thema "${parent}" gibt es nicht in ${TOPICS_FILE}. Vorhanden: ${topics.map((t) => t.slug).join(", ")}` };
      }
      return {
        file,
        writes: [
          { file: TOPICS_FILE, text: appendBlock(topicsText, topicEntryYaml({ slug, title, parent, order: nextOrder(topics, parent) })) },
          { file, text: pageMarkdown({}) },
        ],
        created: `Neues Thema "${title}" angelegt:\n  ${TOPICS_FILE}: Eintrag mit slug: ${slug} (Titel und Anreißer für die Themenkarte)\n  ${file}: der Text der Seite`,
      };
    },
  },
});
