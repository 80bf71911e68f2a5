/**
 * One streaming parse of a built page, shared by every reader that needs the page's text
 * nodes as they stand in the source (entities not decoded): the page pass hyphenates and
 * prepares the search copy in the same walk, since parsing costs more than either reader.
 */
import { Parser } from "htmlparser2";

/** Where the shared parse stands: the source range of the current token (`endIndex` inclusive). */
export interface HtmlCursor {
  readonly startIndex: number;
  readonly endIndex: number;
}

/** What one reader does with the tokens of the shared parse. */
export interface HtmlReader {
  onopentag(name: string, attributes: Record<string, string>): void;
  onclosetag(name: string): void;
  ontext(text: string): void;
}

/**
 * Parses `html` once and hands every token to each reader in turn; each reader is made by
 * its factory with the cursor, so it can slice the source at the current token.
 *
 * @example
 * const texts: string[] = [];
 * runHtmlPass("<p>a<b>b</b></p>", [() => ({ onopentag() {}, onclosetag() {}, ontext: (t) => texts.push(t) })]);
 * texts // => ["a", "b"]
 */
export function runHtmlPass(html: string, factories: readonly ((cursor: HtmlCursor) => HtmlReader)[]): void {
  let parser: Parser | undefined;
  const cursor: HtmlCursor = {
    get startIndex() {
      return parser?.startIndex ?? 0;
    },
    get endIndex() {
      return parser?.endIndex ?? 0;
    },
  };
  const readers = factories.map((make) => make(cursor));
  parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const reader of readers) reader.onopentag(name, attributes);
      },
      onclosetag(name) {
        for (const reader of readers) reader.onclosetag(name);
      },
      ontext(text) {
        for (const reader of readers) reader.ontext(text);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
}
