/**
 * Contacts from `_data/contacts.yaml` by id, validated by `lib/schemas/contact.ts`.
 * Not named `contacts`: that key belongs to the pages' front matter (a list of ids), and
 * Eleventy's data cascade would merge the two.
 */
import { siteData } from "../lib/load/data.ts";

export default siteData().contacts;
