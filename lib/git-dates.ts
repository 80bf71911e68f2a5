/**
 * "Letzte Aktualisierung" without front matter comes from the file's last git commit, never
 * from the file system: a fresh clone sets every mtime to the clone time.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Parses `git log --format=%x00%cI --name-only` output into the newest commit date per file.
 *
 * @example
 * parseGitLog("\0 2024-05-01T10:00:00+02:00\n\nsrc/a.md\n") // => Map { "src/a.md" => "2024-05-01T10:00:00+02:00" }
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const entry of output.split("\0")) {
    const [header, ...files] = entry.split("\n");
    const date = header?.trim();
    if (!date) continue;
    for (const file of files) {
      const name = file.trim();
      if (name && !dates.has(name)) dates.set(name, date);
    }
  }
  return dates;
}

let cache: { root: string; dates: Map<string, string> } | undefined;

/**
 * The ISO date of the last commit that touched each file below `root` (one `git log` call
 * for the whole repository). Files never committed are absent. Outside git: empty.
 */
export function gitDates(root: string): Map<string, string> {
  if (cache?.root === root) return cache.dates;
  let dates = new Map<string, string>();
  try {
    const output = execFileSync("git", ["log", "--format=%x00%cI", "--name-only", "--no-renames", "--", "src"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
    dates = parseGitLog(output);
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
 */
export function lastUpdated(inputPath: string, updated: string | undefined, root: string): string | undefined {
  if (updated) return updated;
  const relative = path.posix.normalize(path.relative(root, path.resolve(root, inputPath)).split(path.sep).join("/"));
  return gitDates(root).get(relative);
}
