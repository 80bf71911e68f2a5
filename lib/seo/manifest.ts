/** The web manifest and the icon files the build makes from the site's SVG icon. */
import type { Site } from "../schemas/site.ts";

/** A PNG icon the build renders: file name and edge length. */
export interface PngIcon {
  file: string;
  size: number;
}

/** PNG icons: Apple's home screen icon and the two sizes the web manifest needs. */
export const PNG_ICONS: readonly PngIcon[] = [
  { file: "apple-touch-icon.png", size: 180 },
  { file: "icon-192.png", size: 192 },
  { file: "icon-512.png", size: 512 },
];

/** Public paths of the icon files in `_site/`. */
export const ICON_PATHS = { svg: "/favicon.svg", ico: "/favicon.ico", apple: "/apple-touch-icon.png", manifest: "/manifest.webmanifest" } as const;

/**
 * The web manifest (JSON, stable key order).
 *
 * @example
 * JSON.parse(webManifest(site)).short_name // => "SEZ"
 */
export function webManifest(site: Pick<Site, "name" | "shortName" | "description" | "lang" | "themeColor">): string {
  const manifest = {
    name: site.name,
    short_name: site.shortName,
    description: site.description,
    lang: site.lang,
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "minimal-ui",
    background_color: "#ffffff",
    theme_color: site.themeColor,
    icons: [
      { src: ICON_PATHS.svg, sizes: "any", type: "image/svg+xml" },
      ...PNG_ICONS.filter((icon) => icon.file.startsWith("icon-")).map((icon) => ({ src: `/${icon.file}`, sizes: `${icon.size}x${icon.size}`, type: "image/png" })),
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Wraps one PNG into an ICO file (Windows icon format; a PNG inside is valid since Vista and
 * read by every browser), so `/favicon.ico` needs no extra tool.
 *
 * @example
 * icoFromPng(png32, 32).subarray(0, 6) // => <00 00 01 00 01 00>: reserved, type 1 (icon), 1 image
 */
export function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size >= 256 ? 0 : size, 0);
  entry.writeUInt8(size >= 256 ? 0 : size, 1);
  entry.writeUInt8(0, 2);
  entry.writeUInt8(0, 3);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(header.length + entry.length, 12);
  return Buffer.concat([header, entry, png]);
}
