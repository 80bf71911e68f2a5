/**
 * What the site says about a picture's origin: the credit line under a figure and the facts
 * `/bildnachweis/` lists. Pure functions, so what a stand-in is called is decided (and tested)
 * in one place: a painted stand-in is never credited like a photo.
 */
import { isStandIn, type ImageCredit } from "../schemas/image.ts";

/** Where the stand-in pictures come from, for the credits page. */
export const STAND_IN_ORIGIN = "gemalt vom Programm tools/make-photos.ts dieser Website";

/**
 * The credit line under a figure.
 *
 * @example
 * creditLine({ credit: "H. Wollensak" })                          // => "Foto: H. Wollensak"
 * creditLine({ standIn: true, originalCredit: "H. Wollensak" })   // => "Platzhalter für ein Foto von H. Wollensak"
 * creditLine({ standIn: true })                                   // => "Platzhalter, gemaltes Bild"
 */
export function creditLine(image: Pick<ImageCredit, "credit" | "standIn" | "originalCredit">): string {
  if (image.standIn) {
    const original = image.originalCredit;
    return original ? `Platzhalter für ein Foto von ${original}` : "Platzhalter, gemaltes Bild";
  }
  return `Foto: ${image.credit ?? ""}`;
}

/** One line of a picture's facts on the credits page; `link` marks a value that is an address. */
export interface CreditFact {
  term: string;
  value: string;
  link: boolean;
}

/**
 * The facts `/bildnachweis/` shows for a picture (besides where it is used).
 *
 * @example
 * creditFacts({ credit: "SEZ", license: "CC BY 4.0" }).map((f) => f.term)   // => ["Foto", "Lizenz"]
 * creditFacts({ standIn: true, originalCredit: "SEZ" }).map((f) => f.term)    // => ["Bild", "Steht für"]
 */
export function creditFacts(image: Pick<ImageCredit, "credit" | "license" | "source" | "standIn" | "originalCredit">): CreditFact[] {
  const fact = (term: string, value: string): CreditFact => ({ term, value, link: /^https?:\/\//.test(value) });
  if (image.standIn) {
    const facts = [fact("Bild", `Platzhalter, ${STAND_IN_ORIGIN}`)];
    if (image.originalCredit) facts.push(fact("Steht für", `ein Foto von ${image.originalCredit}`));
    return facts;
  }
  const facts = [fact("Foto", image.credit ?? ""), fact("Lizenz", image.license ?? "")];
  if (image.source) facts.push(fact("Quelle", image.source));
  return facts;
}

/**
 * The heading of a credit: its caption, or its id for a decorative photo without one.
 *
 * @example
 * creditTitle({ id: "startseite", caption: "Landschaft in Baden-Württemberg" }) // => "Landschaft in Baden-Württemberg"
 */
export function creditTitle(credit: Pick<ImageCredit, "id" | "caption">): string {
  return credit.caption ?? credit.id;
}

/** The credits page's two lists: photos, and stand-ins apart. */
export interface CreditGroups<T> {
  photos: T[];
  standIns: T[];
}

/**
 * Splits the credits into photos and stand-ins, each sorted by title in German order.
 *
 * @example
 * groupCredits([{ id: "b", standIn: true }, { id: "a", credit: "SEZ" }])
 * // => { photos: [{ id: "a", … }], standIns: [{ id: "b", … }] }
 */
export function groupCredits<T extends Pick<ImageCredit, "id" | "caption" | "standIn">>(credits: readonly T[]): CreditGroups<T> {
  const sorted = [...credits].sort((a, b) => creditTitle(a).localeCompare(creditTitle(b), "de"));
  return { photos: sorted.filter((c) => !isStandIn(c)), standIns: sorted.filter(isStandIn) };
}
