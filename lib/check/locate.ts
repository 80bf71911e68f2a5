/** Finds the line an editor has to change for something found in the built output. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locator } from "./output.ts";

/**
 * The 1-based line of the first line containing `needle`, if any.
 *
 * @example
 * findLine("a\n[Kontakt](/kontak/)\n", "/kontak/") // => 2
 */
export function findLine(text: string, needle: string): number | undefined {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  return index === -1 ? undefined : index + 1;
}

/**
 * A {@link Locator} for the project in `root`: the page's Markdown first, then `_data/*.yaml`
 * (navigation, footer, redirects), else the page's source without a line.
 */
export function createLocator(root: string): Locator {
  const texts = new Map<string, string | undefined>();
  const read = (file: string): string | undefined => {
    if (!texts.has(file)) {
      const absolute = path.join(root, file);
      texts.set(file, existsSync(absolute) ? readFileSync(absolute, "utf8") : undefined);
    }
    return texts.get(file);
  };
  const dataDir = path.join(root, "_data");
  const dataFiles = existsSync(dataDir)
    ? readdirSync(dataDir)
        .filter((name) => name.endsWith(".yaml"))
        .sort()
        .map((name) => `_data/${name}`)
    : [];
  return (needle, inputPath, outputFile) => {
    const pageFile = inputPath ?? `_site/${outputFile}`;
    if (needle === "") return { file: pageFile };
    for (const file of [...(inputPath ? [inputPath] : []), ...dataFiles]) {
      const text = read(file);
      const line = text === undefined ? undefined : findLine(text, needle);
      if (line !== undefined) return { file, line };
    }
    return { file: pageFile };
  };
}
