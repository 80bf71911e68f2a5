/**
 * Resolves the references of built pages against the built files, as the CDN would serve
 * them: `/kontakt/` is `kontakt/index.html`, `/404.html` is that file, `#anker` must be an id
 * on the target page. A resource on another host is a finding; a link there is fine.
 */
import { safeDecode } from "../shared/decode.ts";
import type { Ref } from "./html.ts";

/** What the checks know about the output folder. */
export interface OutputIndex {
  /** Every file, relative to the output folder, with forward slashes (`kontakt/index.html`). */
  files: ReadonlySet<string>;
  /** Ids per HTML file. */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** Heading ids per HTML file, suggested when a fragment is wrong. */
  headingIds?: ReadonlyMap<string, readonly string[]>;
}

/** Why a reference does not work. */
export type RefIssue =
  | { kind: "missing"; url: string; path: string }
  | { kind: "fragment"; url: string; file: string; fragment: string }
  | { kind: "external-resource"; url: string; host: string }
  | { kind: "javascript-url"; url: string };

/**
 * The file the CDN serves for a URL path, like `lib/hosting/serve.ts`: the path itself, `.html`
 * added, or `index.html` inside the folder.
 *
 * @example
 * fileForPath("/kontakt/", new Set(["kontakt/index.html"])) // => "kontakt/index.html"
 * fileForPath("/gibt-es-nicht/", new Set())                 // => undefined
 */
export function fileForPath(pathname: string, files: ReadonlySet<string>): string | undefined {
  const relative = pathname.replace(/^\/+/, "");
  const candidates = relative === "" || relative.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}.html`, `${relative}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * The URL path of an output file.
 *
 * @example
 * urlForFile("themen/index.html") // => "/themen/"
 * urlForFile("404.html")          // => "/404.html"
 */
export function urlForFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

const SAFE_SCHEMES = /^(?:mailto|tel|sms|data|blob):/i;

/**
 * Checks one reference of the page at `pageUrl`. `origin` is the site's public origin:
 * absolute URLs there count as internal (canonical, Open Graph).
 *
 * @example
 * checkRef({ kind: "link", source: "a[href]", url: "/kontakt/#anfahrt" }, "/", "https://www.sez.de", index)
 * // => undefined when kontakt/index.html has id="anfahrt"
 */
export function checkRef(ref: Ref, pageUrl: string, origin: string, index: OutputIndex): RefIssue | undefined {
  const url = ref.url;
  if (url === "" || url === "#") return undefined;
  if (/^javascript:/i.test(url)) return { kind: "javascript-url", url };
  if (SAFE_SCHEMES.test(url)) return undefined;
  const base = new URL(pageUrl, `${origin}/`);
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { kind: "missing", url, path: url };
  }
  if (target.origin !== base.origin) {
    if (!/^https?:$/.test(target.protocol)) return undefined;
    return ref.kind === "resource" ? { kind: "external-resource", url, host: target.host } : undefined;
  }
  let pathname: string;
  try {
    pathname = decodeURI(target.pathname);
  } catch {
    pathname = target.pathname;
  }
  const file = fileForPath(pathname, index.files);
  if (!file) return { kind: "missing", url, path: pathname };
  const fragment = safeDecode(target.hash.replace(/^#/, ""));
  if (fragment !== "" && file.endsWith(".html") && !index.ids.get(file)?.has(fragment)) return { kind: "fragment", url, file, fragment };
  return undefined;
}
