/**
 * Spam protection for email addresses, replacing the old site's "dont-want-spam" trick:
 * the HTML holds the address only encoded, plus a readable form "name(at)domain"; a small
 * deferred script (`assets/js/email.js`) turns it into a working mailto link.
 */

/**
 * Encodes an address so no harvester that greps for `@` or `mailto:` finds it:
 * reversed, then base64.
 *
 * @example
 * encodeEmail("kimmel@sez.de") // => "ZWQuemVzQGxlbW1paw=="
 */
export function encodeEmail(email: string): string {
  return Buffer.from([...email].reverse().join(""), "utf8").toString("base64");
}

/**
 * Decodes what {@link encodeEmail} produced (the browser script does the same with `atob`).
 *
 * @example
 * decodeEmail("ZWQuemVzQGxlbW1paw==") // => "kimmel@sez.de"
 */
export function decodeEmail(token: string): string {
  return [...Buffer.from(token, "base64").toString("utf8")].reverse().join("");
}

/**
 * Splits an address into the parts of its readable, non-clickable form.
 *
 * @example
 * readableEmailParts("kimmel@sez.de") // => { local: "kimmel", domain: "sez.de" }
 */
export function readableEmailParts(email: string): { local: string; domain: string } {
  const at = email.lastIndexOf("@");
  if (at < 1) throw new RangeError(`Keine E-Mail-Adresse: ${email}`);
  return { local: email.slice(0, at), domain: email.slice(at + 1) };
}
