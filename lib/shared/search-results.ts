/**
 * Pure helpers for showing Pagefind results, shared by the search page script and the unit
 * tests: removing the compound marks the index step inserted, splitting an excerpt into text
 * and hits without `innerHTML`, and building result links that carry the words to highlight.
 *
 * Why the links carry page words and not the query: Pagefind matches "Krankenhaeuser" to
 * "Krankenhäuser" and "Partnerschaft" to "Partnerschaften" through its stemmer, but the
 * highlighter on the target page compares text literally. The words Pagefind actually matched
 * are in the result's content at its locations, so those go into the link.
 */
/** The parts of a Pagefind result the search page uses (Pagefind's `result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  content?: string;
  locations?: number[];
  sub_results?: PagefindSubResult[];
}

/** A section of a result: the part of the page below one heading. */
export interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
  locations?: number[];
}

/** URL parameter the target page reads its highlight terms from (one parameter per term). */
export const HIGHLIGHT_PARAM = "highlight";

/** At most this many distinct words go into a link; more would only make the URL long. */
export const MAX_HIGHLIGHT_TERMS = 6;

/** `COMPOUND_MARK` of `german.ts` between two letters (a literal, so the site script stays small). */
const MARK_BETWEEN_LETTERS = /(?<=\p{L})`(?=\p{L})/gu;

/**
 * Removes the compound marks of the index step, restoring the page's text.
 *
 * @example
 * unmark("Die Partnerschafts`urkunde") // => "Die Partnerschaftsurkunde"
 */
export function unmark(text: string): string {
  return text.replace(MARK_BETWEEN_LETTERS, "");
}

/**
 * Decodes the entities Pagefind writes into content and excerpts.
 *
 * @example
 * decodeEntities("Handel &amp; Beschaffung") // => "Handel & Beschaffung"
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d+)|#x([\da-f]+));/gi, (entity, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };
    return named[name!.toLowerCase()] ?? entity;
  });
}

/** A piece of an excerpt: plain text, or a word Pagefind matched. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/**
 * Splits Pagefind's excerpt HTML (escaped text with `<mark>` around hits) into parts that can
 * be rendered as text nodes, with compound marks removed and punctuation moved out of hits.
 *
 * @example
 * excerptParts("zwei <mark>Krankenhäusern:</mark> Viele &amp; mehr")
 * // => [{ text: "zwei ", hit: false }, { text: "Krankenhäusern", hit: true }, { text: ": Viele & mehr", hit: false }]
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, hit: boolean) => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last && last.hit === hit && !hit) last.text += text;
    else parts.push({ text, hit });
  };
  for (const piece of html.split(/(<mark>.*?<\/mark>)/s)) {
    const hit = piece.startsWith("<mark>") && piece.endsWith("</mark>");
    const text = unmark(decodeEntities((hit ? piece.slice(6, -7) : piece).replace(/<[^>]*>/g, "")));
    if (!hit) {
      push(text, false);
      continue;
    }
    // Pagefind marks whole tokens; the punctuation around the word is not part of the hit.
    const [, before = "", word = "", after = ""] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
  }
  return parts;
}

/**
 * The distinct page words at the matched locations of a result, without surrounding
 * punctuation and compound marks, in page order, at most `max`.
 *
 * @example
 * matchedWords("Zwei Krankenhäuser. Ein Krankenhaus, ein Krankenhaus", [1, 3, 5])
 * // => ["Krankenhäuser", "Krankenhaus"]
 */
export function matchedWords(content: string, locations: readonly number[], max = MAX_HIGHLIGHT_TERMS): string[] {
  const words = content.split(/\s+/);
  const found: string[] = [];
  for (const location of [...locations].sort((a, b) => a - b)) {
    const raw = words[location];
    if (raw === undefined) continue;
    const word = unmark(decodeEntities(raw)).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (word !== "" && !found.includes(word)) found.push(word);
    if (found.length >= max) break;
  }
  return found;
}

/**
 * Adds highlight terms to a result URL, before its fragment.
 *
 * @example
 * withHighlight("/themen/partnerschaft-burundi/#mitmachen", ["Krankenhäuser", "Krankenhaus"])
 * // => "/themen/partnerschaft-burundi/?highlight=Krankenh%C3%A4user&highlight=Krankenhaus#mitmachen"
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf("#");
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? "" : url.slice(hashAt);
  const query = terms.map((term) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(term)}`).join("&");
  return `${base}${base.includes("?") ? "&" : "?"}${query}${hash}`;
}
