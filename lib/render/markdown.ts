/**
 * The one configured markdown-it: German typographic quotes, heading ids, no raw HTML,
 * content photos by id (`![](bild:ID)` becomes a `<figure>` with caption and credit),
 * every email address protected against harvesters, and `{lang=en}` to mark a passage in
 * another language (the only attribute editors can set).
 */
import { safeDecode } from "../shared/decode.ts";
import markdownIt, { type MarkdownIt } from "markdown-it";
import type { StateCore, Token } from "markdown-it";
import anchor from "markdown-it-anchor";
import attrs from "markdown-it-attrs";
import slugify from "@sindresorhus/slugify";

/** Renders the HTML that replaces a content photo; supplied by the layouts' components. */
export interface MarkdownRenderers {
  /** `env` is what the caller passed to `render` (Eleventy: the page's data). */
  figure(id: string, altOverride: string | undefined, env: unknown): string;
  email(address: string, label: string | undefined): string;
}

/** The URL scheme editors use for photos from `_data/images.yaml`. */
export const IMAGE_SCHEME = "bild:";

/** Slugs of single words; words repeat across pages, and slugify costs about 0.4 ms a call. */
const wordSlugs = new Map<string, string>();

/**
 * The slug of one word (no whitespace inside), remembered.
 *
 * @example
 * wordSlug("Städte") // => "staedte"
 */
export function wordSlug(word: string): string {
  // A plain ASCII word with at most a leading capital is its own slug, lower-cased: nothing
  // to transliterate, no camel case to split.
  if (/^[A-Z]?[a-z0-9]*$/.test(word)) return word.toLowerCase();
  let slug = wordSlugs.get(word);
  if (slug === undefined) {
    slug = slugify(word, { customReplacements: [["ß", "ss"]] });
    wordSlugs.set(word, slug);
  }
  return slug;
}

/**
 * Turns a heading into a stable German-friendly id. Same result as slugifying the whole
 * heading (whitespace becomes the separator either way), but word by word: slugify rebuilds
 * hundreds of regular expressions on every call (@sindresorhus/transliterate), which made it
 * the most expensive step of a 4,000-page build; words, unlike headings, repeat.
 *
 * @example
 * headingId("Handlungsfelder in und durch Kommunen") // => "handlungsfelder-in-und-durch-kommunen"
 * headingId("Übersicht für Städte")                  // => "uebersicht-fuer-staedte"
 */
export function headingId(text: string): string {
  return text
    .split(/\s+/)
    .map(wordSlug)
    .filter((slug) => slug !== "")
    .join("-");
}

/**
 * The image token of a paragraph that holds nothing but one image (starting at block token
 * `i`), which becomes a figure; the validator uses the same test to find images that would not.
 *
 * @example
 * const tokens = markdownIt().parse("![](bild:a)", {});
 * standaloneImage(tokens, 0)?.attrGet("src") // => "bild:a"
 */
export function standaloneImage(tokens: readonly Token[], i: number): Token | undefined {
  const [open, inline, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (open?.type !== "paragraph_open" || inline?.type !== "inline" || close?.type !== "paragraph_close") return undefined;
  const children = (inline.children ?? []).filter((t) => !(t.type === "text" && t.content.trim() === "") && t.type !== "softbreak");
  return children.length === 1 && children[0]!.type === "image" ? children[0] : undefined;
}

/** A language tag in BCP 47 shape: "en", "fr", "en-GB". */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The one attribute block editors may write: `{lang=en}` with a single language tag, nothing else. */
export const LANG_BLOCK = /^\s*lang=("?)([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\1\s*$/;

/**
 * Whether the inside of a `{...}` is a language attribute the renderer applies.
 *
 * @example
 * isLangBlock("lang=en")              // => true
 * isLangBlock("lang=en onclick=x")    // => false
 * isLangBlock("ca.")                  // => false
 */
export function isLangBlock(inner: string): boolean {
  return LANG_BLOCK.test(inner);
}

/** Splits a text token so every `{...}` that is not a language block stays literal text. */
function literalBraces(state: StateCore, token: Token): Token[] {
  const out: Token[] = [];
  const push = (type: "text" | "text_special", content: string): void => {
    if (content === "") return;
    const piece = new state.Token(type, "", 0);
    piece.content = content;
    if (type === "text_special") {
      piece.markup = content;
      piece.info = "escape";
    }
    out.push(piece);
  };
  let last = 0;
  for (const match of token.content.matchAll(/\{([^{}]*)\}/g)) {
    if (isLangBlock(match[1] ?? "")) continue;
    push("text", token.content.slice(last, match.index));
    push("text_special", "{");
    push("text", match[1] ?? "");
    push("text_special", "}");
    last = match.index + match[0].length;
  }
  if (last === 0) return [token];
  push("text", token.content.slice(last));
  return out;
}

/**
 * markdown-it-attrs reads any `{...}` at the end of a paragraph, heading or list item as
 * attributes and removes it from the text, even when it then drops every attribute: "Preis
 * {ca.}" would silently lose "{ca.}". Before it runs, every brace pair that is not exactly
 * `{lang=xx}` is turned into escaped characters (as if written `\{`), which it ignores and
 * markdown-it joins back into plain text.
 */
function keepLiteralBraces(md: MarkdownIt): void {
  md.core.ruler.before("curly_attributes", "sez_literal_braces", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children?.some((t) => t.type === "text" && t.content.includes("{"))) continue;
      block.children = block.children.flatMap((t) => (t.type === "text" && t.content.includes("{") ? literalBraces(state, t) : [t]));
    }
  });
}

