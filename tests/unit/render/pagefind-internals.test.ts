/**
 * What we rely on inside Pagefind's Component UI beyond its documented use: the layout of its
 * bundle (keepTranslations in lib/render/assets.ts cuts the translations out of it), the class
 * names, custom properties and specificity of its CSS (assets/css/search.css overrides them),
 * its translation keys and the instance methods assets/js/search-page.ts calls or replaces.
 * The package is pinned exactly in package.json; when an update (a Renovate PR) changes one
 * of these details, this test names it, before a visitor finds a broken search page.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, it } from "node:test";
import { build } from "esbuild";
import { keepTranslations } from "../../../lib/render/assets.ts";

const root = process.cwd();
const PACKAGE = "@pagefind/component-ui";
// The package exports no package.json; its main entry lies in npm_dist/cjs/.
const packageDir = path.resolve(path.dirname(createRequire(import.meta.url).resolve(PACKAGE)), "../..");
const bundle = readFileSync(path.join(packageDir, "npm_dist/mjs/component-ui.mjs"), "utf8");
const packageCss = readFileSync(path.join(packageDir, "css/pagefind-component-ui.css"), "utf8");
const ourCss = readFileSync(path.join(root, "assets/css/search.css"), "utf8");
const ourScript = readFileSync(path.join(root, "assets/js/search-page.ts"), "utf8");
const ourPage = readFileSync(path.join(root, "src/suche.11ty.tsx"), "utf8");

const UPDATE_HINT = `${PACKAGE} hat sich geändert: prüfen Sie lib/render/assets.ts (keepTranslations), assets/css/search.css und assets/js/search-page.ts gegen die neue Version, bevor Sie das Update übernehmen`;

/** The keys of one language's `strings` object in the bundle. */
function translationKeys(language: string): Set<string> {
  const start = bundle.indexOf(`// ../translations/${language}.json\n`);
  assert.ok(start >= 0, `${UPDATE_HINT}: keine Übersetzung ${language} im Bundle`);
  const block = bundle.slice(start, bundle.indexOf("\n};\n", bundle.indexOf("var strings", start)));
  return new Set([...block.matchAll(/^ {2}(\w+): /gm)].map((m) => m[1]!));
}

describe(`${PACKAGE}: pinned, because we reach into it`, () => {
  it("has an exact version in package.json, and that version is installed", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const wanted = manifest.dependencies[PACKAGE];
    assert.match(wanted ?? "", /^\d+\.\d+\.\d+$/, `${PACKAGE} muss exakt gepinnt sein (ohne ^ oder ~), nicht "${wanted}"`);
    const installed = (JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string }).version;
    assert.equal(installed, wanted, `installiert ist ${installed}, package.json verlangt ${wanted}: npm ci`);
  });
});

describe(`${PACKAGE}: the bundle layout keepTranslations cuts`, () => {
  it("marks every language with a comment and lists them in one import-glob array", () => {
    for (const marker of ["// import-glob:../../translations/*.json", "\nvar modules = [", "\nvar filenames = [", "// ../translations/de.json\n", "// ../translations/en.json\n"]) {
      assert.ok(bundle.includes(marker), `${UPDATE_HINT}: "${marker.trim()}" fehlt im Bundle`);
    }
  });
  it("still bundles, with German and English only, into a module that keeps its exports", async () => {
    const trimmed = keepTranslations(bundle, ["de", "en"]);
    const result = await build({ stdin: { contents: trimmed, resolveDir: path.join(packageDir, "npm_dist/mjs"), loader: "js" }, bundle: true, write: false, format: "esm", logLevel: "silent" });
    const code = result.outputFiles[0]!.text;
    assert.match(code, /Suchergebnisse/, "die deutschen Texte fehlen nach dem Kürzen");
    assert.doesNotMatch(code, /Résultats|Resultados/, "andere Sprachen sind nach dem Kürzen noch da");
    assert.match(code, /getInstanceManager/, "getInstanceManager wird nicht mehr exportiert");
  });
});

