/** Schema of `_data/contacts.yaml`: the people and offices visitors can contact. */
import { z } from "zod";
import { Email, Line, PhoneE164, Slug } from "./common.ts";

/** One contact person or office. */
export const ContactSchema = z.strictObject({
  /** Kennung, mit der Seiten den Kontakt im Feld `contacts` nennen. */
  id: Slug.describe("eine Kennung wie nicole-kimmel (Kleinbuchstaben, Bindestriche)"),
  /** Full name as shown on the contact card. */
  name: Line.describe("der Name, wie er auf der Kontaktkarte steht, z. B. Nicole Kimmel"),
  /** Role or responsibility, one line. */
  role: Line.describe("die Funktion oder Zuständigkeit in einer Zeile"),
  /** Id of a photo in `_data/images.yaml`; without it the card shows no photo. */
  photo: Slug.optional().describe("die Kennung eines Fotos aus _data/images.yaml"),
  /** Phone number in E.164, shown in the German style of the old site. */
  phone: PhoneE164.optional(),
  /** Fax number in E.164. */
  fax: PhoneE164.optional(),
  /** Email address; pages show it only in protected form. */
  email: Email,
});

/** The whole contacts file: a list of contacts with unique ids. */
export const ContactsFileSchema = z.array(ContactSchema).describe("eine Liste von Kontakten, jeder beginnt mit `- id:`");

/** A validated contact. */
export type Contact = z.infer<typeof ContactSchema>;