/** Replaces paragraphs that hold only a `bild:` image with a figure block. */
function figureRule(md: MarkdownIt, renderers: MarkdownRenderers): void {
  md.core.ruler.push("sez_figures", (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length - 2; i++) {
      const image = standaloneImage(tokens, i);
      const src = String(image?.attrGet("src") ?? "");
      if (!image || !src.startsWith(IMAGE_SCHEME)) continue;
      const block = new state.Token("html_block", "", 0);
      const alt = image.children?.map((c) => c.content).join("") ?? "";
      block.content = renderers.figure(src.slice(IMAGE_SCHEME.length), alt.trim() === "" ? undefined : alt, state.env);
      block.map = tokens[i]!.map;
      tokens.splice(i, 3, block);
    }
  });
}

/** Whether a token opens a `mailto:` link. */
function isMailtoLink(token: Token): boolean {
  return (
    token.type === "link_open" &&
    String(token.attrGet("href") ?? "")
      .toLowerCase()
      .startsWith("mailto:")
  );
}

/** Replaces every `mailto:` link (including linkified plain addresses) with protected markup. */
function emailRule(md: MarkdownIt, renderers: MarkdownRenderers): void {
  md.core.ruler.push("sez_emails", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children?.some(isMailtoLink)) continue;
      const out: Token[] = [];
      const children = block.children;
      for (let i = 0; i < children.length; i++) {
        const token = children[i]!;
        const href = token.type === "link_open" ? String(token.attrGet("href") ?? "") : "";
        if (!href.toLowerCase().startsWith("mailto:")) {
          out.push(token);
          continue;
        }
        // The validator names a broken address (lib/validate/mailto.ts); rendering never stops on one.
        const address = safeDecode(href.slice("mailto:".length).split("?")[0] ?? "");
        let label = "";
        let j = i + 1;
        for (; j < children.length && children[j]!.type !== "link_close"; j++) label += children[j]!.content;
        const html = new state.Token("html_inline", "", 0);
        html.content = renderers.email(address, label.trim() === "" || label.trim() === address ? undefined : label.trim());
        out.push(html);
        i = j;
      }
      block.children = out;
    }
  });
}

/**
 * Creates the site's Markdown renderer.
 *
 * @example
 * createMarkdown(renderers).render('## Allgemeine KEZ\n\n"Eine Welt"')
 * // => '<h2 id="allgemeine-kez" tabindex="-1">Allgemeine KEZ</h2>\n<p>„Eine Welt“</p>\n'
 */
export function createMarkdown(renderers: MarkdownRenderers): MarkdownIt {
  const md = configuredMarkdown(renderers, true);
  // markdown-it-attrs scans every token for `{…}` and costs a quarter of the parse time; a text
  // without a brace cannot hold attributes, so it is parsed by the same setup without it.
  const plain = configuredMarkdown(renderers, false);
  const parseWithAttributes = md.parse.bind(md);
  md.parse = (src, env) => (src.includes("{") ? parseWithAttributes(src, env) : plain.parse(src, env));
  return md;
}

/** The site's markdown-it, with or without the `{lang=…}` attributes. */
function configuredMarkdown(renderers: MarkdownRenderers, attributes: boolean): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, typographer: true, quotes: "„“‚‘" });
  if (attributes) {
    // Only `lang` may pass: no class, id, style or event handler ever reaches the page.
    md.use(attrs, { allowedAttributes: ["lang"], allowedAttributeValues: [LANGUAGE_TAG] });
    keepLiteralBraces(md);
  }
  md.use(anchor, { slugify: headingId, tabIndex: false });
  figureRule(md, renderers);
  emailRule(md, renderers);
  return md;
}
