/**
 * Writes the editing UI into `<out>/admin/`: an HTML page, Sveltia CMS bundled from its npm
 * package by esbuild with the generated configuration built in, and the fonts and WebAssembly
 * files it loads, all from our own origin. The build step of the same name runs it in
 * `npm run build`; `npm run redaktion` runs it into a folder of its own.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import type { BuildStep } from "../build/context.ts";
import { formatCsp } from "../hosting/csp.ts";
import type { OwnPolicy } from "../hosting/headers.ts";
import { runMode, type RunMode } from "../load/run-mode.ts";
import { cmsConfig, type CmsSettings } from "./config.ts";
import { adminPolicy } from "./csp.ts";

/** The folder below the output root. */
export const ADMIN_FOLDER = "admin";

/** Stands in for an unconfigured repository: only the local mode (`npm run redaktion`) works then. */
export const UNCONFIGURED_REPO = "nicht-eingerichtet/bitte-SEZ_CMS_REPO-setzen";

const entry = fileURLToPath(new URL("./browser/admin.ts", import.meta.url));

/**
 * The settings of this run: the repository from the run mode, the site's public address.
 *
 * @example
 * cmsSettings({ ...mode, cms: { backend: "github", repo: "sez/website", branch: "main" } }, "https://www.sez.de").backend.repo
 * // => "sez/website"
 */
export function cmsSettings(mode: RunMode, siteUrl: string): CmsSettings {
  const { backend, repo, branch, authUrl, apiRoot } = mode.cms;
  return { backend: { name: backend, repo: repo ?? UNCONFIGURED_REPO, branch, authUrl, apiRoot }, siteUrl };
}

/**
 * The admin page. No inline script or style: the policy allows only our own files to run.
 *
 * @example
 * adminHtml("admin-AB12.js") // => "<!doctype html>\n<html lang=\"de\">..."
 */
export function adminHtml(script: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>SEZ-Redaktion</title>
<script type="module" src="/${ADMIN_FOLDER}/${script}"></script>
</head>
<body></body>
</html>
`;
}

/** The folder of Sveltia's npm build, whose fonts and WebAssembly files it loads by URL. */
function sveltiaAssets(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("@sveltia/cms")), "assets");
}

/**
 * Sveltia's component styles name its three web fonts on a CDN (jsDelivr's fontsource) as well
 * as in its own package. Points those URLs at the package's copies, which we serve from
 * `/admin/assets/`, so the browser never asks the CDN (and the CSP has nothing to refuse).
 *
 * @example
 * localFonts("url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)", ["noto-mono-latin-400-normal-DiC8lJru.woff2"])
 * // => "url(/admin/assets/noto-mono-latin-400-normal-DiC8lJru.woff2)"
 */
export function localFonts(code: string, assetFiles: readonly string[]): string {
  return code.replace(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g, (url, family: string, subset: string) => {
    const local = assetFiles.find((file) => file.startsWith(`${family}-${subset}-`) && file.endsWith(".woff2"));
    if (!local) throw new Error(`Die Schrift ${url} fehlt im Paket @sveltia/cms (npm/assets/).`);
    return `/${ADMIN_FOLDER}/assets/${local}`;
  });
}

/**
 * Bundles the editing UI into `dir` (emptied first). Returns the files written.
 *
 * @example
 * await writeAdmin("_site/admin", settings) // => ["index.html", "admin-AB12.js", ...]
 */
export async function writeAdmin(dir: string, settings: CmsSettings): Promise<string[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const assets = sveltiaAssets();
  const assetFiles = readdirSync(assets).filter((file) => !file.endsWith(".map"));
  const result = await esbuild.build({
    entryPoints: { admin: entry },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    legalComments: "linked",
    target: "es2022",
    entryNames: "[name]-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    define: { __SEZ_CMS_CONFIG__: JSON.stringify(cmsConfig(settings)) },
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "sveltia-local-fonts",
        setup(build) {
          build.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => ({ contents: localFonts(readFileSync(args.path, "utf8"), assetFiles), loader: "js" }));
        },
      },
    ],
  });
  const script = Object.keys(result.metafile.outputs)
    .map((file) => path.relative(dir, file))
    .find((file) => /^admin-[A-Z0-9]+\.js$/.test(file));
  if (!script) throw new Error("Die Redaktionsoberfläche wurde nicht gebündelt (kein admin-*.js).");
  // Sveltia loads these by `new URL("assets/…", import.meta.url)`, relative to its own module: our bundle.
  mkdirSync(path.join(dir, "assets"), { recursive: true });
  for (const file of assetFiles) copyFileSync(path.join(assets, file), path.join(dir, "assets", file));
  writeFileSync(path.join(dir, "index.html"), adminHtml(script));
  return listAll(dir);
}

function listAll(dir: string, prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, relative)).isDirectory() ? listAll(dir, relative) : [relative];
  });
}

/**
 * The `_headers` input for an output folder with the editing UI: its own CSP and the
 * top-level names that keep the site's. Undefined when the folder has no `/admin/`.
 *
 * @example
 * ownPolicyOf("_site", runMode())?.folder // => "admin"
 */
export function ownPolicyOf(outDir: string, mode: RunMode = runMode()): OwnPolicy | undefined {
  if (!existsSync(path.join(outDir, ADMIN_FOLDER))) return undefined;
  const topLevel = readdirSync(outDir, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  return { folder: ADMIN_FOLDER, csp: formatCsp(adminPolicy(cmsSettings(mode, "").backend), "header"), topLevel };
}

/**
 * What the bundle depends on: the config, the package versions and our two source files.
 * Equal keys mean an equal `/admin/` folder, so a build copies it from `.cache/admin/`.
 *
 * @example
 * bundleKey(settings) // => "3f1c…" (hex)
 */
export function bundleKey(settings: CmsSettings): string {
  // The package exports no package.json; its npm build sits in npm/ below the package root.
  const sveltia = (JSON.parse(readFileSync(path.join(sveltiaAssets(), "..", "..", "package.json"), "utf8")) as { version: string }).version;
  return createHash("sha256")
    .update(JSON.stringify(cmsConfig(settings)))
    .update(`${sveltia} ${esbuild.version}`)
    .update(readFileSync(entry))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest("hex")
    .slice(0, 16);
}

/** Build step "Redaktion": the editing UI at `/admin/` (not a page: no sitemap, search, budgets). */
export const writeAdminStep: BuildStep = {
  name: "Redaktion",
  async run(context) {
    const settings = cmsSettings(runMode(), context.site.url);
    const cacheRoot = path.join(context.root, ".cache", "admin");
    const cached = path.join(cacheRoot, bundleKey(settings));
    // Bundling costs seconds of CPU on every build; the result changes only with its inputs.
    if (!existsSync(path.join(cached, "index.html"))) {
      rmSync(cacheRoot, { recursive: true, force: true });
      await writeAdmin(cached, settings);
    }
    cpSync(cached, path.join(context.outDir, ADMIN_FOLDER), { recursive: true });
    context.notes.push(`Redaktion: /${ADMIN_FOLDER}/ mit ${listAll(cached).length} Dateien`);
    return [];
  },
};