describe(`${PACKAGE}: what assets/css/search.css overrides`, () => {
  const selectors = [...packageCss.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim());
  const ourClasses = new Set([...ourCss.matchAll(/\.(pf-[\w-]+)/g), ...ourScript.matchAll(/"(pf-[\w-]+)"/g)].map((m) => m[1]!));

  it("sets custom properties the package's CSS reads", () => {
    const missing = [...new Set([...ourCss.matchAll(/(--pf-[\w-]+)\s*:/g)].map((m) => m[1]!))].filter((name) => !packageCss.includes(`var(${name}`));
    assert.deepEqual(missing, [], `${UPDATE_HINT}: diese Variablen liest das Paket nicht mehr`);
  });
  it("styles classes the package's CSS still has", () => {
    const missing = [...ourClasses].filter((name) => !new RegExp(`\\.${name}(?![\\w-])`).test(packageCss));
    assert.deepEqual(missing, [], `${UPDATE_HINT}: diese Klassen gibt es im Paket nicht mehr`);
  });
  it("outweighs the package's rules for those classes (three :is(*, #\\#) and a class)", () => {
    const chain = (selector: string) => Math.max(0, ...[...selector.matchAll(/(?::is\(\*, #\\#\))+/g)].map((m) => m[0].split(":is").length - 1));
    const heavier = selectors.filter((s) => [...ourClasses].some((name) => new RegExp(`\\.${name}(?![\\w-])`).test(s)) && chain(s) > 3);
    assert.deepEqual(heavier, [], `${UPDATE_HINT}: diese Regeln wiegen mehr als unsere Überschreibungen`);
  });
});

describe(`${PACKAGE}: what assets/js/search-page.ts and the search page use`, () => {
  it("knows every translation key we set", () => {
    const block = ourScript.slice(ourScript.indexOf("const STRINGS"), ourScript.indexOf("};", ourScript.indexOf("const STRINGS")));
    const ours = [...block.matchAll(/^ {2}(\w+): /gm), ...ourScript.matchAll(/"(total_\w+|\w+_results?)"/g)].map((m) => m[1]!);
    assert.ok(ours.length >= 10, `only ${ours.length} keys found: the test no longer reads search-page.ts`);
    const known = translationKeys("en");
    assert.deepEqual(
      [...new Set(ours)].filter((key) => !known.has(key)),
      [],
      `${UPDATE_HINT}: diese Textschlüssel kennt das Paket nicht mehr`,
    );
  });
  it("has the instance methods we call, and announces through this.announce (which we replace)", () => {
    for (const method of ["setTranslations(", "announce(key", "getDisplaySubResults(", "triggerSearch(", "triggerSearchWithFilters(", "triggerFilters(", "getInstance("]) {
      assert.ok(bundle.includes(method), `${UPDATE_HINT}: ${method.replace("(", "")} fehlt`);
    }
    assert.match(bundle, /this\.announce\(key, \{ SEARCH_TERM/, `${UPDATE_HINT}: die Ergebniszahl wird nicht mehr über this.announce angesagt`);
    // The sort: search-page.ts wraps the search of the Pagefind that __load__ puts on the instance.
    assert.match(
      bundle,
      /async __search__\(term, filters\) \{[\s\S]*?await this\.__load__\(\);[\s\S]*?this\.__pagefind__\.search\(searchTerm, \{ filters \}\)/,
      `${UPDATE_HINT}: __search__ lädt Pagefind nicht mehr über __load__ oder sucht nicht mehr über __pagefind__.search (die Sortierung geht verloren)`,
    );
    assert.match(bundle, /this\.__pagefind__ = imported_pagefind/, `${UPDATE_HINT}: __pagefind__ ist nicht mehr das geladene Pagefind`);
    assert.match(bundle, /this\.openFilters = \(this\.getAttribute\("open"\)/, `${UPDATE_HINT}: <pagefind-filter-pane open> wird nicht mehr gelesen`);
    assert.match(bundle, /this\.resultTemplate = null/, `${UPDATE_HINT}: <pagefind-results> hat kein resultTemplate mehr`);
  });
  it("defines every element and reads every attribute the search page uses", () => {
    const elements = [...new Set([...ourPage.matchAll(/<(pagefind-[\w-]+)/g)].map((m) => m[1]!))];
    assert.ok(elements.length >= 4);
    for (const name of elements) assert.ok(bundle.includes(`customElements.define("${name}"`), `${UPDATE_HINT}: <${name}> gibt es nicht mehr`);
    for (const attribute of ["bundle-path", "excerpt-length", "no-worker"]) assert.ok(bundle.includes(`"${attribute}"`), `${UPDATE_HINT}: <pagefind-config ${attribute}> wird nicht mehr gelesen`);
  });
});
