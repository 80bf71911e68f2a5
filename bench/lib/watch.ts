/**
 * Incremental rebuild in watch mode: starts `eleventy --watch --incremental` in a work copy
 * (as `npm start` does, without the dev server), edits one Markdown page at a time and
 * measures until the page's HTML holds the edit. Works for the bare Eleventy copy too, and
 * for Hugo (`hugo --watch`, which writes its output to disk as well).
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, readFileSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { median } from "./stats.ts";

/** One edit: how long until the output changed, measured three ways. */
export interface WatchSample {
  file: string;
  /** From writing the Markdown file to the new HTML on disk: what an editor waits. */
  editToOutputMs: number;
  /** From the tool's "File changed" ("Change detected") line to the new HTML: the rebuild without the watcher's delay. */
  changeToOutputMs: number;
  /** What the tool itself reports (Eleventy: "Wrote 1 file in 0.12 seconds", Hugo: "Total in 91 ms"). */
  eleventyMs: number | undefined;
}

/** Debian's Hugo, which the benchmark installs where it is missing. */
export const HUGO = "/usr/bin/hugo";

/** How to start a watcher and read its log. */
interface WatchTool {
  command: string;
  args: (config: string, outputDir: string) => string[];
  /** The line that says the first build is done and the watcher runs. */
  ready: RegExp;
  /** The line that says a change was noticed. */
  changed: RegExp;
  /** The line that says the rebuild is done. */
  rebuilt: RegExp;
  /** Files written and the tool's own time from the rebuilt line. */
  parseRebuilt: (line: string) => { files: number | undefined; ms: number } | undefined;
}

const TOOLS = {
  eleventy: {
    command: "eleventy",
    args: (config, outputDir) => [`--config=${config}`, "--watch", "--incremental", `--output=${outputDir}`],
    ready: /Watching/,
    changed: /File changed/,
    rebuilt: /Wrote \d+ file/,
    parseRebuilt: parseWroteLine,
  },
  hugo: {
    command: HUGO,
    args: (_config, outputDir) => ["--watch", `--destination=${outputDir}`],
    ready: /Watching for changes/,
    changed: /Change detected/,
    rebuilt: /Total in \d+ ms/,
    parseRebuilt: parseHugoTotal,
  },
} satisfies Record<string, WatchTool>;

/**
 * Reads Hugo's "Total in N ms" line (Hugo does not say how many files it wrote).
 *
 * @example
 * parseHugoTotal("Total in 91 ms") // => { files: undefined, ms: 91 }
 */
export function parseHugoTotal(line: string): { files: undefined; ms: number } | undefined {
  const match = /Total in (\d+) ms/.exec(line);
  return match ? { files: undefined, ms: Number(match[1]) } : undefined;
}

/** Result of {@link measureIncremental}. */
export interface WatchResult {
  samples: WatchSample[];
  medianEditToOutputMs: number;
  medianChangeToOutputMs: number;
  medianEleventyMs: number;
  /** Files written per rebuild, from Eleventy's log (1 means truly incremental). */
  filesWritten: number[];
  initialBuildMs: number;
}

/**
 * Reads Eleventy's "Wrote N files ... in S seconds" line.
 *
 * @example
 * parseWroteLine("[11ty] Wrote 1 file (skipped 267) in 0.13 seconds (v3.1.8)") // => { files: 1, ms: 130 }
 */
export function parseWroteLine(line: string): { files: number; ms: number } | undefined {
  const match = /Wrote (\d+) files? .*?in ([\d.]+) seconds/.exec(line);
  return match ? { files: Number(match[1]), ms: Math.round(Number(match[2]) * 1000) } : undefined;
}

/** A running watcher with its log lines and their arrival times. */
class Watcher {
  readonly lines: { at: number; text: string }[] = [];
  private readonly waiters: { test: RegExp; resolve: (line: { at: number; text: string } | undefined) => void }[] = [];
  readonly child: ChildProcessWithoutNullStreams;

