/**
 * The Content-Security-Policy of the editing UI at `/admin/`: as strict as Sveltia CMS
 * allows. It runs only our own files (no eval, no CDN) and talks only to our origin and the
 * git host's API. What it needs beyond the site's policy, and why:
 * - `style-src 'unsafe-inline'`: Svelte inserts its component styles as `<style>` elements
 *   and sets `style` attributes at run time; without it the UI is unstyled and unusable.
 * - `script-src 'wasm-unsafe-eval'`: WebAssembly only (no JavaScript eval): the WebP encoder and
 *   HEIC decoder that convert uploaded photos in the browser.
 * - `img-src blob: data:` and `media-src blob:`: previews of uploaded and fetched photos are
 *   object URLs; `connect-src blob: data:` lets the CMS read them back.
 * - `worker-src 'self'`: the HEIC decoder runs in a worker from our own files.
 * - `connect-src <API>`, `img-src <API hosts>`: the git host's API (GitHub, GitLab, Forgejo),
 *   where the CMS reads and commits; GitHub serves avatars from its own host.
 */
import type { CspDirectives } from "../hosting/csp.ts";
import type { BackendSettings } from "./config.ts";

/**
 * The origins the CMS talks to for a backend.
 *
 * @example
 * backendOrigins({ name: "github", repo: "a/b", branch: "main" })
 * // => { api: ["https://api.github.com"], images: ["https://avatars.githubusercontent.com"] }
 */
export function backendOrigins(backend: BackendSettings): { api: string[]; images: string[] } {
  if (backend.apiRoot) return { api: [new URL(backend.apiRoot).origin], images: [new URL(backend.apiRoot).origin] };
  switch (backend.name) {
    case "github":
      return { api: ["https://api.github.com"], images: ["https://avatars.githubusercontent.com"] };
    case "gitlab":
      return { api: ["https://gitlab.com"], images: ["https://gitlab.com", "https://secure.gravatar.com"] };
    case "gitea":
      return { api: [], images: [] };
  }
}

/**
 * The policy of `/admin/` for a backend.
 *
 * @example
 * adminPolicy({ name: "github", repo: "a/b", branch: "main" }).find(([name]) => name === "script-src")
 * // => ["script-src", ["'self'", "'wasm-unsafe-eval'"]]
 */
export function adminPolicy(backend: BackendSettings): CspDirectives {
  const { api, images } = backendOrigins(backend);
  return [
    ["default-src", ["'none'"]],
    ["script-src", ["'self'", "'wasm-unsafe-eval'"]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "blob:", "data:", ...images]],
    ["media-src", ["'self'", "blob:"]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'", "blob:", "data:", ...api]],
    ["worker-src", ["'self'"]],
    ["manifest-src", ["'self'"]],
    ["form-action", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["object-src", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
  ];
}
