/** Linked cards for topics (the fields of action of a topic, or the topic overview). */
import { isCardPair, type ProcessedImage } from "../../lib/render/images.ts";
import type { TopicNode } from "../../lib/content/topic-tree.ts";
import { Picture } from "./picture.tsx";

/**
 * Renders topics as a list of cards; the whole card is one link (the heading's). The wrapper is
 * the container the grid's columns follow (main.css); photos of cards the grid sets in pairs get
 * the `cardPair` sizes.
 */
export function TopicCards({ topics, photos, headingLevel = 3 }: { topics: readonly TopicNode[]; photos: Record<string, ProcessedImage>; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div class="cards-wrap">
      <ul class="cards">
        {topics.map((topic, index) => (
          <li class="card">
            {topic.image && <Picture image={photos[topic.image]!} preset={isCardPair(index, topics.length) ? "cardPair" : "card"} alt="" class="card-image" />}
            <div class="card-body">
              <Heading class="card-title">
                <a href={topic.url}>{topic.title}</a>
              </Heading>
              <p>{topic.teaser}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
