/**
 * Reads a built page the way Pagefind will (only the text inside `data-pagefind-body`, minus
 * ignored and non-content elements) and rewrites that text for the index. The rewritten HTML
 * only goes to the indexer; the page served to visitors stays byte for byte as Eleventy wrote it.
 */
import { Parser } from "htmlparser2";

/** Elements whose text Pagefind drops even inside the body (its own list, plus `head`). */
const NOT_CONTENT = new Set(["head", "script", "style", "noscript", "template", "svg", "form", "nav", "footer", "label", "iframe"]);

/** A run of indexed text in the page source; `end` is exclusive. */
export interface TextRange {
  start: number;
  end: number;
  text: string;
}

/** What the index step needs to know about a page. */
export interface PageScan {
  /** Source offset right after the opening tag of the `data-pagefind-body` element, if any. */
  bodyStart: number | undefined;
  /** Source range of that element, from `<` of its opening tag to after its closing tag. */
  bodyElement: { start: number; end: number } | undefined;
  /** The page's `<html …>` tag as written (it carries the language). */
  htmlTag: string | undefined;
  /** The indexed text, as it stands in the source (entities not decoded). */
  texts: TextRange[];
  /** The page's `<meta name="description">`, decoded. */
  description: string | undefined;
}

/**
 * Decodes the few entities the site's renderer writes.
 *
 * @example
 * decodeBasicEntities("Fairer Handel &amp; Beschaffung") // => "Fairer Handel & Beschaffung"
 */
export function decodeBasicEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: "\u00A0" })[name] ?? "");
}

/**
 * Escapes text for an HTML text node or attribute.
 *
 * @example
 * escapeHtml('A & "B" <C>') // => "A &amp; &quot;B&quot; &lt;C&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Finds the indexed text of a page and its description.
 *
 * @example
 * scanPage('<article data-pagefind-body><h1>Titel</h1><nav>Menü</nav></article>').texts.map((t) => t.text)
 * // => ["Titel"]
 */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { bodyStart: undefined, bodyElement: undefined, htmlTag: undefined, texts: [], description: undefined };
  // One entry per open element: is its text indexed?
  const indexed: boolean[] = [];
  let bodyDepth = -1;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const parentIndexed = indexed.at(-1) ?? false;
        let own = parentIndexed;
        if (name === "html" && scan.htmlTag === undefined) scan.htmlTag = html.slice(parser.startIndex, parser.endIndex + 1);
        if (bodyDepth < 0 && "data-pagefind-body" in attributes) {
          bodyDepth = indexed.length;
          scan.bodyStart = parser.endIndex + 1;
          scan.bodyElement = { start: parser.startIndex, end: html.length };
          own = true;
        }
        if ("data-pagefind-ignore" in attributes || NOT_CONTENT.has(name)) own = false;
        if (name === "meta" && attributes.name === "description" && attributes.content !== undefined) {
          scan.description = decodeBasicEntities(attributes.content);
        }
        indexed.push(own);
      },
      onclosetag() {
        indexed.pop();
        if (indexed.length === bodyDepth && scan.bodyElement && scan.bodyElement.end === html.length) scan.bodyElement.end = parser.endIndex + 1;
      },
      ontext(text) {
        if (indexed.at(-1)) scan.texts.push({ start: parser.startIndex, end: parser.endIndex + 1, text });
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return scan;
}

/**
 * The page as the indexer should see it: only the `<html>` tag (for the language) and the
 * `data-pagefind-body` element, which holds everything Pagefind reads (text, title, image,
 * metadata and filters); every indexed text run passed through `rewrite`, and `inject` placed
 * at the start of the body element. Leaving out head, header, navigation and footer saves
 * sending and parsing two thirds of every page.
 *
 * @example
 * const html = '<html lang="de"><nav>Menü</nav><article data-pagefind-body><p>Text</p></article></html>';
 * rewritePage(html, scanPage(html), (t) => t.toUpperCase(), "<i></i>")
 * // => '<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body><article data-pagefind-body><i></i><p>TEXT</p></article></body></html>'
 */
export function rewritePage(html: string, scan: PageScan, rewrite: (text: string) => string, inject: string): string {
  if (scan.bodyStart === undefined || scan.bodyElement === undefined) return html;
  const out: string[] = ["<!doctype html>", scan.htmlTag ?? "<html>", '<head><meta charset="utf-8"></head><body>', html.slice(scan.bodyElement.start, scan.bodyStart), inject];
  let position = scan.bodyStart;
  for (const range of scan.texts) {
    out.push(html.slice(position, range.start), rewrite(range.text));
    position = range.end;
  }
  out.push(html.slice(position, scan.bodyElement.end), "</body></html>");
  return out.join("");
}
