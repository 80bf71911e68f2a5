/** Every page in src/termine/ belongs to the collection "event" (lib/content/collections.ts). */
import { folderData } from "../../lib/content/collections.ts";

export default folderData("event");
