/**
 * The layers of the code and what each may import: the module map of ARCHITECTURE.md is
 * written from {@link LAYERS}, and a unit test reads the import graph of the sources and
 * fails on every import the table does not allow. Type-only imports are free (they vanish
 * when the code runs); npm packages and Node's modules are not part of the table.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** One folder of the code: what it owns, and which other layers its code may import. */
export interface Layer {
  /** The folder (or file), from the project root. */
  folder: string;
  /** One line: what lives there. */
  owns: string;
  /** Layers whose code it may import (its own folder always). */
  mayImport: readonly string[];
}

/** The layers, from the innermost (shared by everything, the browser too) outwards. */
export const LAYERS: readonly Layer[] = [
  {
    folder: "lib/shared",
    owns: "pure helpers the browser may import too: problems and their formatting, date/phone/email formats, search field names and result helpers, seeded random, memo",
    mayImport: [],
  },
  { folder: "lib/schemas", owns: "one strict zod schema per kind of data (front matter, contacts, photos, topics, site), German descriptions", mayImport: ["lib/shared"] },
  { folder: "lib/content", owns: "the content types (one module each, listed in index.ts), the topic tree, the scaffolds of `npm run neu`", mayImport: ["lib/shared", "lib/schemas"] },
  {
    folder: "lib/render",
    owns: "what rendering needs: markdown-it, the image pipeline and presets, CSS/JS assets, breadcrumb, the layouts' data types, which page shows which photo, the one shared parse of a built page",
    mayImport: ["lib/shared", "lib/schemas", "lib/content"],
  },
  { folder: "lib/seo", owns: "sitemap, robots.txt, web manifest, Open Graph, the organisation's JSON-LD", mayImport: ["lib/shared", "lib/schemas", "lib/render"] },
  { folder: "lib/hosting", owns: "_headers (caching, CSP, security headers), _redirects, the CDN stand-in server", mayImport: ["lib/shared", "lib/schemas", "lib/render"] },
  { folder: "lib/search", owns: "the Pagefind index: German compounds, metadata and filters, the indexed copies", mayImport: ["lib/shared", "lib/schemas", "lib/content", "lib/render"] },
  {
    folder: "lib/validate",
    owns: "the checks of the sources: front matter per content type, references, Markdown, links, photos, language marks",
    mayImport: ["lib/shared", "lib/schemas", "lib/content", "lib/render", "lib/load"],
  },
  {
    folder: "lib/load",
    owns: "reading the sources once per build: `_data/*.yaml` with their cross-references, drafts, git dates, the run mode",
    mayImport: ["lib/shared", "lib/schemas", "lib/content", "lib/validate"],
  },
  { folder: "lib/dev", owns: "the preview's error overlay and its status", mayImport: ["lib/shared"] },
  {
    folder: "lib/check",
    owns: "checks of the built output: links and fragments, ids, other hosts, CSP, budgets, HTML validity, and this table",
    mayImport: ["lib/shared", "lib/schemas", "lib/render", "lib/seo", "lib/hosting", "lib/validate", "lib/build"],
  },
  {
    folder: "lib/cms",
    owns: "the editing UI at `/admin/`: its config generated from the content types and data schemas, its CSP, the bundle step",
    mayImport: ["lib/shared", "lib/schemas", "lib/content", "lib/hosting", "lib/validate", "lib/load"],
  },
  { folder: "lib/cms/browser", owns: "the editing UI's browser entry (bundled by esbuild with Sveltia CMS)", mayImport: ["lib/shared"] },
  {
    folder: "lib/build",
    owns: "the production build's steps: render child, page pass (hyphenate, analyse, search sources) with its cache, site and hosting files, search index from the page pass, swap",
    mayImport: ["lib/shared", "lib/schemas", "lib/content", "lib/render", "lib/seo", "lib/hosting", "lib/search", "lib/validate", "lib/load", "lib/check", "lib/cms"],
  },
  {
    folder: "lib/plugins",
    owns: "Eleventy plugins, one per concern, registered by .eleventy.ts",
    mayImport: ["lib/shared", "lib/schemas", "lib/content", "lib/render", "lib/search", "lib/validate", "lib/load", "lib/dev", "_includes"],
  },
  { folder: "_data", owns: "the data cascade: the validated `_data/*.yaml` as `site`, `topicTree`, `contactsById`", mayImport: ["lib/load", "lib/shared"] },
  {
    folder: "_includes",
    owns: "layouts and components (TSX, escaping by default); they get everything as arguments from the cascade",
    mayImport: ["lib/shared", "lib/schemas", "lib/content", "lib/render", "lib/seo", "lib/hosting"],
  },
  {
    folder: "src",
    owns: "the pages: Markdown of every content type, and the generated pages (search, Bildnachweis) as TSX",
    mayImport: ["_includes", "lib/shared", "lib/schemas", "lib/content", "lib/render", "lib/seo", "lib/hosting"],
  },
  { folder: "assets/js", owns: "the browser's scripts (bundled by esbuild)", mayImport: ["lib/shared"] },
];

