/**
 * Runs a command and measures it: wall time, CPU time (user + system of the whole process
 * tree, from GNU time where installed) and peak memory, both the largest single process
 * (`VmHWM`) and the sum over the process tree (`VmRSS` of every descendant, sampled).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** GNU time, if installed (Debian package `time`). */
export const GNU_TIME = "/usr/bin/time";

/** What one measured run gives. */
export interface RunResult {
  /** Exit code (null if killed by a signal). */
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** User + system CPU time of the process and all its children; undefined without GNU time. */
  cpuMs: number | undefined;
  /** Peak resident memory of the largest single process, in bytes. */
  maxProcessRss: number;
  /** Peak of the summed resident memory of the whole process tree, in bytes (sampled). */
  peakTreeRss: number;
}

/**
 * Reads a `kB` field such as `VmRSS` from the text of `/proc/<pid>/status`, in bytes.
 *
 * @example
 * statusBytes("Name:\tnode\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\n", "VmRSS") // => 1048576
 */
export function statusBytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/**
 * Parses the line GNU time writes for `-f "%e %U %S %M"`: wall, user and system seconds, and
 * the largest process's peak memory in kB.
 *
 * @example
 * parseGnuTime("1.50 2.25 0.25 409600\n") // => { cpuMs: 2500, maxRss: 419430400 }
 */
export function parseGnuTime(text: string): { cpuMs: number; maxRss: number } | undefined {
  const line = text.trim().split("\n").at(-1) ?? "";
  const match = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(line);
  if (!match) return undefined;
  return { cpuMs: Math.round((Number(match[2]) + Number(match[3])) * 1000), maxRss: Number(match[4]) * 1024 };
}

/** The process and all its descendants, via `/proc/<pid>/task/<tid>/children`. */
export function processTree(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift()!;
    out.push(current);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8").trim();
        if (children) queue.push(...children.split(/\s+/).map(Number));
      } catch {
        // The task ended between listing and reading: nothing to add.
      }
    }
  }
  return out;
}

/** Samples the memory of a process tree until stopped. */
class TreeSampler {
  peakTree = 0;
  maxProcess = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: number,
    intervalMs: number,
  ) {
    if (!existsSync("/proc/self/status")) return;
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  sample(): void {
    let sum = 0;
    for (const pid of processTree(this.pid)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        sum += statusBytes(status, "VmRSS");
        this.maxProcess = Math.max(this.maxProcess, statusBytes(status, "VmHWM"));
      } catch {
        // The process ended between listing and reading.
      }
    }
    this.peakTree = Math.max(this.peakTree, sum);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/** Options of {@link runMeasured}. */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Memory sampling interval; 50 ms by default. */
  sampleMs?: number;
}

/**
 * Runs `command args` in `cwd` and measures it. Uses GNU time for CPU time and the largest
 * process's peak where it is installed, and samples `/proc` for the tree's summed memory.
 *
 * @example
 * const run = await runMeasured("npm", ["run", "build"], { cwd: siteDir });
 * run.wallMs // => 8123.4
 */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const useTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(path.join(tmpdir(), "sez-bench-"));
  const timeFile = path.join(scratch, "time.txt");
  const [file, argv] = useTime ? [GNU_TIME, ["-f", "%e %U %S %M", "-o", timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  const sampler = new TreeSampler(child.pid!, options.sampleMs ?? 50);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallMs = performance.now() - started;
  sampler.stop();
  const gnu = useTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, "utf8")) : undefined;
  rmSync(scratch, { recursive: true, force: true });
  return {
    code,
    stdout,
    stderr,
    wallMs,
    cpuMs: gnu?.cpuMs,
    maxProcessRss: Math.max(gnu?.maxRss ?? 0, sampler.maxProcess),
    peakTreeRss: sampler.peakTree,
  };
}
