/**
 * The topic tree from `_data/topics.yaml`, validated by `lib/schemas/topic.ts`. Not named
 * `topics`: news and events name their topics by id in a front matter field of that name.
 */
import { siteData } from "../lib/load/data.ts";

export default siteData().topics;