/** One import between two files. */
export interface ImportEdge {
  from: string;
  to: string;
  line: number;
}

/**
 * The layer a file belongs to: the longest layer folder that contains it.
 *
 * @example
 * layerOf("lib/render/markdown.ts") // => "lib/render"
 * layerOf("scripts/build.ts")       // => undefined (not constrained)
 */
export function layerOf(file: string, layers: readonly Layer[] = LAYERS): string | undefined {
  return layers
    .map((layer) => layer.folder)
    .filter((folder) => file === folder || file.startsWith(`${folder}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * The value imports of one source text (relative specifiers only), resolved from its file.
 *
 * @example
 * importsOf("src/a.tsx", 'import type { X } from "../lib/load/data.ts";\nimport { y } from "../lib/render/y.ts";')
 * // => [{ from: "src/a.tsx", to: "lib/render/y.ts", line: 2 }]
 */
export function importsOf(file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const pattern = /^(?:import|export)(\s+type\b)?[^"';]*?from\s*["'](\.{1,2}\/[^"']+)["']|\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)|^import\s+["'](\.{1,2}\/[^"']+)["']/gm;
  for (const match of text.matchAll(pattern)) {
    if (match[1]) continue;
    const specifier = match[2] ?? match[3] ?? match[4]!;
    const line = text.slice(0, match.index).split("\n").length;
    edges.push({ from: file, to: path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)), line });
  }
  return edges;
}

/** Every `.ts`/`.tsx` file below the given folders, as project paths. */
function sourceFiles(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    const absolute = path.join(root, relative);
    if (statSync(absolute).isDirectory()) for (const name of readdirSync(absolute).sort()) walk(path.posix.join(relative, name));
    else if (/\.tsx?$/.test(relative)) files.push(relative);
  };
  for (const folder of folders) walk(folder);
  return files;
}

/**
 * The import graph of every layer's files below `root`.
 *
 * @example
 * importGraph(process.cwd()).find((e) => e.from === "src/suche.11ty.tsx")?.to // => "_includes/layouts/base.tsx"
 */
export function importGraph(root: string, layers: readonly Layer[] = LAYERS): ImportEdge[] {
  return sourceFiles(
    root,
    layers.map((layer) => layer.folder),
  ).flatMap((file) => importsOf(file, readFileSync(path.join(root, file), "utf8")));
}

/**
 * The imports that break the table: from a layer to one it may not import.
 *
 * @example
 * layeringViolations([{ from: "_includes/a.tsx", to: "lib/load/data.ts", line: 3 }])
 * // => ["_includes/a.tsx:3 imports lib/load/data.ts: _includes may import only lib/shared, ..."]
 */
export function layeringViolations(edges: readonly ImportEdge[], layers: readonly Layer[] = LAYERS): string[] {
  const byFolder = new Map(layers.map((layer) => [layer.folder, layer]));
  const violations: string[] = [];
  for (const edge of edges) {
    const from = layerOf(edge.from, layers);
    const to = layerOf(edge.to, layers);
    if (!from || !to || from === to) continue;
    const layer = byFolder.get(from)!;
    if (!layer.mayImport.includes(to)) {
      violations.push(`${edge.from}:${edge.line} imports ${edge.to}: ${from} may import only ${layer.mayImport.join(", ") || "itself"}`);
    }
  }
  return violations;
}

/**
 * The module map of ARCHITECTURE.md, one line per layer.
 *
 * @example
 * moduleMap().split("\n")[2] // => "| `lib/shared/` | pure helpers ... | – |"
 */
export function moduleMap(layers: readonly Layer[] = LAYERS): string {
  const rows = layers.map((layer) => `| \`${layer.folder}/\` | ${layer.owns} | ${layer.mayImport.map((f) => `\`${f}/\``).join(", ") || "–"} |`);
  return ["| folder | owns | may import |", "| --- | --- | --- |", ...rows].join("\n");
}
