/**
 * TypeScript everywhere: `.11ty.tsx` templates and layouts rendered with Preact (which
 * escapes by default), and `_data/*.ts` data files. Needs the tsx loader
 * (`NODE_OPTIONS='--import tsx/esm'`, set by the npm scripts).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { readdirSync, statSync } from "node:fs";
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
  // Eleventy asks for a directory data file once per template (4,000 times for src/themen/);
  // each file is imported at most once per build, and again only when it has changed.
  const loaded = new Map<string, Promise<unknown>>();
  eleventyConfig.on("eleventy.before", () => loaded.clear());
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: (file: string) => {
      const absolute = path.resolve(file);
      let value = loaded.get(absolute);
      if (!value) {
        value = importDataModule(absolute);
        loaded.set(absolute, value);
      }
      return value;
    },
  });
}

/**
 * What a data module's result depends on, as a string: its own modification time, and for a
 * global data file (in `_data/`) also those of the files beside it, since `_data/*.ts` derive
 * their value from the YAML there. Directory data files (`*.11tydata.ts`) must read site data
 * inside their functions, as `src/themen/themen.11tydata.ts` does.
 *
 * @example
 * dataModuleVersion("/p/_data/topics.ts") // => "1732467000000.123,1732467001000.5,..."
 */
export function dataModuleVersion(file: string): string {
  const own = statSync(file).mtimeMs;
  if (file.endsWith(".11tydata.ts")) return String(own);
  const folder = path.dirname(file);
  const siblings = readdirSync(folder).map((name) => statSync(path.join(folder, name)).mtimeMs);
  return [own, ...siblings].join(",");
}

/** Imports a TS data module; the version query gives a changed file (or its data) a new URL, so the ESM cache cannot hold it back. */
async function importDataModule(file: string): Promise<unknown> {
  const url = `${pathToFileURL(file).href}?v=${dataModuleVersion(file)}`;
  const module = (await import(url)) as { default: unknown };
  return module.default;
}
