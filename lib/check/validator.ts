/**
 * html-validate for the built pages, configured by `.htmlvalidate.json`: the recommended and
 * document presets, with three justified changes:
 * - `doctype-style: lowercase`: the renderer and the minifier write `<!doctype html>`; both
 *   spellings are valid HTML, one style is enforced.
 * - `require-sri: off`: subresource integrity protects against a foreign CDN changing a file;
 *   every script and stylesheet here comes from the site itself (the CSP allows nothing else).
 * - `tel-non-breaking: off`: the rule wants `&nbsp;` inside phone links; the site keeps the
 *   DIN 5008 text readable for screen readers and prevents the line break in CSS instead
 *   (`a[href^="tel:"] { white-space: nowrap }` in `assets/css/main.css`), which the rule cannot see.
 *
 * The resolved configuration is cached: html-validate would otherwise rebuild its element
 * tables for every page, which costs more than validating the page itself.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from "html-validate";

/** Name of the configuration file in the project folder. */
export const VALIDATOR_CONFIG = ".htmlvalidate.json";

/** One error html-validate found. */
export interface HtmlMessage {
  rule: string;
  message: string;
  /** CSS selector of the element, if known. */
  selector: string | undefined;
}

/** A config loader that resolves the one static configuration once. */
class CachingConfigLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    this.#resolved ??= super.getConfigFor(handle);
    return this.#resolved;
  }
}

/** Validates HTML strings with the project's configuration. */
export type HtmlValidator = (html: string) => HtmlMessage[];

/**
 * Creates the validator for the project in `root`.
 *
 * @example
 * const validate = createValidator(process.cwd());
 * validate("<!doctype html><html lang=de>...") // => [] when the page is valid
 */
export function createValidator(root: string): HtmlValidator {
  const config = JSON.parse(readFileSync(path.join(root, VALIDATOR_CONFIG), "utf8")) as ConfigData;
  const htmlValidate = new HtmlValidate(new CachingConfigLoader(config));
  return (html) => {
    const report = htmlValidate.validateStringSync(html, "page.html");
    return report.results.flatMap((result) =>
      result.messages.filter((message) => message.severity === 2).map((message) => ({ rule: message.ruleId, message: message.message, selector: message.selector ?? undefined })),
    );
  };
}
