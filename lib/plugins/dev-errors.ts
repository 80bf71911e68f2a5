/**
 * The preview (`npm start`, Eleventy's serve mode): when the validation stops a rebuild, the
 * dev server keeps serving the last good output (nothing is written), the terminal shows the
 * problems, and every open page shows them in a dismissible panel. The panel is an external
 * script and stylesheet served from memory under `/__sez/`; pages of the preview link them.
 * None of this runs in `npm run build`, so nothing of it reaches `_site/`.
 */
import { existsSync, readFileSync, utimesSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { transformSync } from "esbuild";
import { devStatus } from "../dev/status.ts";
import { runMode } from "../load/run-mode.ts";

/** URL folder of the preview's own files; no page of the site lives there. */
export const DEV_PATH = "/__sez/";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The tags a preview page gets before `</head>`. */
export const DEV_TAGS = `<link rel="stylesheet" href="${DEV_PATH}overlay.css"><script type="module" src="${DEV_PATH}overlay.js"></script>`;

/**
 * Adds the preview's overlay tags to an HTML page.
 *
 * @example
 * injectDevTags("<html><head><title>A</title></head>") // => '<html><head><title>A</title><link ...><script ...></script></head>'
 */
export function injectDevTags(html: string): string {
  return html.includes("</head>") ? html.replace("</head>", `${DEV_TAGS}</head>`) : html;
}

let clientScript: string | undefined;

/** The overlay script, compiled from TypeScript once per server start. */
function overlayScript(): string {
  clientScript ??= transformSync(readFileSync(path.join(here, "../dev/overlay-client.ts"), "utf8"), { loader: "ts", format: "esm", target: "es2022" }).code;
  return clientScript;
}

/** Registers the overlay's server routes, the page transform and the catch-up of missed changes. */
export default function devErrorsPlugin(eleventyConfig: UserConfig): void {
  const noStore = { "Cache-Control": "no-store" };
  eleventyConfig.setServerOptions({
    onRequest: {
      [`${DEV_PATH}status.json`]: () => ({ headers: { ...noStore, "Content-Type": "application/json; charset=utf-8" }, body: JSON.stringify(devStatus()) }),
      [`${DEV_PATH}overlay.js`]: () => ({ headers: { ...noStore, "Content-Type": "text/javascript; charset=utf-8" }, body: overlayScript() }),
      [`${DEV_PATH}overlay.css`]: () => ({ headers: { ...noStore, "Content-Type": "text/css; charset=utf-8" }, body: readFileSync(path.join(here, "../dev/overlay.css"), "utf8") }),
    },
  });

  eleventyConfig.addTransform("sez-dev-overlay", function (this: { page: { outputPath: string | false } }, content: string) {
    if (!runMode().serve || typeof this.page.outputPath !== "string" || !this.page.outputPath.endsWith(".html")) return content;
    return injectDevTags(content);
  });

  // An incremental rebuild only renders the file that changed. Changes saved while the build
  // was stopped by a problem were never rendered; once a build passes again, touch those
  // files (content unchanged) so the watcher renders them too and the preview is complete.
  const missed = new Set<string>();
  let current: string[] = [];
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    current = queue;
    for (const file of queue) if (/^(?:\.\/)?(?:src|_data)\//.test(file)) missed.add(file);
  });
  eleventyConfig.on("eleventy.after", () => {
    for (const file of current) missed.delete(file);
    current = [];
    if (!runMode().serve) return;
    const now = new Date();
    for (const file of missed) if (existsSync(file)) utimesSync(file, now, now);
    missed.clear();
  });
}
