/**
 * CSS and client JS: bundled, minified and written under content-hashed names to
 * `.cache/assets/`, from where Eleventy copies them to `_site/assets/`. Layouts ask
 * {@link assetUrl} for the current name, so a changed file gets a new URL and everything
 * else can be cached for a year.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build as esbuild, type Plugin } from "esbuild";
import { bundle as bundleCss } from "lightningcss";

/** Folder of the built assets, copied to `_site/assets/`. */
export const ASSET_CACHE_DIR = ".cache/assets";
/** Public URL folder of the built assets. */
export const ASSET_URL_PATH = "/assets/";

/** Entry points: public name -> source file. */
export const ASSET_ENTRIES = {
  "main.css": "assets/css/main.css",
  "print.css": "assets/css/print.css",
  "site.js": "assets/js/site.ts",
  "search.css": "assets/css/search.css",
  "search.js": "assets/js/search-page.ts",
} as const;

/** Name of an asset entry. */
export type AssetName = keyof typeof ASSET_ENTRIES;

/** Browsers we support: the last years of the evergreen browsers. */
const CSS_TARGETS = { chrome: 109 << 16, firefox: 115 << 16, safari: (15 << 16) | (4 << 8) };

const manifest = new Map<AssetName, { url: string; bytes: Buffer }>();

/**
 * A short content hash for file names.
 *
 * @example
 * contentHash(Buffer.from("a")) // => "ca978112ca"
 */
export function contentHash(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 10);
}

/**
 * Inserts the hash before the extension.
 *
 * @example
 * hashedName("main.css", "ca978112ca") // => "main.ca978112ca.css"
 */
export function hashedName(name: string, hash: string): string {
  const ext = path.extname(name);
  return `${name.slice(0, -ext.length)}.${hash}${ext}`;
}

/** Languages of the search UI's texts we ship: German for our `lang="de"` pages, English because the UI falls back to it without a lang. */
export const SEARCH_UI_LANGUAGES = ["de", "en"] as const;

/**
 * Keeps only the wanted translations in Pagefind's Component UI bundle, which inlines all 44
 * of its languages (about three quarters of its size). The bundle marks each language with a
 * `// ../translations/xx.json` comment and lists them in an `import-glob` array.
 *
 * @example
 * keepTranslations(bundleText, ["de", "en"]) // same module, with only de and en texts
 */
export function keepTranslations(source: string, languages: readonly string[]): string {
  const keep = new Set(languages);
  const blocks = source.split(/(?=^\/\/ \.\.\/translations\/[\w-]+\.json$)/m);
  const globStart = source.indexOf("// import-glob:../../translations/*.json");
  if (blocks.length < 3 || globStart < 0) throw new Error("Pagefinds Component UI hat ein unbekanntes Format: die Übersetzungen wurden nicht gefunden.");
  const kept = blocks.map((block, index) => {
    const language = /^\/\/ \.\.\/translations\/([\w-]+)\.json$/m.exec(block)?.[1];
    if (index === 0 || !language) return block;
    const end = block.indexOf("// import-glob:");
    const tail = end >= 0 ? block.slice(end) : "";
    return keep.has(language) ? block : tail;
  });
  const ident = (lang: string): string => `${lang.replace("-", "_")}_exports`;
  return kept
    .join("")
    .replace(/^var modules = \[[^\]]*\];$/m, `var modules = [${languages.map(ident).join(", ")}];`)
    .replace(/^var filenames = \[[^\]]*\];$/m, `var filenames = [${languages.map((l) => `"../../translations/${l}.json"`).join(", ")}];`);
}

/** esbuild plugin applying {@link keepTranslations} to the Component UI module. */
const searchUiLanguages: Plugin = {
  name: "search-ui-languages",
  setup(build) {
    build.onLoad({ filter: /@pagefind[\\/]component-ui[\\/].*\.mjs$/ }, (args) => ({
      contents: keepTranslations(readFileSync(args.path, "utf8"), SEARCH_UI_LANGUAGES),
      loader: "js",
    }));
  },
};

