/** Every page in src/publikationen/ belongs to the collection "publication" (lib/content/collections.ts). */
import { folderData } from "../../lib/content/collections.ts";

export default folderData("publication");
