/**
 * Child process of {@link renderInChild}: runs Eleventy into the folder given as argument and
 * sends the written pages (or the error) to the parent, then exits.
 */
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { builtAssetUrls } from "../render/assets.ts";
import { ProblemsError } from "../shared/problems.ts";
import { projectPath } from "./context.ts";
import type { RenderMessage } from "./render.ts";

/** An error and the errors it wraps, outermost first (Eleventy wraps errors, sometimes twice). */
function* causes(error: unknown): Generator<unknown> {
  for (let current = error, depth = 0; current && depth < 10; depth++) {
    yield current;
    current = (current as { cause?: unknown; originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
}

/** A ProblemsError anywhere in an error's cause chain. */
function findProblems(error: unknown): ProblemsError | undefined {
  for (const cause of causes(error)) if (cause instanceof ProblemsError) return cause;
  return undefined;
}

/** An error with the errors it wraps (Eleventy's own say little: "Error in your config file"). */
function describe(error: unknown): string {
  return [...causes(error)]
    .map((cause, depth) => (cause instanceof Error ? (depth === 0 ? (cause.stack ?? cause.message) : `Ursache: ${cause.message}`) : String(cause)))
    .join("\n");
}

const root = process.cwd();
const outDir = path.resolve(root, process.argv[2] ?? ".site-next");
let message: RenderMessage;
try {
  const eleventy = new Eleventy("src", outDir, { configPath: ".eleventy.ts", quietMode: true });
  const [, templates] = (await eleventy.write()) as unknown as [unknown, Array<{ inputPath: string; outputPath: string | false; url: string | false }>];
  const pages = templates
    .filter((t): t is { inputPath: string; outputPath: string; url: string } => typeof t.outputPath === "string" && typeof t.url === "string")
    .map((t) => ({ url: t.url, inputPath: projectPath(root, t.inputPath), file: path.relative(outDir, path.resolve(root, t.outputPath)).split(path.sep).join("/") }));
  message = { pages, assets: builtAssetUrls() };
} catch (error) {
  const problems = findProblems(error);
  message = problems ? { error: problems.message, problems: true } : { error: describe(error), problems: false };
}
process.send?.(message, () => process.exit("pages" in message ? 0 : 1));
