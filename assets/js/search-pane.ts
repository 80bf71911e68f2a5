/**
 * Opens the topic group of the search page's filter pane (the type group stays closed). Imported
 * first by search-page.ts, so it runs before the Component UI defines its elements: the pane
 * reads `open` once, when it is upgraded. The attribute cannot come with the page's HTML, where
 * the minifier would shorten `open="thema"` to `open` (a boolean attribute of `<details>`).
 */
import { TOPIC_FIELD } from "../../lib/shared/search-fields.ts";

document.querySelector("pagefind-filter-pane")?.setAttribute("open", TOPIC_FIELD);
