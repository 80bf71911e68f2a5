/** The machine and tool versions a benchmark ran with, for the report's header. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Where and with what the benchmark ran. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  /** CPU limit of the container (cgroup `cpu.max`), if any. */
  cpuLimit: string | undefined;
  memoryBytes: number;
  os: string;
  node: string;
  tools: Record<string, string>;
  /** 1-minute load average at the start and the end of the run: a busy machine shows here. */
  load: { start: number; end?: number };
}

/** Reads `version` from an installed package's package.json. */
export function packageVersion(root: string, name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The first line a command prints, or undefined if it is missing or fails. */
function commandLine(command: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 20_000 })
      .trim()
      .split("\n")[0];
  } catch {
    return undefined;
  }
}

/**
 * The `PRETTY_NAME` of `/etc/os-release`.
 *
 * @example
 * prettyName('NAME="Debian"\nPRETTY_NAME="Debian GNU/Linux 13 (trixie)"\n') // => "Debian GNU/Linux 13 (trixie)"
 */
export function prettyName(osRelease: string): string | undefined {
  return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1];
}

/**
 * Describes this machine and the tools, as far as they are installed.
 *
 * @example
 * machineInfo(process.cwd(), { hugo: "/usr/bin/hugo", chromium: "/usr/bin/chromium" }).cores // => 2
 */
export function machineInfo(root: string, binaries: { hugo?: string | undefined; chromium?: string | undefined }): MachineInfo {
  const cpuLimit = existsSync("/sys/fs/cgroup/cpu.max") ? readFileSync("/sys/fs/cgroup/cpu.max", "utf8").trim() : undefined;
  const tools: Record<string, string> = {};
  for (const name of ["@11ty/eleventy", "@11ty/eleventy-img", "pagefind", "html-minifier-terser", "markdown-it", "preact", "lighthouse", "@playwright/test", "typescript", "tsx"]) {
    // Lighthouse lives in the benchmark's own packages (bench/package.json).
    const version = packageVersion(root, name) ?? packageVersion(path.join(root, "bench"), name);
    if (version) tools[name] = version;
  }
  const hugo = binaries.hugo ? commandLine(binaries.hugo, ["version"]) : undefined;
  if (hugo) tools.hugo = hugo.replace(/^hugo /, "").split(" ")[0] ?? hugo;
  const chromium = binaries.chromium ? commandLine(binaries.chromium, ["--version"]) : undefined;
  if (chromium) tools.chromium = chromium;
  const npm = commandLine("npm", ["--version"]);
  if (npm) tools.npm = npm;
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    cpuLimit: cpuLimit && cpuLimit !== "max 100000" ? cpuLimit : undefined,
    memoryBytes: os.totalmem(),
    os: (existsSync("/etc/os-release") ? prettyName(readFileSync("/etc/os-release", "utf8")) : undefined) ?? `${os.type()} ${os.release()}`,
    node: process.version,
    tools,
    load: { start: os.loadavg()[0] ?? 0 },
  };
}
