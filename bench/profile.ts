/**
 * Summarises V8 CPU profiles (from `node --cpu-prof` or `bench/cpu-profile-hook.mjs`): self
 * time per function and per package or project file, over all processes and threads of a
 * build, so BENCHMARKS.md can say where the build's time goes.
 *
 * `npm exec -- tsx bench/profile.ts <file.cpuprofile | folder of the hook> [project root]`
 * prints the summary.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The parts of a `.cpuprofile` this module reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** One row of a summary: a name and its self time. */
export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

/** Self time by function and by group, plus the profile's total. */
export interface ProfileSummary {
  totalMs: number;
  byGroup: ProfileRow[];
  byFunction: ProfileRow[];
}

/**
 * The group a script belongs to: an npm package, a project file, Node's internals, or one
 * of V8's pseudo frames such as `(garbage collector)`.
 *
 * @example
 * groupOf("file:///p/node_modules/@11ty/eleventy/src/Template.js", "/p") // => "@11ty/eleventy"
 * groupOf("file:///p/lib/validate/pages.ts", "/p")                        // => "lib/validate/pages.ts"
 * groupOf("node:internal/fs/utils", "/p")                                  // => "node (internals)"
 */
export function groupOf(url: string, root: string): string {
  if (url === "") return "(V8/native)";
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return "node (internals)";
  const file = url.replace(/^file:\/\//, "");
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1).replace(/\?.*$/, "") : file;
}

/** Pseudo frames that are not work: the thread waited. */
const IDLE = new Set(["(idle)"]);

/**
 * Self time per function and per group, over one or more profiles; time spent idle is left
 * out, so the total is CPU time.
 *
 * @example
 * summariseProfiles([JSON.parse(readFileSync("x.cpuprofile", "utf8"))], process.cwd()).byGroup[0]
 * // => { name: "@11ty/eleventy", ms: 1234.5, share: 0.21 }
 */
export function summariseProfiles(profiles: readonly CpuProfile[], root: string): ProfileSummary {
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMicros = 0;
  for (const profile of profiles) {
    const selfMicros = new Map<number, number>();
    profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
    for (const node of profile.nodes) {
      const micros = selfMicros.get(node.id) ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      if (micros === 0 || (url === "" && IDLE.has(functionName))) continue;
      totalMicros += micros;
      const group = functionName.startsWith("(") && url === "" ? functionName : groupOf(url, root);
      groups.set(group, (groups.get(group) ?? 0) + micros);
      const fn = url === "" ? functionName || "(anonymous)" : `${functionName || "(anonymous)"} ${groupOf(url, root)}:${lineNumber + 1}`;
      functions.set(fn, (functions.get(fn) ?? 0) + micros);
    }
  }
  const rows = (map: Map<string, number>): ProfileRow[] =>
    [...map.entries()].map(([name, micros]) => ({ name, ms: micros / 1000, share: totalMicros > 0 ? micros / totalMicros : 0 })).sort((a, b) => b.ms - a.ms);
  return { totalMs: totalMicros / 1000, byGroup: rows(groups), byFunction: rows(functions) };
}

/** A named part of the build, recognised by a frame on the stack. */
export interface ProfilePart {
  label: string;
  test(frame: CpuProfile["nodes"][number]["callFrame"]): boolean;
}

/**
 * Inclusive time of each part: every sample whose stack holds a frame of the part counts
 * (once) for it. Parts may nest, so shares can add up to more than 100 %.
 *
 * @example
 * inclusiveTimes(profiles, [{ label: "validation", test: (f) => f.functionName === "validateSources" }])
 * // => [{ name: "validation", ms: 812, share: 0.09 }]
 */
export function inclusiveTimes(profiles: readonly CpuProfile[], parts: readonly ProfilePart[]): ProfileRow[] {
  const totals = new Map<string, number>(parts.map((p) => [p.label, 0]));
  let all = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const memo = new Map<number, Set<string>>();
    const labelsOf = (id: number): Set<string> => {
      let labels = memo.get(id);
      if (labels) return labels;
      const up = parent.get(id);
      labels = new Set(up === undefined ? [] : labelsOf(up));
      const frame = byId.get(id)!.callFrame;
      for (const part of parts) if (part.test(frame)) labels.add(part.label);
      memo.set(id, labels);
      return labels;
    };
    profile.samples.forEach((id, index) => {
      const frame = byId.get(id)?.callFrame;
      if (!frame || (frame.url === "" && IDLE.has(frame.functionName))) return;
      const micros = profile.timeDeltas[index] ?? 0;
      all += micros;
      for (const label of labelsOf(id)) totals.set(label, totals.get(label)! + micros);
    });
  }
  return parts.map((p) => ({ name: p.label, ms: totals.get(p.label)! / 1000, share: all > 0 ? totals.get(p.label)! / all : 0 }));
}

/** A profile written by `bench/cpu-profile-hook.mjs`. */
export interface HookProfile {
  argv: string[];
  threadId: number;
  profile: CpuProfile;
}

/**
 * Reads the profiles in a folder: `.cpuprofile` files and the hook's `.json` files.
 */
export function readProfiles(target: string): HookProfile[] {
  const files = statSync(target).isDirectory() ? readdirSync(target).map((f) => path.join(target, f)) : [target];
  return files
    .filter((f) => f.endsWith(".json") || f.endsWith(".cpuprofile"))
    .map((f) => {
      const parsed = JSON.parse(readFileSync(f, "utf8")) as HookProfile | CpuProfile;
      return "profile" in parsed ? parsed : { argv: [f], threadId: 0, profile: parsed };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const summary = summariseProfiles(
    readProfiles(process.argv[2]!).map((p) => p.profile),
    process.argv[3] ?? process.cwd(),
  );
  const show = (rows: ProfileRow[]) =>
    rows
      .slice(0, Number(process.env.TOP ?? 25))
      .map((r) => `${r.ms.toFixed(0).padStart(8)} ms ${(r.share * 100).toFixed(1).padStart(5)} %  ${r.name}`)
      .join("\n");
  console.log(`total ${summary.totalMs.toFixed(0)} ms\n\nby group:\n${show(summary.byGroup)}\n\nby function:\n${show(summary.byFunction)}`);
}
