import assert from "node:assert/strict";
import { test } from "node:test";
import { icoFromPng, webManifest } from "../../../lib/seo/manifest.ts";

const site = { name: "Stiftung Entwicklungs-Zusammenarbeit Baden-Württemberg", shortName: "SEZ", description: "Beschreibung", lang: "de" as const, themeColor: "#005e55" };

test("the manifest carries names, colours and the icon sizes browsers need", () => {
  const manifest = JSON.parse(webManifest(site)) as { name: string; short_name: string; theme_color: string; start_url: string; icons: { src: string; sizes: string }[] };
  assert.equal(manifest.short_name, "SEZ");
  assert.equal(manifest.theme_color, "#005e55");
  assert.equal(manifest.start_url, "/");
  assert.deepEqual(
    manifest.icons.map((icon) => icon.sizes),
    ["any", "192x192", "512x512"],
  );
});

test("an ICO file wraps the PNG with a valid header and directory entry", () => {
  const png = Buffer.from("89504e470d0a1a0a0000", "hex");
  const ico = icoFromPng(png, 32);
  assert.deepEqual([...ico.subarray(0, 6)], [0, 0, 1, 0, 1, 0]);
  assert.equal(ico.readUInt8(6), 32);
  assert.equal(ico.readUInt8(7), 32);
  assert.equal(ico.readUInt32LE(6 + 8), png.length);
  assert.equal(ico.readUInt32LE(6 + 12), 22);
  assert.deepEqual(ico.subarray(22), png);
  assert.equal(icoFromPng(png, 256).readUInt8(6), 0);
});
