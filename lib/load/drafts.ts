/**
 * Drafts: a page with `draft: true` is built in the preview (`npm start`) and left out of
 * the published site (`npm run build`), and with it of sitemap, search and navigation.
 * A topic whose page is a draft disappears from the topic tree together with its children,
 * so no card or menu points to a page that is not published.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Topic } from "../schemas/topic.ts";
import { splitFrontMatter } from "./front-matter.ts";

/**
 * Whether front matter text marks a draft. Tolerant: text that is no valid YAML is no
 * draft here (the validator reports it anyway).
 *
 * @example
 * isDraftFrontMatter("title: A\ndraft: true") // => true
 * isDraftFrontMatter("title: [")             // => false
 */
export function isDraftFrontMatter(yaml: string): boolean {
  try {
    const data: unknown = parse(yaml);
    return typeof data === "object" && data !== null && (data as { draft?: unknown }).draft === true;
  } catch {
    return false;
  }
}

/** The YAML between the first two `---` lines of a Markdown file, if any. */
function frontMatterText(text: string): string | undefined {
  return splitFrontMatter(text)?.yaml;
}

/**
 * Slugs of topics whose page `src/themen/<slug>.md` is marked `draft: true`.
 *
 * @example
 * draftTopicSlugs(process.cwd(), ["fairer-handel"]) // => Set {} (published)
 */
export function draftTopicSlugs(root: string, slugs: readonly string[]): Set<string> {
  const drafts = new Set<string>();
  for (const slug of slugs) {
    const file = path.join(root, "src", "themen", `${slug}.md`);
    if (!existsSync(file)) continue;
    const yaml = frontMatterText(readFileSync(file, "utf8"));
    if (yaml !== undefined && isDraftFrontMatter(yaml)) drafts.add(slug);
  }
  return drafts;
}

/**
 * Topics that are not published: the drafts and every topic below one.
 *
 * @example
 * unpublishedTopics([{ slug: "a" }, { slug: "b", parent: "a" }, { slug: "c" }], new Set(["a"]))
 * // => Set { "a", "b" }
 */
export function unpublishedTopics(topics: readonly Pick<Topic, "slug" | "parent">[], drafts: ReadonlySet<string>): Set<string> {
  const parentOf = new Map(topics.map((t) => [t.slug, t.parent]));
  const hidden = new Set<string>();
  for (const topic of topics) {
    const seen = new Set<string>();
    for (let slug: string | undefined = topic.slug; slug && !seen.has(slug); slug = parentOf.get(slug)) {
      seen.add(slug);
      if (drafts.has(slug)) {
        hidden.add(topic.slug);
        break;
      }
    }
  }
  return hidden;
}
