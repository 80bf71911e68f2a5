/**
 * package.json says what each package is for: `dependencies` is exactly what `npm run build`
 * (and `npm start`, `npm run serve`, `npm run neu`, `npm run redaktion`) imports, so
 * `npm ci --omit=dev` builds the site and `npm audit --omit=dev` audits what reaches visitors; tests and tools are
 * `devDependencies`; what only the benchmark needs is in bench/package.json. Packages whose
 * internals we rely on are pinned exactly, each with the test that watches the detail.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const root = process.cwd();
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const benchManifest = JSON.parse(readFileSync(path.join(root, "bench/package.json"), "utf8")) as { dependencies: Record<string, string> };

/** What the production build and the editors' commands load. */
const BUILD_SOURCES = [".eleventy.ts", "lib", "_includes", "_data", "src", "assets/js", "assets/css", "scripts/build.ts", "scripts/serve.ts", "scripts/neu.ts", "scripts/redaktion.ts"];

/** Files below BUILD_SOURCES that only checks and tests run (`npm run check:html`, the link and audit checks). */
const NOT_IN_BUILD = new Set(["lib/check/validator.ts", "lib/check/site-html.ts", "lib/check/validate-worker.ts", "lib/check/external-links.ts"]);

/** Packages the build runs without importing them: the Node binary and the TypeScript loader. */
const RUNTIME = ["node", "tsx"];

/** Packages pinned exactly because we depend on a detail they do not promise, and the test that watches it. */
const PINNED: Record<string, string> = {
  "@pagefind/component-ui": "tests/unit/render/pagefind-internals.test.ts",
  "@11ty/eleventy": "tests/unit/build/eleventy-write.test.ts",
  zod: "tests/unit/validate/zod-internals.test.ts",
  "@sveltia/cms": "tests/unit/cms/sveltia-internals.test.ts",
  "@biomejs/biome": "(formats differently between versions)",
};

/** Every file below a path (or the file itself). */
function files(relative: string): string[] {
  const full = path.join(root, relative);
  try {
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
  } catch {
    return [relative];
  }
}

/**
 * The packages a source file loads at run time (type-only imports are erased).
 *
 * @example
 * packagesOf('import { z } from "zod";\nimport type { X } from "luxon";') // => ["zod"]
 */
function packagesOf(source: string): string[] {
  const specifiers = [
    ...[...source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+"([^"]+)"/gms)].map((m) => m[1]!),
    ...[...source.matchAll(/^import\s+"([^"]+)"/gm)].map((m) => m[1]!),
    ...[...source.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!),
    ...[...source.matchAll(/@import\s+"(?:\.\.\/)+node_modules\/([^"]+)"/g)].map((m) => m[1]!),
  ];
  return specifiers
    .filter((s) => !s.startsWith(".") && !s.startsWith("node:") && !s.startsWith("/"))
    .map((s) =>
      s
        .split("/")
        .slice(0, s.startsWith("@") ? 2 : 1)
        .join("/"),
    );
}

const buildFiles = BUILD_SOURCES.flatMap(files).filter((f) => /\.(ts|tsx|js|mjs|css)$/.test(f) && !NOT_IN_BUILD.has(f));
const imported = new Map<string, string>();
for (const file of buildFiles) for (const name of packagesOf(readFileSync(path.join(root, file), "utf8"))) if (!imported.has(name)) imported.set(name, file);

describe("dependencies: what the build needs, and nothing else", () => {
  it("finds the build's imports (the scan still works)", () => {
    assert.ok(buildFiles.length > 50, `${buildFiles.length} files`);
    for (const name of ["@11ty/eleventy", "preact", "zod", "@pagefind/component-ui"]) assert.ok(imported.has(name), name);
  });
  it("lists every package the build imports in dependencies", () => {
    const missing = [...imported].filter(([name]) => !manifest.dependencies[name]).map(([name, file]) => `${name} (${file})`);
    assert.deepEqual(missing, [], "in devDependencies or missing: npm ci --omit=dev would not build. Move them to dependencies");
  });
  it("lists nothing in dependencies that the build does not load", () => {
    const unused = Object.keys(manifest.dependencies).filter((name) => !imported.has(name) && !RUNTIME.includes(name));
    assert.deepEqual(unused, [], "not imported by the build: move them to devDependencies (or bench/package.json)");
  });
  it("keeps each package in one place", () => {
    const both = Object.keys(manifest.dependencies).filter((name) => name in manifest.devDependencies || name in benchManifest.dependencies);
    assert.deepEqual(both, []);
  });
  it("keeps the benchmark's Lighthouse out of the project's install", () => {
    assert.ok(!("lighthouse" in manifest.devDependencies) && !("lighthouse" in manifest.dependencies));
    assert.ok("lighthouse" in benchManifest.dependencies);
  });
  it("brings Node 24 as a dependency of the build", () => assert.match(manifest.dependencies.node ?? "", /^\^24\./));
});

describe("pinned packages", () => {
  for (const [name, watcher] of Object.entries(PINNED)) {
    it(`${name} has an exact version (${watcher})`, () => {
      const wanted = manifest.dependencies[name] ?? manifest.devDependencies[name];
      assert.match(wanted ?? "", /^\d+\.\d+\.\d+$/, `${name} must be pinned exactly, not "${wanted}"`);
    });
  }
});
