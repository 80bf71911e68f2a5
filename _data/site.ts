/** Site configuration from `_data/site.yaml`, validated by `lib/schemas/site.ts`. */
import { siteData } from "../lib/data.ts";

export default siteData().site;
