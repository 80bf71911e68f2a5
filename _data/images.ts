/** Photo credits from `_data/images.yaml` by id, validated by `lib/schemas/image.ts`. */
import { siteData } from "../lib/load/data.ts";

export default siteData().images;
