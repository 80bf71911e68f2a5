/** Telephone numbers: stored as E.164, shown the way the old SEZ site showed them. */
import { parsePhoneNumberFromString } from "libphonenumber-js";

/**
 * Groups digits in pairs from the right, as in the old German style ("2 10 29").
 *
 * @example
 * groupPairs("21029") // => "2 10 29"
 */
export function groupPairs(digits: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 2) groups.unshift(digits.slice(Math.max(0, end - 2), end));
  return groups.join(" ");
}

/**
 * Formatted numbers by number and switchboard. Every page shows the same few numbers (footer,
 * contact cards), and parsing one with libphonenumber costs far more than a lookup.
 */
const formattedNumbers = new Map<string, string>();

/**
 * Formats an E.164 number for display: national area code, slash, subscriber number in pairs,
 * and the extension after a hyphen when the number belongs to the given switchboard.
 *
 * @param switchboard E.164 number of the switchboard (the number without extension).
 * @example
 * formatPhoneDe("+497112102940", "+49711210290") // => "0711 / 2 10 29-40"
 * formatPhoneDe("+49711210290", "+49711210290")  // => "0711 / 2 10 29-0"
 * formatPhoneDe("+4930123456")                   // => "030 / 12 34 56"
 */
export function formatPhoneDe(e164: string, switchboard?: string): string {
  const key = `${e164} ${switchboard ?? ""}`;
  let formatted = formattedNumbers.get(key);
  if (formatted === undefined) {
    formatted = formatPhoneUncached(e164, switchboard);
    formattedNumbers.set(key, formatted);
  }
  return formatted;
}

function formatPhoneUncached(e164: string, switchboard: string | undefined): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.isValid()) throw new RangeError(`Keine gültige Telefonnummer: ${e164}`);
  const national = parsed.formatNational();
  const [area, ...rest] = national.split(" ");
  const subscriber = rest.join("");
  if (parsed.country !== "DE" || !area) return parsed.formatInternational();
  // The switchboard's own number ends in the central extension 0; what follows its stem is the extension.
  const stem = switchboard?.replace(/0$/, "");
  if (stem && e164.startsWith(stem) && e164.length > stem.length) {
    const extension = e164.slice(stem.length);
    return `${area} / ${groupPairs(subscriber.slice(0, subscriber.length - extension.length))}-${extension}`;
  }
  return `${area} / ${groupPairs(subscriber)}`;
}

/**
 * A `tel:` URI for a stored number.
 *
 * @example
 * telUri("+497112102940") // => "tel:+497112102940"
 */
export function telUri(e164: string): string {
  return `tel:${e164}`;
}
