/**
 * Walks the tokens of a Markdown body with the file line each one stands on, so checks of
 * links, photos and HTML can name the line an editor has to look at.
 */
import markdownIt, { type MarkdownIt, type Token } from "markdown-it";

/** A token with the 1-based line in its file. */
export interface LocatedToken {
  token: Token;
  line: number;
  /** For inline children: the `inline` token holding them. */
  parent?: Token | undefined;
  /** For inline children: the block token that opens their container (e.g. `paragraph_open`). */
  container?: Token | undefined;
}

/**
 * A markdown-it that keeps raw HTML as `html_block`/`html_inline` tokens, to find where an
 * editor wrote HTML. Only for checking: the site renders with `html: false`.
 */
export const htmlFindingMarkdown: MarkdownIt = markdownIt({ html: true, linkify: true });

/**
 * Every block token and every inline child of `tokens`, each with its file line. Inline
 * children get the line of their paragraph plus the line breaks before them; table cells
 * (which carry no position) get the line of their row.
 *
 * @param bodyLine line of the body's first line in the file.
 * @example
 * locateTokens(htmlFindingMarkdown.parse("a\n<b>x</b>", {}), 5).find((t) => t.token.type === "html_inline")?.line // => 6
 */
export function locateTokens(tokens: readonly Token[], bodyLine: number): LocatedToken[] {
  const out: LocatedToken[] = [];
  let blockLine = 0;
  tokens.forEach((token, index) => {
    if (token.map) blockLine = token.map[0];
    out.push({ token, line: bodyLine + blockLine });
    let line = bodyLine + (token.map?.[0] ?? blockLine);
    for (const child of token.children ?? []) {
      out.push({ token: child, line, parent: token, container: tokens[index - 1] });
      if (child.type === "softbreak" || child.type === "hardbreak") line++;
      else if (child.type === "html_inline" || child.type === "text") line += child.content.split("\n").length - 1;
    }
  });
  return out;
}

/**
 * The visible text of a link: the inline tokens up to its `link_close`.
 *
 * @example
 * linkText(tokens, indexOfLinkOpen) // => "Kontakt"
 */
export function linkText(children: readonly LocatedToken[], openIndex: number): string {
  let text = "";
  for (let i = openIndex + 1; i < children.length; i++) {
    const { token } = children[i]!;
    if (token.type === "link_close") break;
    text += token.content;
  }
  return text;
}
