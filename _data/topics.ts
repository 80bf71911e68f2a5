/** The topic tree from `_data/topics.yaml`, validated by `lib/schemas/topic.ts`. */
import { siteData } from "../lib/load/data.ts";

export default siteData().topics;
