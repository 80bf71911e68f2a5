/**
 * Topic pages: `src/themen/<slug>.md` presents the topic `<slug>` of `_data/topics.yaml`;
 * its URL follows the topic tree, its title comes from the data.
 */
import { siteData } from "../../lib/load/data.ts";

interface Data {
  page: { fileSlug: string; inputPath: string };
  permalink?: string;
}

const topicOf = (data: Data) => (data.page.inputPath.endsWith("/index.md") ? undefined : siteData().topics.bySlug[data.page.fileSlug]);

export default {
  layout: "topic",
  eleventyComputed: {
    topicSlug: (data: Data) => topicOf(data)?.slug,
    title: (data: Data & { title?: string }) => topicOf(data)?.title ?? data.title,
    permalink: (data: Data) => topicOf(data)?.url ?? data.permalink ?? "/themen/",
  },
};
