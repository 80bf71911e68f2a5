import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { recoverSwap, swapDirs, swapIn, type SwapStep } from "../../../lib/build/swap.ts";

let root = "";
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "sez-swap-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A folder with one file saying which build made it. */
function site(dir: string, version: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.html"), version);
}
const version = (dir: string): string | undefined => (existsSync(path.join(dir, "index.html")) ? readFileSync(path.join(dir, "index.html"), "utf8") : undefined);

describe("swapIn", () => {
  it("moves the new build into _site/ and leaves nothing behind", () => {
    const dirs = swapDirs(root);
    site(dirs.final, "alt");
    site(dirs.next, "neu");
    swapIn(dirs);
    assert.equal(version(dirs.final), "neu");
    for (const left of [dirs.next, dirs.previous, dirs.journal]) assert.equal(existsSync(left), false, left);
  });
});

describe("recoverSwap after a crash at every step of the swap", () => {
  const steps: SwapStep[] = ["journal", "final-to-previous", "next-to-final", "previous-removed"];
  for (const step of steps) {
    it(`after "${step}": _site/ holds a whole build, the other folders are gone, and it says what it did`, () => {
      const dirs = swapDirs(root);
      site(dirs.final, "alt");
      site(dirs.next, "neu");
      assert.throws(() =>
        swapIn(dirs, (done) => {
          if (done === step) throw new Error("Absturz");
        }),
      );
      const note = recoverSwap(dirs);
      // The journal says .site-next/ was complete: the swap is finished, never half undone.
      assert.equal(version(dirs.final), step === "journal" ? "alt" : "neu");
      if (step === "final-to-previous") assert.match(note ?? "", /Austausch ist jetzt abgeschlossen/);
      for (const left of [dirs.next, dirs.previous, dirs.journal]) assert.equal(existsSync(left), false, left);
      assert.equal(recoverSwap(dirs), undefined, "a second recovery has nothing to do");
    });
  }

  it("without a journal (no swap had begun) it puts the previous _site/ back", () => {
    const dirs = swapDirs(root);
    site(dirs.previous, "alt");
    site(dirs.next, "halb");
    assert.match(recoverSwap(dirs) ?? "", /wieder die vorher veröffentlichte Fassung/);
    assert.equal(version(dirs.final), "alt");
    assert.equal(existsSync(dirs.next), false);
  });

  it("removes a half-built .site-next/ and says so, leaving _site/ alone", () => {
    const dirs = swapDirs(root);
    site(dirs.final, "alt");
    site(dirs.next, "halb");
    assert.match(recoverSwap(dirs) ?? "", /\.site-next\/ hinterlassen/);
    assert.equal(version(dirs.final), "alt");
  });

  it("does nothing and says nothing when all is in order", () => {
    const dirs = swapDirs(root);
    site(dirs.final, "alt");
    assert.equal(recoverSwap(dirs), undefined);
    assert.equal(version(dirs.final), "alt");
  });
});