async function compile(root: string, name: AssetName, minify: boolean): Promise<Buffer> {
  const source = path.join(root, ASSET_ENTRIES[name]);
  if (name.endsWith(".css")) {
    const { code } = bundleCss({ filename: source, minify, targets: CSS_TARGETS });
    return Buffer.from(code);
  }
  const result = await esbuild({
    entryPoints: [source],
    bundle: true,
    minify,
    format: "esm",
    target: ["es2022"],
    write: false,
    legalComments: "none",
    plugins: [searchUiLanguages],
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}

/**
 * Builds every asset into `.cache/assets/` and records its hashed URL.
 *
 * @example
 * await buildAssets(process.cwd(), { minify: true });
 * assetUrl("main.css") // => "/assets/main.1a2b3c4d5e.css"
 */
export async function buildAssets(root: string, { minify }: { minify: boolean }): Promise<void> {
  const outDir = path.join(root, ASSET_CACHE_DIR);
  // A watch rebuild after a Markdown edit finds the sources unchanged and the files in place.
  const fingerprint = `${root}|${minify}|${sourceFingerprint(root)}`;
  const built = [...manifest.values()].every((entry) => existsSync(path.join(outDir, path.basename(entry.url))));
  if (fingerprint === lastFingerprint && manifest.size === Object.keys(ASSET_ENTRIES).length && built) return;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  manifest.clear();
  for (const name of Object.keys(ASSET_ENTRIES) as AssetName[]) {
    const bytes = await compile(root, name, minify);
    const file = hashedName(name, contentHash(bytes));
    writeFileSync(path.join(outDir, file), bytes);
    manifest.set(name, { url: `${ASSET_URL_PATH}${file}`, bytes });
  }
  lastFingerprint = fingerprint;
}

/** The source fingerprint of the last {@link buildAssets}. */
let lastFingerprint: string | undefined;

/**
 * Size and modification time of every file below `assets/css/` and `assets/js/`: bundles
 * import other files there, so any change in these folders means building again.
 *
 * @example
 * sourceFingerprint(process.cwd()) // => "assets/css/main.css:8211:1732467000000.1|..."
 */
export function sourceFingerprint(root: string): string {
  const parts: string[] = [];
  for (const dir of ["assets/css", "assets/js"]) {
    const absolute = path.join(root, dir);
    if (!existsSync(absolute)) continue;
    for (const entry of readdirSync(absolute, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const stat = statSync(file);
      parts.push(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return parts.sort().join("|");
}

/** The hashed URL of a built asset. */
export function assetUrl(name: AssetName): string {
  const entry = manifest.get(name);
  if (!entry) throw new Error(`Asset ${name} wurde noch nicht gebaut (buildAssets fehlt?)`);
  return entry.url;
}

/** The built bytes of an asset (for inlining and budgets). */
export function assetBytes(name: AssetName): Buffer {
  const entry = manifest.get(name);
  if (!entry) throw new Error(`Asset ${name} wurde noch nicht gebaut (buildAssets fehlt?)`);
  return entry.bytes;
}

/**
 * The URL of every built asset, for another process (the production build's Eleventy runs in
 * a child, `lib/build/render.ts`; the parent inlines CSS and measures budgets).
 *
 * @example
 * builtAssetUrls() // => { "main.css": "/assets/main.1a2b3c4d5e.css", ... }
 */
export function builtAssetUrls(): Partial<Record<AssetName, string>> {
  return Object.fromEntries([...manifest].map(([name, entry]) => [name, entry.url]));
}

/**
 * Takes over the assets another process built into `.cache/assets/` (see {@link builtAssetUrls}).
 *
 * @example
 * useBuiltAssets(process.cwd(), { "main.css": "/assets/main.1a2b3c4d5e.css" });
 */
export function useBuiltAssets(root: string, urls: Partial<Record<AssetName, string>>): void {
  manifest.clear();
  for (const [name, url] of Object.entries(urls) as [AssetName, string][]) {
    manifest.set(name, { url, bytes: readFileSync(path.join(root, ASSET_CACHE_DIR, path.basename(url))) });
  }
}

/** Reads a source file of the assets folder (used by tests). */
export function readAssetSource(root: string, name: AssetName): string {
  return readFileSync(path.join(root, ASSET_ENTRIES[name]), "utf8");
}
