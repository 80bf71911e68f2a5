/**
 * Reads what the output checks need from one built page, in a single streaming pass with
 * htmlparser2: every reference to another URL, every id (fragment target), inline code the
 * CSP must allow, and the head's robots and CSP meta tags.
 */
import { Parser } from "htmlparser2";

/**
 * What a reference does: a `resource` is fetched while the page loads (it must be ours), a
 * `link` is followed only by a click, a form or a crawler (it may point anywhere).
 */
export type RefKind = "link" | "resource";

/** A URL found in the page. */
export interface Ref {
  kind: RefKind;
  /** Where it was found, e.g. `a[href]`. */
  source: string;
  url: string;
}

/** Inline code or markup the Content-Security-Policy has to allow (or forbids). */
export interface InlineFinding {
  /** An inline `<style>` or `<script>`, a `style` attribute or an `on…` handler attribute. */
  kind: "style" | "script" | "style-attribute" | "event-handler";
  /** The inline text (for hashes) or the attribute/element concerned. */
  text: string;
}

/** What the checks know about one page. */
export interface PageAnalysis {
  refs: Ref[];
  ids: string[];
  /** Ids of headings (`h1`–`h6`): the fragments editors link to. */
  headingIds: string[];
  inline: InlineFinding[];
  /** Texts of `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Every stylesheet link, print included. */
  stylesheets: string[];
  /** Stylesheets that block rendering (`rel=stylesheet` not limited to print). */
  blockingCss: string[];
  /** Every `<script src>` and module preload (deferred, but loaded with the page). */
  scripts: string[];
  /** Content of the CSP meta tag, if any. */
  cspMeta: string | undefined;
  noindex: boolean;
}

/** `<link rel>` values whose target the browser fetches. */
const RESOURCE_RELS = new Set(["stylesheet", "icon", "apple-touch-icon", "manifest", "preload", "modulepreload", "prefetch", "mask-icon"]);

/** Script types a browser executes (everything else is a data block, e.g. JSON-LD). */
const EXECUTABLE_SCRIPT = /^(?:|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** Attributes holding one URL, per element. */
const URL_ATTRIBUTES: Record<string, Array<[string, RefKind]>> = {
  a: [["href", "link"]],
  area: [["href", "link"]],
  form: [["action", "link"]],
  button: [["formaction", "link"]],
  img: [["src", "resource"]],
  source: [["src", "resource"]],
  script: [["src", "resource"]],
  iframe: [["src", "resource"]],
  embed: [["src", "resource"]],
  object: [["data", "resource"]],
  video: [
    ["src", "resource"],
    ["poster", "resource"],
  ],
  audio: [["src", "resource"]],
  track: [["src", "resource"]],
  input: [["src", "resource"]],
};

/**
 * The URLs of a `srcset` attribute.
 *
 * @example
 * srcsetUrls("/a-320.jpg 320w, /a-640.jpg 640w") // => ["/a-320.jpg", "/a-640.jpg"]
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}

/**
 * The target of a `<meta http-equiv="refresh">` content value.
 *
 * @example
 * refreshUrl("0; url=/neu/") // => "/neu/"
 */
export function refreshUrl(content: string): string | undefined {
  return /url\s*=\s*['"]?([^'"\s]+)/i.exec(content)?.[1];
}

/**
 * Analyses one page.
 *
 * @example
 * analyzeHtml('<a href="/kontakt/#anfahrt">x</a><h2 id="a">A</h2>').refs
 * // => [{ kind: "link", source: "a[href]", url: "/kontakt/#anfahrt" }]
 */
export function analyzeHtml(html: string): PageAnalysis {
  const result: PageAnalysis = { refs: [], ids: [], headingIds: [], inline: [], jsonLd: [], stylesheets: [], blockingCss: [], scripts: [], cspMeta: undefined, noindex: false };
  let rawText: { kind: "style" | "script" | "json"; text: string } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined) {
          result.ids.push(attributes.id);
          if (/^h[1-6]$/.test(name)) result.headingIds.push(attributes.id);
        }
        if (name === "a" && attributes.name !== undefined) result.ids.push(attributes.name);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith("on")) result.inline.push({ kind: "event-handler", text: `${name}[${attribute}]` });
          if (attribute === "style") result.inline.push({ kind: "style-attribute", text: `${name}[style="${value}"]` });
        }
        for (const [attribute, kind] of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) result.refs.push({ kind, source: `${name}[${attribute}]`, url: value.trim() });
        }
        if ((name === "img" || name === "source") && attributes.srcset) {
          for (const url of srcsetUrls(attributes.srcset)) result.refs.push({ kind: "resource", source: `${name}[srcset]`, url });
        }
        if (name === "link" && attributes.href !== undefined) {
          const rels = (attributes.rel ?? "").toLowerCase().split(/\s+/);
          const resource = rels.some((rel) => RESOURCE_RELS.has(rel));
          result.refs.push({ kind: resource ? "resource" : "link", source: `link[rel=${attributes.rel ?? ""}]`, url: attributes.href.trim() });
          if (rels.includes("stylesheet")) {
            result.stylesheets.push(attributes.href.trim());
            if ((attributes.media ?? "all").trim().toLowerCase() !== "print") result.blockingCss.push(attributes.href.trim());
          }
          if (rels.includes("modulepreload")) result.scripts.push(attributes.href.trim());
        }
        if (name === "meta") {
          const httpEquiv = (attributes["http-equiv"] ?? "").toLowerCase();
          if (httpEquiv === "content-security-policy") result.cspMeta = attributes.content ?? "";
          if (httpEquiv === "refresh") {
            const url = refreshUrl(attributes.content ?? "");
            if (url) result.refs.push({ kind: "link", source: "meta[http-equiv=refresh]", url });
          }
          if ((attributes.name ?? "").toLowerCase() === "robots" && /noindex/i.test(attributes.content ?? "")) result.noindex = true;
          const property = attributes.property ?? "";
          if ((property === "og:image" || property === "og:url") && attributes.content) result.refs.push({ kind: "link", source: `meta[property=${property}]`, url: attributes.content.trim() });
        }
        if (name === "style") rawText = { kind: "style", text: "" };
        if (name === "script") {
          if (attributes.src !== undefined) result.scripts.push(attributes.src.trim());
          const type = (attributes.type ?? "").trim();
          if (EXECUTABLE_SCRIPT.test(type)) rawText = attributes.src === undefined ? { kind: "script", text: "" } : undefined;
          else rawText = type.toLowerCase() === "application/ld+json" ? { kind: "json", text: "" } : undefined;
        }
      },
      ontext(text) {
        if (rawText) rawText.text += text;
      },
      onclosetag(name) {
        if ((name === "style" || name === "script") && rawText) {
          if (rawText.kind === "json") result.jsonLd.push(rawText.text);
          else result.inline.push({ kind: rawText.kind, text: rawText.text });
        }
        if (name === "style" || name === "script") rawText = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return result;
}
