/**
 * Reads a built page the way Pagefind will (only the text inside `data-pagefind-body`, minus
 * ignored and non-content elements) and rewrites that text for the index. The rewritten HTML
 * only goes to the indexer; the page served to visitors stays byte for byte as Eleventy wrote it.
 */
import { type HtmlCursor, type HtmlReader, runHtmlPass } from "../render/html-pass.ts";
import { withoutSoftHyphens } from "../shared/soft-hyphen.ts";

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
 * A reader of the shared parse (`lib/render/html-pass.ts`) that finds the indexed text of
 * `html` and its description; `scan` is complete once the parse has ended.
 *
 * @example
 * const { reader, scan } = scanReaderFor(html, cursor); // inside runHtmlPass
 */
export function scanReaderFor(html: string, cursor: HtmlCursor): { reader: HtmlReader; scan: PageScan } {
  const scan: PageScan = { bodyStart: undefined, bodyElement: undefined, htmlTag: undefined, texts: [], description: undefined };
  // One entry per open element: is its text indexed?
  const indexed: boolean[] = [];
  let bodyDepth = -1;
  const reader: HtmlReader = {
    onopentag(name, attributes) {
      const parentIndexed = indexed.at(-1) ?? false;
      let own = parentIndexed;
      if (name === "html" && scan.htmlTag === undefined) scan.htmlTag = html.slice(cursor.startIndex, cursor.endIndex + 1);
      if (bodyDepth < 0 && "data-pagefind-body" in attributes) {
        bodyDepth = indexed.length;
        scan.bodyStart = cursor.endIndex + 1;
        scan.bodyElement = { start: cursor.startIndex, end: html.length };
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
      if (indexed.length === bodyDepth && scan.bodyElement && scan.bodyElement.end === html.length) scan.bodyElement.end = cursor.endIndex + 1;
    },
    ontext(text) {
      if (indexed.at(-1)) scan.texts.push({ start: cursor.startIndex, end: cursor.endIndex + 1, text });
    },
  };
  return { reader, scan };
}

/**
 * Finds the indexed text of a page and its description.
 *
 * @example
 * scanPage('<article data-pagefind-body><h1>Titel</h1><nav>Menü</nav></article>').texts.map((t) => t.text)
 * // => ["Titel"]
 */
export function scanPage(html: string): PageScan {
  let scan: PageScan | undefined;
  runHtmlPass(html, [
    (cursor) => {
      const made = scanReaderFor(html, cursor);
      scan = made.scan;
      return made.reader;
    },
  ]);
  return scan!;
}

/**
 * What the indexer needs of one page, without the rest of it: the `<html>` tag and the opening
 * tag of the indexed body (`head`), the markup around the body's text runs (one entry more
 * than `texts`), the text runs and the description, all without the soft hyphens of the page
 * pass (the index, its excerpts and the compound splitter read words whole).
 */
export interface SearchSource {
  head: string;
  markup: string[];
  texts: string[];
  description: string | undefined;
}

/**
 * The search source of a scanned page, or undefined if the page has no indexed body.
 *
 * @example
 * const html = '<html lang="de"><nav>Menü</nav><article data-pagefind-body><p>Text</p></article></html>';
 * searchSourceOf(html, scanPage(html))
 * // => { head: '<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body><article data-pagefind-body>',
 * //      markup: ["<p>", "</p></article></body></html>"], texts: ["Text"], description: undefined }
 */
export function searchSourceOf(html: string, scan: PageScan): SearchSource | undefined {
  if (scan.bodyStart === undefined || scan.bodyElement === undefined) return undefined;
  const head = withoutSoftHyphens(`<!doctype html>${scan.htmlTag ?? "<html>"}<head><meta charset="utf-8"></head><body>${html.slice(scan.bodyElement.start, scan.bodyStart)}`);
  const markup: string[] = [];
  const texts: string[] = [];
  let position = scan.bodyStart;
  for (const range of scan.texts) {
    markup.push(withoutSoftHyphens(html.slice(position, range.start)));
    texts.push(withoutSoftHyphens(range.text));
    position = range.end;
  }
  markup.push(withoutSoftHyphens(`${html.slice(position, scan.bodyElement.end)}</body></html>`));
  return { head, markup, texts, description: scan.description === undefined ? undefined : withoutSoftHyphens(scan.description) };
}

/**
 * The page as the indexer should see it: only the `<html>` tag (for the language) and the
 * `data-pagefind-body` element, which holds everything Pagefind reads (text, title, image,
 * metadata and filters); every indexed text run passed through `rewrite`, and `inject` placed
 * at the start of the body element. Leaving out head, header, navigation and footer saves
 * sending and parsing two thirds of every page.
 *
 * @example
 * searchCopy({ head: "<body><main data-pagefind-body>", markup: ["<p>", "</p></main></body>"], texts: ["Text"], description: undefined }, (t) => t.toUpperCase(), "<i></i>")
 * // => '<body><main data-pagefind-body><i></i><p>TEXT</p></main></body>'
 */
export function searchCopy(source: SearchSource, rewrite: (text: string) => string, inject: string): string {
  const out: string[] = [source.head, inject];
  source.markup.forEach((markup, i) => {
    out.push(markup);
    const text = source.texts[i];
    if (text !== undefined) out.push(rewrite(text));
  });
  return out.join("");
}

/**
 * {@link searchCopy} of a whole page; a page without indexed body stays as it is.
 *
 * @example
 * const html = '<html lang="de"><nav>Menü</nav><article data-pagefind-body><p>Text</p></article></html>';
 * rewritePage(html, scanPage(html), (t) => t.toUpperCase(), "<i></i>")
 * // => '<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body><article data-pagefind-body><i></i><p>TEXT</p></article></body></html>'
 */
export function rewritePage(html: string, scan: PageScan, rewrite: (text: string) => string, inject: string): string {
  const source = searchSourceOf(html, scan);
  return source ? searchCopy(source, rewrite, inject) : html;
}
