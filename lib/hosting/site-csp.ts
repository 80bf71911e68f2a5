/** The policy of this build: {@link sitePolicy} with the inlined CSS that `lib/render/assets.ts` built. */
import { assetBytes } from "../render/assets.ts";
import { sitePolicy, type CspDirectives } from "./csp.ts";

/**
 * The screen CSS every page inlines (built and minified by `lib/render/assets.ts`).
 *
 * @example
 * inlineCss() // => ":root{--c-text:#1b1b1b;...}"
 */
export function inlineCss(): string {
  return assetBytes("main.css").toString("utf8");
}

/**
 * The CSP of this build; needs the assets built (Eleventy's `eleventy.before`).
 *
 * @example
 * formatCsp(siteCsp(), "header") // => "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; ..."
 */
export function siteCsp(): CspDirectives {
  return sitePolicy([inlineCss()]);
}
