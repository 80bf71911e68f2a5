/** Site configuration from `_data/site.yaml`, validated by `lib/schemas/site.ts`. */
import { siteData } from "../lib/load/data.ts";

export default siteData().site;
