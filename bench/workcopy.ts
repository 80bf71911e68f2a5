/**
 * Work copies for the benchmark under `bench/.work/` (git-ignored):
 *
 * - `site-N/`: the whole project (whatever `npm run build` needs: lib, layouts, assets,
 *   scripts, config, the real pages and data) plus the N corpus pages and their topics,
 *   with node_modules linked and the warm image cache copied. Built with `npm run build`.
 * - `bare-N/`: the same Markdown files with `bench/bare/` (Eleventy, trivial layout, no plugins).
 * - `hugo-N/`: the same Markdown files with `bench/hugo/` (Hugo, trivial layout).
 *
 * `npm exec -- tsx bench/workcopy.ts 4000` prepares the three for N = 4,000 and prints their paths.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SEED, generateCorpus, projectInputs, topicsYaml, type Corpus } from "./corpus.ts";

/** Folder of all work copies, relative to the project root. */
export const WORK_DIR = "bench/.work";

/** Where old work copies and outputs wait until the end of a benchmark run. */
const TRASH_DIR = "bench/.work/trash";
let trashed = 0;

/**
 * Moves a folder out of the way instead of deleting it: deleting thousands of folders keeps
 * the file system busy for seconds (ext4 with `discard` on the benchmark machine) and slowed
 * the next build by half. {@link emptyTrash} deletes everything once the measuring is done.
 */
export function moveAside(root: string, dir: string): void {
  if (!existsSync(dir)) return;
  const trash = path.join(root, TRASH_DIR);
  mkdirSync(trash, { recursive: true });
  renameSync(dir, path.join(trash, `${process.pid}-${trashed++}`));
}

/** Deletes what {@link moveAside} set aside. */
export function emptyTrash(root: string): void {
  rmSync(path.join(root, TRASH_DIR), { recursive: true, force: true });
}

/** Top-level entries of the project that are outputs, caches or tooling, never build inputs. */
const NOT_COPIED = new Set(["node_modules", ".git", "bench", "_site", ".site-next", ".site-previous", ".site-watch", ".cache", "test-results", "playwright-report", ".scratch"]);

/**
 * Whether a top-level entry of the project belongs in a work copy.
 *
 * @example
 * isCopied("lib")   // => true
 * isCopied("_site") // => false
 */
export function isCopied(name: string): boolean {
  return !NOT_COPIED.has(name);
}

function linkNodeModules(root: string, dir: string): void {
  symlinkSync(realpathSync(path.join(root, "node_modules")), path.join(dir, "node_modules"), "dir");
}

/** Every Markdown file below `dir`, as paths relative to it. */
function markdownFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(dir, relative));
    else if (entry.name.endsWith(".md")) out.push(relative);
  }
  return out.sort();
}

/**
 * Creates `bench/.work/site-N/`: a copy of the project with N corpus pages added.
 * Returns its absolute path and the corpus.
 */
export function prepareSite(root: string, pages: number, seed = DEFAULT_SEED): { dir: string; corpus: Corpus } {
  const dir = path.join(root, WORK_DIR, `site-${pages}`);
  moveAside(root, dir);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(root)) {
    if (isCopied(entry)) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  linkNodeModules(root, dir);
  if (existsSync(path.join(root, ".cache"))) cpSync(path.join(root, ".cache"), path.join(dir, ".cache"), { recursive: true });

  const inputs = projectInputs(root);
  const corpus = generateCorpus({ pages, seed, ...inputs });
  writeFileSync(path.join(dir, "_data/topics.yaml"), topicsYaml(inputs.topicsYamlText, corpus.topics));
  for (const file of corpus.files) {
    mkdirSync(path.dirname(path.join(dir, "src", file.path)), { recursive: true });
    writeFileSync(path.join(dir, "src", file.path), file.text);
  }
  return { dir, corpus };
}

/** Creates `bench/.work/bare-N/` from the Markdown of `site-N/`. Returns its absolute path. */
export function prepareBare(root: string, siteDir: string, pages: number): string {
  const dir = path.join(root, WORK_DIR, `bare-${pages}`);
  moveAside(root, dir);
  cpSync(path.join(root, "bench/bare"), dir, { recursive: true });
  linkNodeModules(root, dir);
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "sez-bench-bare", private: true, type: "module", scripts: { build: "eleventy --config=eleventy.config.js" } }, null, 2)}\n`);
  for (const file of markdownFiles(path.join(siteDir, "src"))) {
    mkdirSync(path.dirname(path.join(dir, "src", file)), { recursive: true });
    cpSync(path.join(siteDir, "src", file), path.join(dir, "src", file));
  }
  return dir;
}

/**
 * Hugo's name for a Markdown file: `index.md` of a folder is the folder's own page, `_index.md`.
 *
 * @example
 * hugoContentPath("themen/index.md") // => "themen/_index.md"
 * hugoContentPath("kontakt.md")      // => "kontakt.md"
 */
export function hugoContentPath(file: string): string {
  return file.replace(/(^|\/)index\.md$/, "$1_index.md");
}

/** Creates `bench/.work/hugo-N/` from the Markdown of `site-N/`. Returns its absolute path. */
export function prepareHugo(root: string, siteDir: string, pages: number): string {
  const dir = path.join(root, WORK_DIR, `hugo-${pages}`);
  moveAside(root, dir);
  cpSync(path.join(root, "bench/hugo"), dir, { recursive: true });
  for (const file of markdownFiles(path.join(siteDir, "src"))) {
    const target = path.join(dir, "content", hugoContentPath(file));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(siteDir, "src", file), target);
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = Number(process.argv[2] ?? 4000);
  const site = prepareSite(process.cwd(), pages).dir;
  console.log(site);
  console.log(prepareBare(process.cwd(), site, pages));
  console.log(prepareHugo(process.cwd(), site, pages));
  emptyTrash(process.cwd());
}
