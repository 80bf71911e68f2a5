/** Every page in src/foerderung/ belongs to the collection "programme" (lib/content/collections.ts). */
import { folderData } from "../../lib/content/collections.ts";

export default folderData("programme");
