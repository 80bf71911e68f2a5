/** The image pipeline: presets, srcset candidates, and the encode cache across builds. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import sharp from "sharp";
import { ALL_WIDTHS, candidatesFor, fallbackFor, IMAGE_CACHE_DIR, isCardPair, presetFor, srcsetFor, type Encoded, type ImageRunStats, type ProcessedImage } from "../../../lib/render/images.ts";

/** Encoded files of a 3:2 photo at the given widths. */
function files(format: string, widths: readonly number[]): Encoded[] {
  return widths.map((width) => ({ url: `/img/h-${width}.${format}`, width, height: Math.round((width * 2) / 3), size: width * 10 }));
}

function photo(widths: readonly number[]): ProcessedImage {
  const credit = { id: "foto", file: "foto.jpg", alt: "Ein Foto", caption: "Foto", credit: "Test", license: "CC0" };
  const jpeg = files("jpeg", widths);
  return { credit, avif: files("avif", widths), webp: files("webp", widths), jpeg, width: jpeg.at(-1)!.width, height: jpeg.at(-1)!.height };
}

describe("presets", () => {
  test("main-column photos are sized for the column next to the sidebar, or alone", () => {
    assert.equal(presetFor("hero").sizes, "(min-width: 72rem) 48rem, (min-width: 48rem) calc(100vw - 24rem), calc(100vw - 2rem)");
    assert.equal(presetFor("content", "single").sizes, "(min-width: 50rem) 48rem, calc(100vw - 2rem)");
    assert.notEqual(presetFor("card", "sidebar").sizes, presetFor("card", "single").sizes);
  });

  test("contact photos and thumbnails have a fixed width whatever the layout", () => {
    assert.equal(presetFor("contact", "single").sizes, "8rem");
    assert.equal(presetFor("thumb").sizes, "10rem");
  });

  test("every preset offers enough pixels for 2x screens at its largest rendered width", () => {
    // 48rem main column, 29.25rem widest card, 8rem contact photo, 10rem thumbnail (16px rem).
    const largest = { hero: 768, content: 768, card: 468, contact: 128, thumb: 160 } as const;
    for (const [name, css] of Object.entries(largest)) {
      assert.ok(Math.max(...presetFor(name as keyof typeof largest).widths) >= css * 2, name);
    }
  });

  test("ALL_WIDTHS is the sorted union of the presets' widths", () => {
    assert.deepEqual(ALL_WIDTHS, [160, 320, 480, 640, 800, 960, 1280, 1600]);
  });
});

describe("srcset candidates", () => {
  test("a preset offers only its own widths", () => {
    assert.equal(srcsetFor(files("avif", ALL_WIDTHS), presetFor("contact")), "/img/h-160.avif 160w, /img/h-320.avif 320w, /img/h-480.avif 480w");
  });

  test("a source narrower than the preset's largest width offers its own width too", () => {
    assert.deepEqual(
      candidatesFor(files("avif", [160, 320, 480, 640, 700]), presetFor("hero")).map((f) => f.width),
      [320, 480, 640, 700],
    );
  });

  test("a tiny source still yields one candidate", () => {
    assert.deepEqual(
      candidatesFor(files("avif", [120]), presetFor("hero")).map((f) => f.width),
      [120],
    );
  });

  test("the fallback is the preset's middle JPEG and carries the photo's aspect", () => {
    const fallback = fallbackFor(photo(ALL_WIDTHS), presetFor("hero"));
    assert.equal(fallback.url, "/img/h-800.jpeg");
    assert.deepEqual([fallback.width, fallback.height], [800, 533]);
    assert.equal(fallbackFor(photo(ALL_WIDTHS), presetFor("contact")).width, 320);
  });
});

describe("encode cache across builds", () => {
  const root = mkdtempSync(path.join(tmpdir(), "sez-img-cache-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  const cacheDir = path.join(root, IMAGE_CACHE_DIR);
  const script = path.join(process.cwd(), "tests/unit/support/process-images.ts");

  /** One pipeline pass in a new process, like `npm run build`. */
  const build = (): ImageRunStats => JSON.parse(execFileSync(process.execPath, ["--import", "tsx/esm", script, root, "probe.jpg"], { encoding: "utf8" }).trim().split("\n").at(-1)!) as ImageRunStats;
  const mtimes = (): Record<string, number> => Object.fromEntries(readdirSync(cacheDir).map((name) => [name, statSync(path.join(cacheDir, name)).mtimeMs]));
  const writeProbe = async (color: string): Promise<void> => {
    mkdirSync(path.join(root, "assets/images"), { recursive: true });
    writeFileSync(
      path.join(root, "assets/images/probe.jpg"),
      await sharp({ create: { width: 700, height: 466, channels: 3, background: color } })
        .jpeg()
        .toBuffer(),
    );
  };

  test("the first build encodes every width in AVIF, WebP and JPEG", async () => {
    await writeProbe("#3a7");
    const stats = build();
    // 160 to 640 from the presets (700 px is not 1.25 × 640, so no extra file at the source's
    // own width): four widths, three formats.
    assert.equal(stats.files, 12);
    assert.equal(stats.encoded.length, 12);
    assert.deepEqual(new Set(stats.encoded.map((name) => path.extname(name))), new Set([".avif", ".webp", ".jpeg"]));
  });

  test("a rebuild with no changed photo encodes nothing and touches no cached file", () => {
    const before = mtimes();
    const stats = build();
    assert.deepEqual(stats.encoded, []);
    assert.deepEqual(stats.removed, []);
    assert.deepEqual(mtimes(), before);
  });

  test("a changed photo is encoded again and its stale files are removed", async () => {
    const before = Object.keys(mtimes()).sort();
    await writeProbe("#a53");
    const stats = build();
    assert.equal(stats.encoded.length, 12);
    assert.deepEqual(stats.removed, before);
    assert.deepEqual(Object.keys(mtimes()).sort(), [...stats.encoded].sort());
  });
});

describe("isCardPair", () => {
  test("only the last four of 3k+1 cards (k >= 1) are set in pairs", () => {
    const pairs = (count: number) => Array.from({ length: count }, (_, index) => isCardPair(index, count));
    assert.deepEqual(pairs(1), [false]);
    assert.deepEqual(pairs(3), [false, false, false]);
    assert.deepEqual(pairs(4), [true, true, true, true]);
    assert.deepEqual(pairs(5), [false, false, false, false, false]);
    assert.deepEqual(pairs(7), [false, false, false, true, true, true, true]);
  });
  test("pair photos are sized at least as wide as a card of three columns", () => {
    assert.match(presetFor("cardPair").sizes, /^\(min-width: 72rem\) 23\.38rem/);
    assert.match(presetFor("cardPair", "single").sizes, /^\(min-width: 50rem\) 23\.38rem/);
  });
});
