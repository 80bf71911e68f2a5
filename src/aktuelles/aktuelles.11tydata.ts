/** Every page in src/aktuelles/ belongs to the collection "news" (lib/content/collections.ts). */
import { folderData } from "../../lib/content/collections.ts";

export default folderData("news");
