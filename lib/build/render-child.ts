/**
 * Child process of {@link renderInChild}: runs Eleventy into the folder given as argument and
 * sends the written pages (or the error, already in German) to the parent, then exits. Each
 * HTML page also goes to the parent as soon as it is rendered, so the page pass runs on the
 * other core while Eleventy renders the rest. Before
 * Eleventy starts it checks the data and code files Eleventy would read (no race with the
 * parent's validation), and it ends itself when the parent goes away.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { builtAssetUrls } from "../render/assets.ts";
import { ProblemsError } from "../shared/problems.ts";
import { sourceFileProblems } from "../validate/paths.ts";
import { causes, failureMessage } from "./failure.ts";
import { projectPath } from "./context.ts";
import type { RenderMessage } from "./render.ts";

// The parent died or was killed: nothing would read what this child writes.
process.on("disconnect", () => process.exit(1));

/** The raw error chain with stacks, for `--debug`. */
function details(error: unknown): string {
  return [...causes(error)].map((cause) => (cause instanceof Error ? (cause.stack ?? cause.message) : String(cause))).join("\nUrsache: ");
}

const root = process.cwd();
const outDir = path.resolve(root, process.argv[2] ?? ".site-next");
/** Where rendered pages are handed over (see {@link handOffPages}); none: no hand-over. */
const handoffDir = process.argv[3];
/**
 * A transform that sends every HTML page to the parent as Eleventy is about to write it.
 * Registered through Eleventy's `config` option, it runs before the transforms of
 * `.eleventy.ts`; none of those changes a production page (`confine-output` only refuses,
 * the preview's overlay is not registered here), and the integration test that compares this
 * build with a sequential one would see it if one did. A page that is not handed over (not a
 * whole document) is read from its file by the page pass, as before.
 */
function handOffPages(config: UserConfig, outDir: string, handoffDir: string | undefined): void {
  if (!handoffDir) return;
  config.addTransform("sez-hand-off", function (this: { page: { outputPath: string | false } }, content: string) {
    const { outputPath } = this.page;
    // Whole documents only: the feeds' `renderTransforms` filter (eleventy-plugin-rss) runs the
    // transforms on an article's body too, with the article's page as `this.page`.
    if (typeof outputPath === "string" && outputPath.endsWith(".html") && /^<!doctype html>/i.test(content)) {
      const file = path.relative(outDir, path.resolve(root, outputPath)).split(path.sep).join("/");
      // The HTML goes through a file in memory (/dev/shm), not the IPC channel: a message of
      // every page would pile up in both processes while the parent is busy validating.
      const target = path.join(handoffDir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
      process.send?.({ page: { file } } satisfies RenderMessage);
    }
    return content;
  });
}

let message: RenderMessage;
try {
  const refused = sourceFileProblems(root);
  if (refused.length > 0) throw new ProblemsError(refused);
  const eleventy = new Eleventy("src", outDir, { configPath: ".eleventy.ts", quietMode: true, config: (config: UserConfig) => handOffPages(config, outDir, handoffDir) });
  const [, templates] = (await eleventy.write()) as unknown as [unknown, Array<{ inputPath: string; outputPath: string | false; url: string | false }>];
  const pages = templates
    .filter((t): t is { inputPath: string; outputPath: string; url: string } => typeof t.outputPath === "string" && typeof t.url === "string")
    .map((t) => ({ url: t.url, inputPath: projectPath(root, t.inputPath), file: path.relative(outDir, path.resolve(root, t.outputPath)).split(path.sep).join("/") }));
  message = { pages, assets: builtAssetUrls() };
} catch (error) {
  message = { error: failureMessage(error, root, false), problems: true, details: details(error) };
}
process.send?.(message, () => process.exit("pages" in message ? 0 : 1));
