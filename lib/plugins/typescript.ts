/**
 * TypeScript everywhere: `.11ty.tsx` templates and layouts rendered with Preact (which
 * escapes by default), and `_data/*.ts` data files. Needs the tsx loader
 * (`NODE_OPTIONS='--import tsx/esm'`, set by the npm scripts).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isValidElement, type VNode } from "preact";
import { renderToString } from "preact-render-to-string";

/**
 * Turns what a TSX template returned into the page string; full documents get a doctype.
 *
 * @example
 * renderTemplateResult(<html lang="de"></html>) // => '<!doctype html><html lang="de"></html>'
 * renderTemplateResult("<?xml ...")             // => "<?xml ..." (strings pass through)
 */
export function renderTemplateResult(result: unknown): string {
  if (typeof result === "string") return result;
  if (!isValidElement(result)) throw new TypeError("Eine .11ty.tsx-Vorlage muss JSX oder einen String liefern.");
  const html = renderToString(result as VNode);
  return html.startsWith("<html") ? `<!doctype html>${html}` : html;
}

/** Registers TSX templates and TS data files. */
export default function typescriptPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: { defaultRenderer(data: unknown): Promise<unknown> }, data: unknown) {
        return renderTemplateResult(await this.defaultRenderer(data));
      };
    },
  });
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (file: string) => {
      // The query defeats the ESM cache, so a watch rebuild sees an edited data file.
      const url = `${pathToFileURL(path.resolve(file)).href}?update=${Date.now()}`;
      const module = (await import(url)) as { default: unknown };
      return module.default;
    },
  });
}
