/** Every page in src/themen/ belongs to the collection "topic" (lib/content/collections.ts). */
import { folderData } from "../../lib/content/collections.ts";

export default folderData("topic");
