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
import { Parser } from "htmlparser2";
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

/** A run of letters (and the hyphens inside a compound such as "Baden-Württemberg"). */
const WORD = /[\p{L}\p{M}]+/gu;

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
  // Whitespace-separated chunks, so an address or a URL is recognised as a whole.
  return text.replace(/[^\s]+/g, (chunk) => {
    // Addresses, URLs, paths and domain names ("barrierefreiheit-bw.de") are copied and typed as they are.
    if (/@|:\/\/|^www\.|^\/|[\p{L}\d]\.[a-z]{2,6}(?:\/\S*)?[)\].,;:!?"“”]*$/iu.test(chunk)) return chunk;
    return chunk.replace(WORD, (word, offset: number) => {
      if (word.length < MIN_WORD_LETTERS || word === word.toUpperCase() || chunk[offset - 1] === "&") return word;
      return hyphenateSync(word, { minWordLength: MIN_WORD_LETTERS });
    });
  });
}

/**
 * Inserts soft hyphens into the long words of a page's visible German text.
 *
 * @example
 * hyphenateHtml('<html lang="de"><head><title>Entwicklungszusammenarbeit</title></head><body><h1 id="entwicklungszusammenarbeit">Entwicklungszusammenarbeit</h1></body></html>')
 * // => the title and the id unchanged, the heading's text "Ent­wick­lungs­zu­sam­men­ar­beit"
 */
export function hyphenateHtml(html: string): string {
  const out: string[] = [];
  let position = 0;
  // Per open element: may its text be hyphenated?
  const allowed: boolean[] = [];
  const parser: Parser = new Parser(
    {
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
        const hyphenated = hyphenateText(text);
        if (hyphenated === text) return;
        out.push(html.slice(position, parser.startIndex), hyphenated);
        position = parser.endIndex + 1;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  out.push(html.slice(position));
  return out.join("");
}
