/**
 * "Letzte Aktualisierung" without front matter comes from the file's last git commit, never
 * from the file system: a fresh clone sets every mtime to the clone time.
 *
 * A file that was never committed (a new page in the preview) has no date: the page shows
 * no "Letzte Aktualisierung" line until the file is committed or `updated:` is set. The same
 * holds in a shallow clone (`git clone --depth`) for files whose newest commit lies beyond
 * the cut-off: their real date is unknown, and no date is better than a wrong one.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Parses `git log --format=%x00%H %cI --name-only` output into the newest commit date per
 * file. Commits in `unknown` (the cut-off commits of a shallow clone, which seem to add every
 * file) give no date.
 *
 * @example
 * parseGitLog("\0abc 2024-05-01T10:00:00+02:00\n\nsrc/a.md\n") // => Map { "src/a.md" => "2024-05-01T10:00:00+02:00" }
 */
export function parseGitLog(output: string, unknown: ReadonlySet<string> = new Set()): Map<string, string> {
  const dates = new Map<string, string>();
  const settled = new Set<string>();
  for (const entry of output.split("\0")) {
    const [header, ...files] = entry.split("\n");
    const parts = header?.trim().split(/\s+/) ?? [];
    const date = parts.at(-1);
    if (!date) continue;
    const hash = parts.length > 1 ? parts[0] : undefined;
    for (const file of files) {
      const name = file.trim();
      if (!name || settled.has(name)) continue;
      settled.add(name);
      if (!hash || !unknown.has(hash)) dates.set(name, date);
    }
  }
  return dates;
}

/** The cut-off commits of a shallow clone (empty for a full clone). */
function shallowCommits(root: string): Set<string> {
  try {
    const file = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-path", "shallow"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return existsSync(file) ? new Set(readFileSync(file, "utf8").split("\n").filter(Boolean)) : new Set();
  } catch {
    return new Set();
  }
}

let cache: { root: string; dates: Map<string, string> } | undefined;

/**
 * The ISO date of the last commit that touched each file below `root/src` (one `git log`
 * call for the whole repository). Files never committed are absent. Outside git: empty.
 *
 * @example
 * gitDates(process.cwd()).get("src/kontakt.md") // => "2026-11-24T19:00:08+00:00"
 */
export function gitDates(root: string): Map<string, string> {
  if (cache?.root === root) return cache.dates;
  let dates = new Map<string, string>();
  try {
    const output = execFileSync("git", ["log", "--format=%x00%H %cI", "--name-only", "--relative", "--no-renames", "--", "src"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
    dates = parseGitLog(output, shallowCommits(root));
  } catch {
    dates = new Map();
  }
  cache = { root, dates };
  return dates;
}

/** Forgets the cached log, so a watch rebuild sees new commits. */
export function resetGitDates(): void {
  cache = undefined;
}

/**
 * The last-update date of a page: front matter `updated` wins, then git, else undefined.
 *
 * @example
 * lastUpdated("./src/kontakt.md", "2013-02-11", root) // => "2013-02-11"
 * lastUpdated("./src/neu.md", undefined, root)        // => undefined (never committed)
 */
export function lastUpdated(inputPath: string, updated: string | undefined, root: string): string | undefined {
  if (updated) return updated;
  const relative = path.posix.normalize(path.relative(root, path.resolve(root, inputPath)).split(path.sep).join("/"));
  return gitDates(root).get(relative);
}
