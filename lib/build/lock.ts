/**
 * One build at a time per project folder: two builds would write into the same
 * `.site-next/` and break each other. The lock is a file holding the builder's process id;
 * a lock whose process is gone (a build that was killed) is stale and taken over.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import path from "node:path";
import { ProblemsError } from "../shared/problems.ts";

/** The lock file, relative to the project root. */
export const LOCK_FILE = ".build.lock";

/** Whether a process with this id runs (signal 0 tests without sending anything). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/** A taken lock: `release()` gives it back; `note` says if a stale lock was taken over. */
export interface BuildLock {
  release(): void;
  note?: string | undefined;
}

/**
 * Takes the build lock of `root`, or throws a {@link ProblemsError} ("ein anderer Build
 * läuft") if a living process holds it. A lock left by a dead process is taken over.
 *
 * @example
 * const lock = acquireBuildLock(process.cwd());
 * try { ... } finally { lock.release(); }
 */
export function acquireBuildLock(root: string, pid: number = process.pid): BuildLock {
  const file = path.join(root, LOCK_FILE);
  let note: string | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, `${pid}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      let released = false;
      return {
        note,
        release() {
          if (released) return;
          released = true;
          if (readLock(file)?.pid === pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      const holder = readLock(file);
      if (holder && alive(holder.pid) && holder.pid !== pid) {
        throw new ProblemsError([
          {
            file: LOCK_FILE,
            expected: "dass gerade kein anderer Build in diesem Projektordner läuft",
            received: `ein anderer Build läuft (Prozess ${holder.pid}${holder.since ? `, seit ${holder.since}` : ""})`,
            fix: "Warten Sie, bis der andere Build fertig ist, und starten Sie diesen dann erneut. Läuft sicher keiner mehr, löschen Sie die Datei .build.lock.",
          },
        ]);
      }
      rmSync(file, { force: true });
      note = `Eine alte Build-Sperre (Prozess ${holder?.pid ?? "unbekannt"}, beendet) wurde entfernt.`;
    }
  }
  throw new Error(`Die Build-Sperre ${LOCK_FILE} ließ sich nicht anlegen.`);
}

function readLock(file: string): { pid: number; since?: string | undefined } | undefined {
  try {
    const [pid, since] = readFileSync(file, "utf8").split("\n");
    return { pid: Number(pid), since: since?.trim() || undefined };
  } catch {
    return undefined;
  }
}
