/**
 * What a page's `permalink` may be: a path inside the output folder that no file the build
 * generates itself uses. Checked by the schema (so the editor reads file, line and fix) and
 * again where Eleventy writes (`lib/plugins/confine.ts`), since a permalink can also come
 * from a data file.
 */

/**
 * Top-level names in `_site/` the build writes itself (hosting files, icons, search index,
 * hashed assets, photos). A page's address may not start with any of them.
 */
export const GENERATED_TOP_LEVEL = [
  "_headers",
  "_redirects",
  "robots.txt",
  "sitemap.xml",
  "manifest.webmanifest",
  "favicon.svg",
  "favicon.ico",
  "apple-touch-icon.png",
  "icon-192.png",
  "icon-512.png",
  "assets",
  "img",
  "pagefind",
] as const;

/** One segment of an address: lower case letters and digits, joined by `-`, `_` or `.`. */
const SEGMENT = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** Why a permalink is refused: what was expected and how to fix it. */
export interface PermalinkIssue {
  message: string;
  fix: string;
}

/**
 * Why a permalink cannot be used, or undefined if it can. Allowed: segments of `a-z`, `0-9`,
 * `-`, `_`, `.` (never `.` or `..` alone), ending in `/` (a folder with index.html) or `.html`.
 *
 * @example
 * permalinkIssue("404.html")                 // => undefined
 * permalinkIssue("../_data/topics.yaml")     // => { message: "...", fix: "..." }
 * permalinkIssue("robots.txt/")              // => { message: "...", fix: "..." } (generated file)
 */
export function permalinkIssue(permalink: string): PermalinkIssue | undefined {
  const expected = "eine Adresse innerhalb der Website aus Kleinbuchstaben, Ziffern und Bindestrichen, die auf / oder .html endet, z. B. 404.html";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f]/.test(permalink)) {
    return { message: expected, fix: "Entfernen Sie unsichtbare Steuerzeichen (z. B. einen Zeilenumbruch) aus der Adresse: schreiben Sie sie neu, ohne sie zu kopieren." };
  }
  const parts = permalink.replace(/^\//, "").split("/");
  const last = parts.at(-1) === "" ? parts.slice(0, -1) : parts;
  if (permalink === "/" || permalink === "") return undefined;
  if (last.some((part) => part === "." || part === "..")) {
    return { message: expected, fix: "Eine Adresse darf nicht mit .. oder . aus dem Ausgabeordner herausführen: schreiben Sie die Adresse ab der Startseite, z. B. 404.html oder ueber-uns/." };
  }
  if (!last.every((part) => SEGMENT.test(part))) {
    return { message: expected, fix: "Verwenden Sie nur Kleinbuchstaben ohne Umlaute, Ziffern und Bindestriche; keine Leerzeichen, kein % und keine doppelten //." };
  }
  if (!permalink.endsWith("/") && !permalink.endsWith(".html")) {
    return { message: expected, fix: `Hängen Sie / an (${permalink}/), dann entsteht ${permalink}/index.html, oder .html für eine einzelne Datei.` };
  }
  const first = last[0]!;
  if ((GENERATED_TOP_LEVEL as readonly string[]).includes(first)) {
    return {
      message: "eine Adresse, die keine Datei belegt, die der Build selbst erzeugt",
      fix: `„${first}“ erzeugt der Build selbst (${GENERATED_TOP_LEVEL.join(", ")}). Wählen Sie eine andere Adresse.`,
    };
  }
  return undefined;
}

/**
 * The file in `_site/` an address is written to: `/` and `/index.html` are the same file.
 *
 * @example
 * outputFileOf("/kontakt/")   // => "kontakt/index.html"
 * outputFileOf("/index.html") // => "index.html"
 */
export function outputFileOf(url: string): string {
  const relative = url.replace(/^\/+/, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}
