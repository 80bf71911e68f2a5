/**
 * The only place where a string reaches the page unescaped. Everything else in the layouts
 * goes through Preact, which escapes text and attributes. A unit test fails if
 * `dangerouslySetInnerHTML` appears in any other file.
 */

/** HTML rendered by the site's Markdown renderer (`lib/render/markdown.ts`), which allows no raw HTML from editors. */
export interface RenderedMarkdown {
  readonly html: string;
}

/**
 * Inserts rendered Markdown as the page's prose. Only the Markdown renderer's output may be
 * passed here; editors' raw HTML never gets this far (markdown-it runs with `html: false`).
 *
 * @example
 * <MarkdownHtml markdown={{ html: "<p>Text</p>" }} class="prose" />
 */
export function MarkdownHtml({ markdown, class: className }: { markdown: RenderedMarkdown; class?: string }) {
  return <div class={className} dangerouslySetInnerHTML={{ __html: markdown.html }} />;
}

/**
 * Serialises data for a `<script type="application/ld+json">` so no string in it can close
 * the script element.
 *
 * @example
 * jsonForScript({ name: "</script>" }) // => '{"name":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** A JSON-LD block for search engines (never executed by browsers). */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}

/**
 * The site's own CSS inlined into `<head>` (it fits into the first round trip with the HTML).
 * The Content-Security-Policy allows exactly this text by its hash; the text must reach the
 * page unchanged, so it is written raw. Only built CSS from `lib/render/assets.ts` may be passed.
 *
 * @example
 * <InlineStyle css="a{color:red}" /> // => <style>a{color:red}</style>
 */
export function InlineStyle({ css }: { css: string }) {
  if (/<\/style/i.test(css)) throw new Error("Das CSS enthält </style und kann nicht eingebettet werden.");
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}
