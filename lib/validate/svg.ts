/**
 * SVG files the site ships (the favicon made from `site.icon`, any SVG below `assets/`): an
 * SVG is a document that can run script (`<script>`, `onload=`) and load from other hosts
 * whenever a browser opens it directly, with or without our `_headers`. Only drawing
 * elements and attributes pass; everything else is named with its line.
 */
import { readdirSync, readFileSync, type Dirent } from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";
import type { Problem } from "../shared/problems.ts";

/** Elements that only draw. */
const DRAWING_ELEMENTS = new Set([
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "title",
  "desc",
  "defs",
  "symbol",
  "use",
  "lineargradient",
  "radialgradient",
  "stop",
  "clippath",
  "mask",
  "pattern",
  "text",
  "tspan",
  "metadata",
]);

/** Where a finding stands and what it is. */
export interface SvgFinding {
  line: number;
  what: string;
}

/**
 * What in an SVG text could run code or reach another host: script, event handlers,
 * foreign content, links other than `#fragment`, `url()` to anything but `#id`, entities.
 *
 * @example
 * svgFindings('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"/></svg>') // => []
 * svgFindings('<svg onload="alert(1)"/>') // => [{ line: 1, what: "das Attribut onload= (Programmcode)" }]
 */
export function svgFindings(text: string): SvgFinding[] {
  const findings: SvgFinding[] = [];
  const lineAt = (index: number): number => text.slice(0, Math.max(0, index)).split("\n").length;
  let root = true;
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (/^!doctype/i.test(name)) findings.push({ line: lineAt(parser.startIndex), what: "eine DOCTYPE-Angabe (kann Entitäten und fremde Dateien nachladen)" });
      },
      onopentag(name, attributes) {
        const line = lineAt(parser.startIndex);
        const element = name.toLowerCase().replace(/^svg:/, "");
        if (root && element !== "svg") findings.push({ line, what: `das Element <${name}> statt <svg> am Anfang` });
        root = false;
        if (!DRAWING_ELEMENTS.has(element)) findings.push({ line, what: element === "script" ? "ein <script>-Element (Programmcode)" : `das Element <${name}>, das nicht nur zeichnet` });
        for (const [attribute, value] of Object.entries(attributes)) {
          const key = attribute.toLowerCase();
          if (key.startsWith("on")) findings.push({ line, what: `das Attribut ${attribute}= (Programmcode)` });
          else if ((key === "href" || key === "xlink:href" || key === "src") && !value.trim().startsWith("#"))
            findings.push({ line, what: `einen Verweis ${attribute}="${value.slice(0, 60)}" auf eine andere Datei oder Website` });
          else if (/url\(\s*['"]?\s*(?!#)/i.test(value) || /javascript:|expression\(|@import/i.test(value))
            findings.push({ line, what: `im Attribut ${attribute}= einen Verweis nach außen (${value.slice(0, 60)})` });
        }
      },
    },
    { xmlMode: true },
  );
  if (/<!ENTITY/i.test(text)) findings.push({ line: lineAt(text.search(/<!ENTITY/i)), what: "eine Entitäten-Definition (<!ENTITY>)" });
  parser.write(text);
  parser.end();
  if (root) findings.push({ line: 1, what: "kein <svg>-Element" });
  return findings;
}

/**
 * Problems of one SVG file, each naming the line and the fix.
 *
 * @example
 * svgProblems(process.cwd(), "assets/icons/sez.svg") // => []
 */
export function svgProblems(root: string, file: string): Problem[] {
  let text: string;
  try {
    text = readFileSync(path.join(root, file), "utf8");
  } catch {
    return [{ file, expected: "eine SVG-Datei", received: "keine Datei", fix: "Legen Sie die Datei an oder korrigieren Sie den Pfad in _data/site.yaml (icon:)." }];
  }
  return svgFindings(text).map(({ line, what }) => ({
    file,
    line,
    expected: "eine SVG-Grafik, die nur zeichnet (Formen, Pfade, Farben, Text)",
    received: what,
    fix: "Speichern Sie die Grafik neu als „einfaches SVG“ ohne Skripte, Links und eingebettete Dateien (z. B. in Inkscape: Speichern unter → Optimiertes SVG), oder entfernen Sie die genannte Stelle.",
  }));
}

/**
 * Every SVG below `assets/`, relative to `root`.
 *
 * @example
 * shippedSvgs(process.cwd()) // => ["assets/icons/sez.svg"]
 */
export function shippedSvgs(root: string, dir = "assets"): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) return shippedSvgs(root, relative);
      return /\.svg$/i.test(entry.name) ? [relative] : [];
    })
    .sort();
}