  constructor(tool: WatchTool, siteDir: string, outputDir: string, config: string, loader: string | undefined) {
    const nodeOptions = [process.env.NODE_OPTIONS, loader ? `--import ${loader}` : undefined].filter(Boolean).join(" ");
    this.child = spawn(tool.command, tool.args(config, outputDir), {
      cwd: siteDir,
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
      detached: true,
    });
    let buffer = "";
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      for (const text of parts) this.push(text);
    };
    this.child.stdout.on("data", onData);
    this.child.stderr.on("data", onData);
  }

  private push(text: string): void {
    const line = { at: performance.now(), text };
    this.lines.push(line);
    for (const waiter of [...this.waiters]) {
      if (waiter.test.test(text)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  }

  /** The next line matching `test` that arrives from now on, or undefined after `timeoutMs`. */
  next(test: RegExp, timeoutMs: number): Promise<{ at: number; text: string } | undefined> {
    return new Promise((resolve) => {
      const waiter = { test, resolve: (line: { at: number; text: string } | undefined) => (clearTimeout(timer), resolve(line)) };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Like {@link next}, but a missing line is an error that shows the log. */
  async expect(test: RegExp, timeoutMs: number): Promise<{ at: number; text: string }> {
    const line = await this.next(test, timeoutMs);
    if (!line) throw new Error(`${this.child.spawnfile} --watch: no line matching ${test} after ${timeoutMs} ms:\n${this.lines.map((l) => l.text).join("\n")}`);
    return line;
  }

  /** Resolves once no line has arrived for `ms` (queued rebuilds have finished). */
  async quiet(ms: number): Promise<void> {
    while (await this.next(/./, ms));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || !this.child.pid) return;
    const exited = new Promise((resolve) => this.child.on("exit", resolve));
    process.kill(-this.child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
}

/**
 * Resolves with the time `file` first contains `marker` (undefined after `timeoutMs`); uses
 * inotify on its folder and a slow poll as a safety net.
 */
function outputContains(file: string, marker: string, timeoutMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const check = () => existsSync(file) && readFileSync(file, "utf8").includes(marker);
    const watcher = watch(path.dirname(file), () => {
      if (check()) done(performance.now());
    });
    const poll = setInterval(() => {
      if (check()) done(performance.now());
    }, 100);
    const timer = setTimeout(() => finish(() => resolve(undefined)), timeoutMs);
    function finish(then: () => void) {
      watcher.close();
      clearInterval(poll);
      clearTimeout(timer);
      then();
    }
    function done(at: number) {
      finish(() => resolve(at));
    }
  });
}

/** Options of {@link measureIncremental}. */
export interface WatchOptions {
  /** Markdown files (relative to the work copy) and the HTML file each produces. */
  pages: { file: string; output: string }[];
  /** Output folder of the watcher, relative to the work copy. */
  outputDir?: string;
  /** Which watcher: Eleventy (default) or Hugo. */
  tool?: keyof typeof TOOLS;
  /** Eleventy config file; `.eleventy.ts` (the site's) by default. */
  config?: string;
  /** Module preloaded with `--import`; `tsx/esm` by default (the site's config is TypeScript), none with `false`. */
  loader?: string | false;
  timeoutMs?: number;
}

/**
 * Edits each page once in watch mode and measures the rebuild. The edits are undone at the end.
 *
 * @example
 * const result = await measureIncremental(siteDir, { pages: [{ file: "src/themen/a.md", output: "themen/a/index.html" }] });
 * result.medianEditToOutputMs // => 240
 */
export async function measureIncremental(siteDir: string, options: WatchOptions): Promise<WatchResult> {
  const outputDir = options.outputDir ?? ".site-watch";
  const timeoutMs = options.timeoutMs ?? 120_000;
  const tool: WatchTool = TOOLS[options.tool ?? "eleventy"];
  const watcher = new Watcher(tool, siteDir, outputDir, options.config ?? ".eleventy.ts", options.loader === false ? undefined : (options.loader ?? "tsx/esm"));
  const originals = new Map<string, string>();
  try {
    const started = performance.now();
    const ready = await watcher.expect(tool.ready, 10 * 60_000);
    const initialBuildMs = ready.at - started;
    const edit = (file: string, marker: string) => {
      const source = path.join(siteDir, file);
      const original = originals.get(source) ?? readFileSync(source, "utf8");
      originals.set(source, original);
      writeFileSync(source, `${original.trimEnd()}\n\nEin neuer Absatz: ${marker}.\n`);
    };
    // "Watching…" comes before the watcher has scanned every file; edit until it notices one.
    const first = options.pages[0]!;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 30) throw new Error(`${tool.command} --watch does not notice edits`);
      const noticed = watcher.next(tool.changed, 5000);
      edit(first.file, `Aufwaermen-${attempt}`);
      if (await noticed) break;
    }
    await watcher.expect(tool.rebuilt, timeoutMs);
    await watcher.quiet(1000);
    const samples: WatchSample[] = [];
    const filesWritten: number[] = [];
    for (const [index, page] of options.pages.entries()) {
      const marker = `Benchmark-Änderung-${index}-${Date.now()}`;
      const changed = watcher.expect(tool.changed, timeoutMs);
      const wrote = watcher.expect(tool.rebuilt, timeoutMs);
      const output = outputContains(path.join(siteDir, outputDir, page.output), marker, timeoutMs);
      const editedAt = performance.now();
      edit(page.file, marker);
      const [changeLine, outputAt, wroteLine] = await Promise.all([changed, output, wrote]);
      if (outputAt === undefined) throw new Error(`${page.output} does not hold the edit after ${timeoutMs} ms`);
      const parsed = tool.parseRebuilt(wroteLine.text);
      if (parsed?.files !== undefined) filesWritten.push(parsed.files);
      samples.push({ file: page.file, editToOutputMs: outputAt - editedAt, changeToOutputMs: outputAt - changeLine.at, eleventyMs: parsed?.ms });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return {
      samples,
      medianEditToOutputMs: median(samples.map((s) => s.editToOutputMs)),
      medianChangeToOutputMs: median(samples.map((s) => s.changeToOutputMs)),
      medianEleventyMs: median(samples.flatMap((s) => (s.eleventyMs === undefined ? [] : [s.eleventyMs]))),
      filesWritten,
      initialBuildMs,
    };
  } finally {
    await watcher.stop();
    for (const [file, text] of originals) writeFileSync(file, text);
  }
}
