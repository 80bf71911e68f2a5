/** Linked cards for topics (the fields of action of a topic, or the topic overview). */
import type { ProcessedImage } from "../../lib/render/images.ts";
import type { TopicNode } from "../../lib/content/topic-tree.ts";
import { Picture } from "./picture.tsx";

/** Renders topics as a list of cards; the whole card is one link (the heading's). */
export function TopicCards({ topics, photos, headingLevel = 3 }: { topics: readonly TopicNode[]; photos: Record<string, ProcessedImage>; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="cards">
      {topics.map((topic) => (
        <li class="card">
          {topic.image && <Picture image={photos[topic.image]!} preset="card" alt="" class="card-image" />}
          <div class="card-body">
            <Heading class="card-title">
              <a href={topic.url}>{topic.title}</a>
            </Heading>
            <p>{topic.teaser}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
