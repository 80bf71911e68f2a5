/** The front page lists news, events and programmes: it is rebuilt when one of them changes (lib/content/collections.ts). */
import { HOME_COLLECTIONS } from "../_includes/layouts/home.11ty.tsx";

export default { eleventyImport: { collections: HOME_COLLECTIONS } };
