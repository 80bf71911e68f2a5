/**
 * The swap of a finished build into `_site/`, and its recovery. The swap is two renames
 * (`_site/` → `.site-previous/`, `.site-next/` → `_site/`); a crash between them would leave
 * no `_site/`. A journal file written before the first rename says that `.site-next/` is
 * complete, so the next build can finish or undo any interrupted swap before it starts.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The folders and the journal of a swap, all in the project root. */
export interface SwapDirs {
  final: string;
  next: string;
  previous: string;
  journal: string;
}

/**
 * The swap folders below `root`.
 *
 * @example
 * swapDirs("/p").final // => "/p/_site"
 */
export function swapDirs(root: string): SwapDirs {
  return { final: path.join(root, "_site"), next: path.join(root, ".site-next"), previous: path.join(root, ".site-previous"), journal: path.join(root, ".site-swap") };
}

/** Steps of {@link swapIn}, for tests that interrupt it. */
export type SwapStep = "journal" | "final-to-previous" | "next-to-final" | "previous-removed";

/**
 * Moves the complete build in `next` to `final`; the old `final` is removed at the end.
 * `afterStep` is called after each step (tests throw there to simulate a crash).
 *
 * @example
 * swapIn(swapDirs(process.cwd()));
 */
export function swapIn(dirs: SwapDirs, afterStep: (step: SwapStep) => void = () => {}): void {
  rmSync(dirs.previous, { recursive: true, force: true });
  writeFileSync(dirs.journal, "Austausch von .site-next/ nach _site/ begonnen; .site-next/ ist vollständig.\n");
  afterStep("journal");
  if (existsSync(dirs.final)) renameSync(dirs.final, dirs.previous);
  afterStep("final-to-previous");
  renameSync(dirs.next, dirs.final);
  afterStep("next-to-final");
  rmSync(dirs.previous, { recursive: true, force: true });
  afterStep("previous-removed");
  rmSync(dirs.journal, { force: true });
}

/**
 * Brings the folders back to a clean state after any interruption, before a build starts:
 * an interrupted swap is finished (its `next` was complete) or, without a journal, the
 * previous `_site/` is put back; a half-built `next` is removed. Returns what it did, in
 * German, or undefined when nothing was to do.
 *
 * @example
 * const note = recoverSwap(swapDirs(process.cwd()));
 * if (note) console.log(note);
 */
export function recoverSwap(dirs: SwapDirs): string | undefined {
  const journal = existsSync(dirs.journal);
  const final = existsSync(dirs.final);
  const next = existsSync(dirs.next);
  const previous = existsSync(dirs.previous);
  let note: string | undefined;
  if (journal && !final && next) {
    renameSync(dirs.next, dirs.final);
    note = "Der letzte Build wurde beim Austausch von _site/ unterbrochen; der Austausch ist jetzt abgeschlossen: _site/ enthält die Fassung dieses letzten Builds.";
  } else if (!final && previous) {
    renameSync(dirs.previous, dirs.final);
    note = "Der letzte Build wurde beim Austausch von _site/ unterbrochen; _site/ ist wieder die vorher veröffentlichte Fassung.";
  } else if (next && !journal) {
    note = "Ein abgebrochener Build hatte .site-next/ hinterlassen; der Ordner wurde entfernt. _site/ ist unverändert.";
  }
  rmSync(dirs.next, { recursive: true, force: true });
  rmSync(dirs.previous, { recursive: true, force: true });
  rmSync(dirs.journal, { force: true });
  return note;
}
