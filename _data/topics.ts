/** The topic tree from `_data/topics.yaml`, validated by `lib/schemas/topic.ts`. */
import { siteData } from "../lib/data.ts";

export default siteData().topics;
