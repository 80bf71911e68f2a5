/**
 * The editing UI's page script (`/admin/`): Sveltia CMS from its npm package, started with
 * the configuration the build generated from the content types (`lib/cms/config.ts`),
 * injected by esbuild as `__SEZ_CMS_CONFIG__`.
 */
import CMS from "@sveltia/cms";
import type { CmsConfig } from "../sveltia-types.ts";

declare const __SEZ_CMS_CONFIG__: CmsConfig;

/** Sveltia keeps its preferences, the UI language among them, under this localStorage key. */
const PREFS_KEY = "sveltia-cms.prefs";

/** Hosts the CMS would ask without need: GitHub's status page (a badge in the menu). */
const NEEDLESS_HOSTS = new Set(["www.githubstatus.com"]);

/**
 * German for every editor: Sveltia follows the browser language and ignores the config's
 * `locale`, but keeps a language chosen in its settings. We choose German before it starts.
 */
function forceGerman(): void {
  let prefs: Record<string, unknown> = {};
  try {
    prefs = JSON.parse(localStorage.getItem(PREFS_KEY) ?? "{}") as Record<string, unknown>;
  } catch {
    prefs = {};
  }
  if (prefs.locale !== "de") localStorage.setItem(PREFS_KEY, JSON.stringify({ ...prefs, locale: "de" }));
}

/**
 * Answers requests to {@link NEEDLESS_HOSTS} with a network error before they leave the
 * browser, so the page makes no request the CSP would have to refuse (and report).
 */
function blockNeedlessRequests(): void {
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (NEEDLESS_HOSTS.has(url.hostname)) return Promise.reject(new TypeError(`${url.hostname} wird nicht abgefragt`));
    return original(input, init);
  };
}

forceGerman();
blockNeedlessRequests();
CMS.init({ config: __SEZ_CMS_CONFIG__ });
