/**
 * Child process of {@link renderInChild}: runs Eleventy into the folder given as argument and
 * sends the written pages (or the error, already in German) to the parent, then exits. Before
 * Eleventy starts it checks the data and code files Eleventy would read (no race with the
 * parent's validation), and it ends itself when the parent goes away.
 */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
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
let message: RenderMessage;
try {
  const refused = sourceFileProblems(root);
  if (refused.length > 0) throw new ProblemsError(refused);
  const eleventy = new Eleventy("src", outDir, { configPath: ".eleventy.ts", quietMode: true });
  const [, templates] = (await eleventy.write()) as unknown as [unknown, Array<{ inputPath: string; outputPath: string | false; url: string | false }>];
  const pages = templates
    .filter((t): t is { inputPath: string; outputPath: string; url: string } => typeof t.outputPath === "string" && typeof t.url === "string")
    .map((t) => ({ url: t.url, inputPath: projectPath(root, t.inputPath), file: path.relative(outDir, path.resolve(root, t.outputPath)).split(path.sep).join("/") }));
  message = { pages, assets: builtAssetUrls() };
} catch (error) {
  message = { error: failureMessage(error, root, false), problems: true, details: details(error) };
}
process.send?.(message, () => process.exit("pages" in message ? 0 : 1));
