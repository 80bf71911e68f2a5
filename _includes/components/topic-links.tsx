/** The topics a news article or event belongs to, as links to their pages. */
import type { TopicTree } from "../../lib/content/topic-tree.ts";

/** Renders "Themen: A, B" with links, or nothing without topics. */
export function TopicLinks({ slugs, tree }: { slugs: readonly string[] | undefined; tree: TopicTree }) {
  const topics = (slugs ?? []).map((slug) => tree.bySlug[slug]).filter((topic) => topic !== undefined);
  if (topics.length === 0) return null;
  return (
    <p class="topic-links">
      {topics.length === 1 ? "Thema: " : "Themen: "}
      {topics.map((topic, index) => (
        <>
          {index > 0 && ", "}
          <a href={topic.url}>{topic.title}</a>
        </>
      ))}
    </p>
  );
}
