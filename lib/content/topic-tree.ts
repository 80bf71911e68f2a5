/** The "Themen" tree derived from `_data/topics.yaml`: URLs, ancestors and children. */
import type { Topic } from "../schemas/topic.ts";

/** A topic with everything layouts need to link it. */
export interface TopicNode extends Topic {
  /** Site URL, e.g. `/themen/kommunale-entwicklungszusammenarbeit/`. */
  url: string;
  /** Slugs from the top-level topic down to the parent. */
  ancestors: string[];
  /** Slugs of the children, in display order. */
  children: string[];
}

/** The topic tree: nodes by slug and the top-level slugs in order. */
export interface TopicTree {
  bySlug: Record<string, TopicNode>;
  roots: string[];
}

/** One collator for every comparison: `localeCompare(b, "de")` would look one up per call. */
const german = new Intl.Collator("de");

const byOrder = (a: Topic, b: Topic): number => a.order - b.order || german.compare(a.title, b.title);

/**
 * Builds the tree in O(n log n): parents are looked up by slug, never by scanning the list,
 * so a site with thousands of topics builds its tree in milliseconds. Assumes parents exist
 * and form no cycle (the validator checks that first; a cycle only ends the ancestor chain).
 *
 * @example
 * buildTopicTree([{ slug: "a", title: "A", teaser: "...", order: 0, kind: "thema" }]).bySlug.a.url
 * // => "/themen/a/"
 */
export function buildTopicTree(topics: readonly Topic[]): TopicTree {
  const bySlug: Record<string, TopicNode> = {};
  const sorted = [...topics].sort(byOrder);
  const parentOf = new Map(topics.map((t) => [t.slug, t.parent]));
  const ancestorsOf = (topic: Topic): string[] => {
    const chain: string[] = [];
    const seen = new Set<string>([topic.slug]);
    for (let parent = topic.parent; parent && parentOf.has(parent) && !seen.has(parent) && chain.length < 20; parent = parentOf.get(parent)) {
      seen.add(parent);
      chain.push(parent);
    }
    return chain.reverse();
  };
  for (const topic of sorted) {
    const ancestors = ancestorsOf(topic);
    bySlug[topic.slug] = { ...topic, ancestors, children: [], url: `/themen/${[...ancestors, topic.slug].join("/")}/` };
  }
  for (const topic of sorted) {
    if (topic.parent && bySlug[topic.parent]) bySlug[topic.parent]!.children.push(topic.slug);
  }
  return { bySlug, roots: sorted.filter((t) => !t.parent || !parentOf.has(t.parent)).map((t) => t.slug) };
}

/**
 * Finds a cycle in the parent links, if any, as the list of slugs that form it.
 *
 * @example
 * findParentCycle([{ slug: "a", parent: "b" }, { slug: "b", parent: "a" }]) // => ["a", "b", "a"]
 */
export function findParentCycle(topics: readonly Pick<Topic, "slug" | "parent">[]): string[] | undefined {
  const parentOf = new Map(topics.map((t) => [t.slug, t.parent]));
  for (const start of parentOf.keys()) {
    const seen: string[] = [start];
    let current = parentOf.get(start);
    while (current) {
      if (current === start) return [...seen, current];
      if (seen.includes(current)) break;
      seen.push(current);
      current = parentOf.get(current);
    }
  }
  return undefined;
}
