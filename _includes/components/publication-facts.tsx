/** The facts line of a publication: type, year, series, language, Leichte Sprache. */
import type { PublicationFrontMatter } from "../../lib/schemas/publication.ts";

/** Language names for the facts line. */
const LANGUAGES: Record<NonNullable<PublicationFrontMatter["language"]>, string> = { de: "Deutsch", en: "Englisch", fr: "Französisch" };

/**
 * The facts as one line.
 *
 * @example
 * publicationFactsText({ type: "Leitfaden", year: 2025 }) // => "Leitfaden, 2025"
 * publicationFactsText({ type: "Broschüre", year: 2026, easyRead: true }) // => "Broschüre, 2026, in Leichter Sprache"
 */
export function publicationFactsText(fm: Pick<PublicationFrontMatter, "type" | "year" | "series" | "language" | "easyRead">): string {
  return [fm.type, String(fm.year), fm.series ? `Reihe: ${fm.series}` : "", fm.language && fm.language !== "de" ? `Sprache: ${LANGUAGES[fm.language]}` : "", fm.easyRead ? "in Leichter Sprache" : ""]
    .filter(Boolean)
    .join(", ");
}
