/**
 * The Eleventy stage of the production build, in a child process of its own. Two reasons:
 * the build's own validation runs in the parent at the same time, on the second core; and
 * everything Eleventy holds (every rendered page, the data cascade: over a gigabyte at 4,000
 * pages) is returned to the system when the child exits, before the page pass and Pagefind
 * start. The child is `lib/build/render-child.ts`; it reports over Node's IPC channel.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { useBuiltAssets, type AssetName } from "../render/assets.ts";
import type { BuiltPage } from "./context.ts";

/** A page the child hands over as soon as it is rendered: its file in the output folder (its HTML is in the hand-over folder under the same path). */
export interface HandedOffPage {
  file: string;
}

/** Where the child hands over its pages, and who takes them. */
export interface HandOver {
  dir: string;
  onPage: (page: HandedOffPage) => void;
}

/** What the child sends: each rendered page, then the pages it wrote and the assets it built, or why it stopped. */
export type RenderMessage = { page: HandedOffPage } | { pages: BuiltPage[]; assets: Partial<Record<AssetName, string>> } | { error: string; problems: boolean; details?: string };

/** Why the render stopped: Eleventy's error, or a message already formatted for editors. */
export class RenderError extends Error {
  constructor(
    message: string,
    /** The message is a `ProblemsError`'s (file, field, fix), to be shown as it is. */
    readonly problems: boolean,
    /** What the child printed. */
    readonly log: string,
    /** The raw error chain with stacks, shown only with `--debug`. */
    readonly details = "",
  ) {
    super(message);
  }
}

/** The pages Eleventy wrote and what it printed meanwhile. */
export interface Rendered {
  pages: BuiltPage[];
  /** The child's output, held back so the parent prints it only if the build goes on. */
  log: string;
}

/**
 * Renders the site in `root` with Eleventy into `outDir` in a child process and returns the
 * pages it wrote; the CSS and JS it built become this process's assets too. With `handOver`,
 * the child writes every HTML page into its folder as soon as it is rendered (before Eleventy
 * has written it) and tells `onPage`. Rejects with a {@link RenderError}; `signal` stops the child.
 *
 * @example
 * const { pages, log } = await renderInChild(process.cwd(), ".site-next");
 */
export function renderInChild(root: string, outDir: string, signal?: AbortSignal, handOver?: HandOver): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL("./render-child.ts", import.meta.url)), handOver ? [outDir, handOver.dir] : [outDir], {
      cwd: root,
      // Same runtime flags as the build itself (tsx loader, young generation size).
      execArgv: process.execArgv,
      env: { ...process.env, SEZ_VALIDATED_BY_PARENT: "1" },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      signal,
    });
    let log = "";
    child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
    let message: Exclude<RenderMessage, { page: HandedOffPage }> | undefined;
    child.on("message", (received: RenderMessage) => {
      if ("page" in received) handOver?.onPage(received.page);
      else message = received;
    });
    child.on("error", (error) => reject(new RenderError(error.message, false, log)));
    // "close", not "exit": by then the child's output has been read completely.
    child.on("close", (code, signalName) => {
      if (message && "pages" in message && code === 0) {
        useBuiltAssets(root, message.assets);
        resolve({ pages: message.pages, log });
      } else if (message && "error" in message) reject(new RenderError(message.error, message.problems, log, message.details));
      else reject(new RenderError(`Eleventy ist ohne Ergebnis beendet worden (Code ${code ?? signalName}).${log ? `\n${log}` : ""}`, false, log));
    });
  });
}
