/**
 * News ("Aktuelles"): one Markdown file per article in `src/aktuelles/<Jahr>/<slug>.md`, at
 * `/aktuelles/<Jahr>/<slug>/`. Lists newest first, ten per page (`/aktuelles/`), archives by
 * year and by topic, and an Atom feed of the newest twenty (`/aktuelles/feed.xml`). An article
 * dated after today waits, like a draft, until the first build on its date.
 */
import { NewsFrontMatterSchema, type NewsFrontMatter } from "../schemas/news.ts";
import type { Problem } from "../shared/problems.ts";
import { draftMarkdown } from "./scaffold.ts";
import { defineContentType, type CollectionItem } from "./types.ts";

/** Articles per list page. */
export const NEWS_PER_PAGE = 10;
/** Articles in the feed. */
export const FEED_SIZE = 20;
/** Address of the news feed. */
export const NEWS_FEED_URL = "/aktuelles/feed.xml";

/**
 * The address of list page `n` (1-based).
 *
 * @example
 * newsListUrl(1) // => "/aktuelles/"
 * newsListUrl(3) // => "/aktuelles/seite/3/"
 */
export function newsListUrl(n: number): string {
  return n <= 1 ? "/aktuelles/" : `/aktuelles/seite/${n}/`;
}

/**
 * Newest first: by date, then by title (the order of lists; collections run oldest first).
 *
 * @example
 * ["2026-01-02", "2026-03-01"].map((date) => ({ date, title: date })).sort(newestFirst)[0].date // => "2026-03-01"
 */
export function newestFirst(a: Pick<NewsFrontMatter, "date" | "title">, b: Pick<NewsFrontMatter, "date" | "title">): number {
  return a.date === b.date ? a.title.localeCompare(b.title, "de") : a.date < b.date ? 1 : -1;
}

/** A group of articles for an archive page. */
export interface NewsGroup<T> {
  key: string;
  items: T[];
}

/**
 * Articles grouped by year, newest year first, newest article first.
 *
 * @example
 * newsByYear([{ data: { date: "2025-05-01" } }, { data: { date: "2026-01-01" } }]).map((g) => g.key) // => ["2026", "2025"]
 */
export function newsByYear<T extends { data: Pick<NewsFrontMatter, "date" | "title"> }>(items: readonly T[]): NewsGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => newestFirst(a.data, b.data))) {
    const year = item.data.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), item]);
  }
  return [...groups].map(([key, list]) => ({ key, items: list })).sort((a, b) => (a.key < b.key ? 1 : -1));
}

/**
 * Articles grouped by topic slug (an article in several topics is in each), topics in slug order.
 *
 * @example
 * newsByTopic([{ data: { date: "2026-01-01", title: "A", topics: ["b", "a"] } }]).map((g) => g.key) // => ["a", "b"]
 */
export function newsByTopic<T extends { data: Pick<NewsFrontMatter, "date" | "title" | "topics"> }>(items: readonly T[]): NewsGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => newestFirst(a.data, b.data))) {
    for (const topic of item.data.topics ?? []) groups.set(topic, [...(groups.get(topic) ?? []), item]);
  }
  return [...groups].map(([key, list]) => ({ key, items: list })).sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The `NewsArticle` JSON-LD of an article.
 *
 * @example
 * newsJsonLd({ title: "A", date: "2026-11-20", teaser: "…" }, { url: "https://www.sez.de/aktuelles/2026/a/", publisher: "SEZ", logo: "https://www.sez.de/icon-512.png" })["@type"] // => "NewsArticle"
 */
export function newsJsonLd(
  fm: Pick<NewsFrontMatter, "title" | "date" | "teaser" | "updated">,
  at: { url: string; publisher: string; logo: string; image?: string | undefined },
): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: fm.title,
    description: fm.teaser,
    datePublished: fm.date,
    dateModified: fm.updated ?? fm.date,
    mainEntityOfPage: at.url,
    ...(at.image ? { image: [at.image] } : {}),
    author: { "@type": "Organization", name: at.publisher },
    publisher: { "@type": "Organization", name: at.publisher, logo: { "@type": "ImageObject", url: at.logo } },
  };
}

