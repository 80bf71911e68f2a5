/**
 * What an install costs: the results of `npm run bench:install` (bench/install-size.ts), kept in
 * `bench/install.json` and rendered as a section of BENCHMARKS.md by every run of the report
 * (bench/lib/report.ts), so `npm run bench` keeps it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { bytes, seconds, table } from "./stats.ts";

/** Where the install measurement is kept. */
export const INSTALL_FILE = "bench/install.json";

/** One measured install. */
export interface InstallVariant {
  /** What it is for, e.g. "production (deploy)". */
  label: string;
  /** The command, run in a fresh clone. */
  command: string;
  /** Wall time of the install in milliseconds. */
  ms: number;
  /** Bytes of the `node_modules/` it created (`du -sb`). */
  bytes: number;
  /** Packages in it (entries of `node_modules/.package-lock.json`). */
  packages: number;
}

/** The whole install measurement. */
export interface InstallResults {
  date: string;
  command: string;
  machine: string;
  npm: string;
  variants: InstallVariant[];
  /** Packages checked to be absent from the production install. */
  absent: string[];
  /** The largest packages of the production install. */
  largest?: Array<{ name: string; bytes: number }>;
  /** `npm run build` in the production install. */
  build: { ok: boolean; ms: number; pages: number };
}

/**
 * Reads `bench/install.json`, or undefined when it was never measured.
 *
 * @example
 * loadInstall(process.cwd())?.variants[0]?.label // => "production: what the deploy installs"
 */
export function loadInstall(root: string): InstallResults | undefined {
  const file = path.join(root, INSTALL_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as InstallResults) : undefined;
}

/**
 * Bytes from the first field of `du -sb` output.
 *
 * @example
 * parseDu("508133245\tnode_modules\n") // => 508133245
 */
export function parseDu(output: string): number {
  const value = Number(output.trim().split(/\s+/)[0]);
  if (!Number.isFinite(value)) throw new Error(`du printed no size: ${output}`);
  return value;
}

/**
 * The Markdown section of BENCHMARKS.md about install sizes.
 *
 * @example
 * installSection(undefined) // => "Not measured: run `npm run bench:install`."
 */
export function installSection(install: InstallResults | undefined): string {
  if (!install) return "Not measured: run `npm run bench:install`.";
  const rows = install.variants.map((v) => [v.label, `\`${v.command}\``, bytes(v.bytes), String(v.packages), seconds(v.ms)]);
  const build = install.build.ok ? `built ${install.build.pages} pages in ${seconds(install.build.ms)}` : "**failed**";
  return [
    `Measured by \`${install.command}\` on ${install.date.slice(0, 16).replace("T", " ")} UTC (${install.machine}; npm ${install.npm}; npm's cache warm, so the times are`,
    "unpacking and linking, not downloading). Each install runs in a fresh `git clone` of the committed tree; sizes are `du -sb` of the `node_modules/` it creates.",
    "Sizes repeat exactly; times are single runs on a machine shared with other work and scatter by tens of percent between runs.",
    "",
    table(["install", "command", "node_modules", "packages", "time"], rows),
    "",
    ...(install.largest ? [`Largest packages of the production install: ${install.largest.map((p) => `\`${p.name}\` ${bytes(p.bytes)}`).join(", ")}.`, ""] : []),
    `The production install has none of ${install.absent.map((n) => `\`${n}\``).join(", ")}; \`npm run build\` in it ${build}.`,
  ].join("\n");
}
