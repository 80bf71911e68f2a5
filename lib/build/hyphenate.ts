/**
 * German hyphenation at build time: soft hyphens (U+00AD) in the long words of a page's
 * visible text, so a phone breaks "Entwicklungszusammenarbeit" as "Entwicklungs-
 * zusammenarbeit" instead of cutting it anywhere. Browsers without a German dictionary
 * (Chromium on Linux and Android among them) ignore `hyphens: auto`; soft hyphens work in
 * every browser and stay invisible unless a line breaks there.
 *
 * The patterns are TeX's German ones for the reformed spelling (`hyphen/de-1996`). Only text
 * nodes are touched, never attributes (so ids, anchors, URLs, `alt` and `aria-label` stay as
 * written), and not inside `<head>` (title, meta tags, JSON-LD), scripts, styles, code,
 * preformatted text, email addresses, URLs or text in another language than German.
 */
import { type HtmlCursor, type HtmlReader, runHtmlPass } from "../render/html-pass.ts";
// A CommonJS package without `exports`: ESM reaches the file by its full name.
import hyphenDe from "hyphen/de-1996/index.js";

const { hyphenateSync } = hyphenDe;

/**
 * Words shorter than this stay whole. At 375 px a body line holds about 40 characters and a
 * heading line about 18; a word below ten letters always fits on a line of its own (the
 * longest, in the 2rem heading at 320 px, is about 170 px of 288), so hyphenating it would
 * only break short words at line ends where a whole word could go to the next line: more
 * hyphens, harder to read, and more bytes, for no gain.
 */
export const MIN_WORD_LETTERS = 10;

/** Elements whose text is never hyphenated. */
const SKIP_ELEMENTS = new Set(["head", "title", "script", "style", "code", "pre", "kbd", "samp", "var", "textarea", "svg", "math", "template", "noscript"]);

/** A whitespace-free chunk long enough to hold a word of {@link MIN_WORD_LETTERS}. */
const LONG_CHUNK = new RegExp(`[^\\s]{${MIN_WORD_LETTERS},}`, "g");

/** A run of letters (and the hyphens inside a compound such as "Baden-Württemberg"). */
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Chunks already hyphenated, by chunk: a site repeats its long words on every page, and
 * looking at a chunk costs more than the rest of the page pass. The patterns never change
 * while a process runs, so an entry never goes stale.
 */
const hyphenatedChunks = new Map<string, string>();

/**
 * One whitespace-free chunk of text with soft hyphens in its long words, unless it is an
 * address, a URL, a path or a domain name ("barrierefreiheit-bw.de"), which are copied and
 * typed as they are.
 *
 * @example
 * hyphenateChunk("Partnerschaften,").replaceAll("\u00AD", "|") // => "Part|ner|schaf|ten,"
 * hyphenateChunk("kimmel@sez.de")                               // unchanged
 */
export function hyphenateChunk(chunk: string): string {
  const known = hyphenatedChunks.get(chunk);
  if (known !== undefined) return known;
  const result = /@|:\/\/|^www\.|^\/|[\p{L}\d]\.[a-z]{2,6}(?:\/\S*)?[)\].,;:!?"“”]*$/iu.test(chunk)
    ? chunk
    : chunk.replace(WORD, (word, offset: number) => {
        if (word.length < MIN_WORD_LETTERS || word === word.toUpperCase() || chunk[offset - 1] === "&") return word;
        return hyphenateSync(word, { minWordLength: MIN_WORD_LETTERS });
      });
  hyphenatedChunks.set(chunk, result);
  return result;
}

/**
 * Hyphenates the long words of one text node (raw HTML text, entities not decoded).
 *
 * @example
 * hyphenateText("Kommunale Entwicklungszusammenarbeit").replaceAll("\u00AD", "|")
 * // => "Kommunale Ent|wick|lungs|zu|sam|men|ar|beit"
 * hyphenateText("kimmel@sez.de, https://www.sez.de/entwicklungszusammenarbeit") // unchanged
 * hyphenateText("barrierefreiheit-bw.de")                                      // unchanged
 */
export function hyphenateText(text: string): string {
  // Whitespace-separated chunks, so an address or a URL is recognised as a whole; a chunk
  // shorter than a long word holds none.
  return text.replace(LONG_CHUNK, hyphenateChunk);
}

/** The hyphenation of one page, as it reads the tokens of a shared parse. */
export interface Hyphenator extends HtmlReader {
  /** The page with its soft hyphens, once the parse has ended. */
  result(): string;
}

/**
 * A reader of the shared parse (`lib/render/html-pass.ts`) that hyphenates the visible German
 * text of `html`.
 *
 * @example
 * const hyphenator = hyphenatorFor(html)(cursor); // inside runHtmlPass
 * hyphenator.result()                             // the page with soft hyphens
 */
export function hyphenatorFor(html: string): (cursor: HtmlCursor) => Hyphenator {
  return (cursor) => {
    const out: string[] = [];
    let position = 0;
    // Per open element: may its text be hyphenated?
    const allowed: boolean[] = [];
    return {
      onopentag(name, attributes) {
        // What a parent forbids stays forbidden below it, whatever the child's language.
        const german = attributes.lang === undefined || /^de\b/i.test(attributes.lang);
        const email = /(?:^|\s)email(?:\s|$)/.test(attributes.class ?? "");
        allowed.push((allowed.at(-1) ?? true) && german && !email && !SKIP_ELEMENTS.has(name) && attributes.translate !== "no");
      },
      onclosetag() {
        allowed.pop();
      },
      ontext(text) {
        if (!(allowed.at(-1) ?? false) || text.length < MIN_WORD_LETTERS) return;
        const hyphenatedText = hyphenateText(text);
        if (hyphenatedText === text) return;
        out.push(html.slice(position, cursor.startIndex), hyphenatedText);
        position = cursor.endIndex + 1;
      },
      result() {
        return position === 0 ? html : out.join("") + html.slice(position);
      },
    };
  };
}

/**
 * Inserts soft hyphens into the long words of a page's visible German text.
 *
 * @example
 * hyphenateHtml('<html lang="de"><head><title>Entwicklungszusammenarbeit</title></head><body><h1 id="entwicklungszusammenarbeit">Entwicklungszusammenarbeit</h1></body></html>')
 * // => the title and the id unchanged, the heading's text "Ent­wick­lungs­zu­sam­men­ar­beit"
 */
export function hyphenateHtml(html: string): string {
  let hyphenator: Hyphenator | undefined;
  runHtmlPass(html, [(cursor) => (hyphenator = hyphenatorFor(html)(cursor))]);
  return hyphenator?.result() ?? html;
}