/** The list, archive and feed addresses that the news templates generate for these articles. */
function generatedUrls(pages: readonly { url: string; frontMatter: NewsFrontMatter }[]): Record<string, string> {
  const urls: Record<string, string> = { [NEWS_FEED_URL]: "src/aktuelles/feed (eleventy-plugin-rss)" };
  const count = Math.max(1, Math.ceil(pages.length / NEWS_PER_PAGE));
  for (let n = 1; n <= count; n++) urls[newsListUrl(n)] = "src/aktuelles/index.11ty.tsx";
  for (const page of pages) {
    urls[`/aktuelles/${page.frontMatter.date.slice(0, 4)}/`] = "src/aktuelles/jahr.11ty.tsx";
    for (const topic of page.frontMatter.topics ?? []) urls[`/aktuelles/thema/${topic}/`] = "src/aktuelles/thema.11ty.tsx";
  }
  return urls;
}

export const news = defineContentType<NewsFrontMatter>({
  id: "news",
  label: { one: "Meldung", many: "Meldungen (Aktuelles)" },
  summary: "Neuigkeiten der SEZ: Meldungen und Pressemitteilungen mit Datum, neueste zuerst auf /aktuelles/ und im Feed.",
  folder: "src/aktuelles",
  place: "in src/aktuelles/<Jahr>/ (Meldungen)",
  owns: (relative) => /^aktuelles\/\d{4}\/[^/]+\.md$/.test(relative),
  schema: NewsFrontMatterSchema,
  layout: () => "news",
  layouts: ["news"],
  references: { hero: "images", contact: "contacts", topics: "topics" },
  fieldNames: ["summary"],
  computed: ({ frontMatter }) => ({ fields: { summary: frontMatter.teaser } }),
  check: ({ file, frontMatter, lineOf }) => {
    const problems: Problem[] = [];
    const folderYear = /\/(\d{4})\/[^/]+\.md$/.exec(file)?.[1];
    if (folderYear && frontMatter.date.slice(0, 4) !== folderYear) {
      problems.push({
        file,
        line: lineOf(["date"]),
        field: "date",
        expected: `ein Datum im Jahr ${folderYear}, dem Ordner der Meldung`,
        received: `"${frontMatter.date}"`,
        fix: `Verschieben Sie die Datei in den Ordner src/aktuelles/${frontMatter.date.slice(0, 4)}/ oder korrigieren Sie das Datum.`,
      });
    }
    if (frontMatter.updated && frontMatter.updated < frontMatter.date) {
      problems.push({
        file,
        line: lineOf(["updated"]),
        field: "updated",
        expected: `ein Datum ab dem Erscheinungsdatum ${frontMatter.date}`,
        received: `"${frontMatter.updated}"`,
        fix: "Eine Meldung kann erst nach ihrem Erscheinen geändert werden: Korrigieren Sie updated: oder date:.",
      });
    }
    return problems;
  },
  leftOut: ({ frontMatter }, _data, today) =>
    typeof frontMatter.date === "string" && frontMatter.date > today ? { notice: `eine Meldung mit dem Datum ${frontMatter.date}: Sie wird bis dahin zurückgehalten wie ein Entwurf` } : undefined,
  compare: (a, b) => -newestFirst(a, b),
  collections: {
    newsYears: (items) => newsByYear(items as CollectionItem<NewsFrontMatter>[]),
    newsTopics: (items) => newsByTopic(items as CollectionItem<NewsFrontMatter>[]),
  },
  generatedUrls,
  search: { type: "Aktuelles", urlPrefix: "/aktuelles/" },
  sitemap: true,
  // The folder of the year of its date (check refuses any other).
  editing: { path: "{{fields.date | date('YYYY')}}/{{slug}}" },
  scaffold: {
    command: "meldung",
    usage: ['npm run neu -- meldung "Überschrift der Meldung"'],
    create: ({ title, slug, read, today }) => {
      const file = `src/aktuelles/${today.slice(0, 4)}/${slug}.md`;
      if (read(file) !== undefined) return { refused: `Die Datei ${file} gibt es schon. Wählen Sie eine andere Überschrift.` };
      const text = draftMarkdown({ title, date: today, teaser: "Bitte ersetzen: ein bis zwei Sätze, die sagen, was geschehen ist und warum es die Leserinnen und Leser angeht." }, [
        "# category: Pressemitteilung      Meldung (ohne Angabe) oder Pressemitteilung",
        "# topics: [kommunale-entwicklungszusammenarbeit]   Themen aus _data/topics.yaml",
        "# contact: nicole-kimmel          Kontakt aus _data/contacts.yaml",
        "# hero: marktplatz-ravensburg     Foto aus _data/images.yaml über dem Text",
      ]);
      return { file, writes: [{ file, text }], created: `Neue Meldung "${title}" angelegt:\n  ${file}: Vorspann und Text (Datum: heute, ${today})` };
    },
  },
});
