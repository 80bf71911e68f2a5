/** Renders `BENCHMARKS.md` from the results of one `npm run bench`. */
import { type InstallResults, installSection } from "./install.ts";
import { CATEGORIES, type LighthouseResult } from "./lighthouse.ts";
import type { SearchFetch, Totals } from "./browser.ts";
import type { PlotPanel, PlotSeries } from "./plot.ts";
import type { BenchResults, BuildSeries, SizeResult } from "./results.ts";
import type { WatchResult } from "./watch.ts";
import { bytes, growthExponent, median, millis, percent, ratio, seconds, table } from "./stats.ts";

/** The targets (issue 20, "Ten years of archive"), checked against the largest corpus. */
const GOALS = { floorRatio: 1.5, memory: 1_500_000_000, incrementalRatio: 1.2, warmRatio: 1.2, firstQueryBytes: 150_000, nextQueryBytes: 40_000 };

/** Median and largest bytes of the first and of the next queries, or undefined if none were measured. */
function searchSummary(results: BenchResults): { pages: number; first: number; firstMax: number; next: number | undefined; nextMax: number | undefined; count: number } | undefined {
  const pf = results.pagefind;
  if (!("searches" in pf) || !Array.isArray(pf.searches) || pf.searches.length === 0) return undefined;
  const first = pf.searches.map((s) => s.firstQuery.bytes);
  const next = pf.searches.flatMap((s) => (s.secondQuery ? [s.secondQuery.bytes] : []));
  return {
    pages: pf.pages,
    first: median(first),
    firstMax: Math.max(...first),
    next: next.length > 0 ? median(next) : undefined,
    nextMax: next.length > 0 ? Math.max(...next) : undefined,
    count: first.length,
  };
}

const yes = (ok: boolean) => (ok ? "yes" : "**no**");

function buildRow(label: string, s: BuildSeries | undefined, bare: BuildSeries, hugo: BuildSeries | undefined): string[] {
  if (!s) return [label, "–", "–", "–", "–", "–", "–", "–"];
  return [
    label,
    seconds(s.medianWallMs),
    s === bare ? "1.00x" : ratio(s.medianWallMs, bare.medianWallMs),
    hugo ? ratio(s.medianWallMs, hugo.medianWallMs) : "–",
    seconds(s.medianCpuMs),
    s === bare ? "1.00x" : ratio(s.medianCpuMs, bare.medianCpuMs),
    bytes(s.peakTreeRssMax),
    bytes(s.maxProcessRssMax),
  ];
}

function buildSection(results: BenchResults): string {
  const parts: string[] = [];
  for (const size of results.sizes) {
    parts.push(`### ${size.pages.toLocaleString("en")} topic pages (plus the real pages), ${size.wordsPerPage} words per page`);
    parts.push(
      table(
        ["Build", "wall (median)", "÷ bare Eleventy", "÷ Hugo", "CPU (median)", "CPU ÷ bare Eleventy", "peak RSS, process tree", "peak RSS, largest process"],
        [
          buildRow("production (`npm run build`)", size.full, size.bare, size.hugo),
          buildRow("bare Eleventy (`bench/bare/`)", size.bare, size.bare, size.hugo),
          buildRow("Hugo (`bench/hugo/`)", size.hugo, size.bare, size.hugo),
          ...(size.pagefind ? [buildRow("Pagefind alone (its CLI on bare Eleventy's output)", size.pagefind, size.bare, size.hugo)] : []),
        ],
      ),
    );
    const runs = (s: BuildSeries | undefined) => (s ? s.wallMs.map((ms) => seconds(ms)).join(", ") : "–");
    parts.push(
      `Single runs (wall): production ${runs(size.full)}; bare Eleventy ${runs(size.bare)}; Hugo ${runs(size.hugo)}${size.pagefind ? `; Pagefind alone ${runs(size.pagefind)}` : ""}. ` +
        `HTML files written: production ${size.full.htmlFiles}, bare Eleventy ${size.bare.htmlFiles}${size.hugo ? `, Hugo ${size.hugo.htmlFiles}` : ""}. ` +
        "Every production run starts with an empty page cache (`.cache/pages/` moved aside), so every page goes through the page pass; photos come from the warm image cache." +
        (size.warm && size.warm.wallMs.length > 0 ? ` The warm CI build (caches kept, one page changed): ${size.warm.wallMs.map((ms) => seconds(ms)).join(", ")}.` : ""),
    );
    if (size.pagefind) {
      const floor = size.bare.medianWallMs + size.pagefind.medianWallMs;
      parts.push(
        `Bare Eleventy plus Pagefind alone take ${seconds(floor)} (${ratio(floor, size.bare.medianWallMs)} bare Eleventy): no build that renders these pages with Eleventy and indexes them with Pagefind can be faster. ` +
          `The production build takes ${ratio(size.full.medianWallMs, floor)} that floor; Pagefind alone peaks at ${bytes(size.pagefind.maxProcessRssMax)}.`,
      );
    }
  }
  return parts.join("\n\n");
}

function goalsSection(results: BenchResults): string {
  const largest = results.sizes.at(-1)!;
  const rows: string[][] = [];
  if (largest.pagefind) {
    const floorWall = largest.bare.medianWallMs + largest.pagefind.medianWallMs;
    const floorCpu = largest.bare.medianCpuMs + largest.pagefind.medianCpuMs;
    const wall = largest.full.medianWallMs / floorWall;
    const cpu = largest.full.medianCpuMs / floorCpu;
    rows.push([
      `production build ≤ ${GOALS.floorRatio}x its floor (bare Eleventy plus Pagefind's CLI; ${largest.pages} pages, cold page cache), wall and CPU`,
      `wall ${wall.toFixed(2)}x (${seconds(largest.full.medianWallMs)} against ${seconds(floorWall)}), CPU ${Number.isFinite(cpu) ? `${cpu.toFixed(2)}x` : "–"}`,
      yes(wall <= GOALS.floorRatio && (!Number.isFinite(cpu) || cpu <= GOALS.floorRatio)),
    ]);
    rows.push([`faster than the floor's sum (work overlaps)`, `${seconds(largest.full.medianWallMs)} against ${seconds(floorWall)}`, yes(largest.full.medianWallMs < floorWall)]);
  }
  rows.push([
    `peak memory ≤ ${bytes(GOALS.memory)} (process tree)`,
    `${bytes(largest.full.peakTreeRssMax)} (Pagefind alone: ${largest.pagefind ? bytes(largest.pagefind.maxProcessRssMax) : "–"})`,
    yes(largest.full.peakTreeRssMax <= GOALS.memory),
  ]);
  if ("samples" in results.incremental && results.incremental.bare) {
    const inc = results.incremental;
    const bare = inc.bare!;
    rows.push([
      `\`npm start\`, one page changed: new HTML ≤ ${GOALS.incrementalRatio}x bare Eleventy's incremental rebuild (save to new HTML)`,
      `${millis(inc.medianEditToOutputMs)} against ${millis(bare.medianEditToOutputMs)}: ${ratio(inc.medianEditToOutputMs, bare.medianEditToOutputMs)}`,
      yes(inc.medianEditToOutputMs <= GOALS.incrementalRatio * bare.medianEditToOutputMs),
    ]);
  }
  if (largest.warm && largest.warm.wallMs.length > 0) {
    rows.push([
      `warm CI build (page and image cache restored, one page changed) ≤ ${GOALS.warmRatio}x bare Eleventy`,
      `${seconds(largest.warm.medianWallMs)} against ${seconds(largest.bare.medianWallMs)}: ${ratio(largest.warm.medianWallMs, largest.bare.medianWallMs)}`,
      yes(largest.warm.medianWallMs <= GOALS.warmRatio * largest.bare.medianWallMs),
    ]);
  }
  const search = searchSummary(results);
  if (search) {
    rows.push([
      `first search query ≤ ${bytes(GOALS.firstQueryBytes)} (median of ${search.count} queries, ${search.pages} pages)`,
      `${bytes(search.first)} (largest ${bytes(search.firstMax)})`,
      yes(search.first <= GOALS.firstQueryBytes),
    ]);
    if (search.next !== undefined && search.nextMax !== undefined) {
      rows.push([`next search query ≤ ${bytes(GOALS.nextQueryBytes)} (median)`, `${bytes(search.next)} (largest ${bytes(search.nextMax)})`, yes(search.next <= GOALS.nextQueryBytes)]);
    }
  }
  const growth = growthFigures(results);
  const searchGrowth = growth.filter((g) => g.search);
  if (results.sizes.length >= 2 && searchGrowth.length > 0) {
    const worst = Math.max(...searchGrowth.map((g) => g.exponent).filter(Number.isFinite));
    rows.push([`search figures grow no faster than the page count (exponent ≤ 1)`, searchGrowth.map((g) => `${g.label} ${g.exponent.toFixed(2)}`).join("; "), yes(worst <= 1)]);
  }
  return table(["goal", "measured", "met"], rows);
}

/** A figure over the corpus sizes, with its growth exponent. */
interface GrowthFigure {
  label: string;
  format: (value: number) => string;
  points: [number, number][];
  exponent: number;
  /** A search figure (the goal says: no faster than the page count). */
  search: boolean;
}

/** Every figure measured at each size, with its growth exponent over the page count. */
function growthFigures(results: BenchResults): GrowthFigure[] {
  const figure = (label: string, format: (v: number) => string, pick: (s: SizeResult) => number | undefined, search = false): GrowthFigure => {
    const points = results.sizes.flatMap((s) => {
      const v = pick(s);
      return v === undefined || !Number.isFinite(v) ? [] : [[s.pages, v] as [number, number]];
    });
    return { label, format, points, exponent: growthExponent(points), search };
  };
  const floor = (s: SizeResult) => (s.pagefind ? s.bare.medianWallMs + s.pagefind.medianWallMs : undefined);
  return [
    figure("production build, wall", seconds, (s) => s.full.medianWallMs),
    figure("production build, CPU", seconds, (s) => s.full.medianCpuMs),
    figure("floor (bare Eleventy + Pagefind), wall", seconds, floor),
    figure("bare Eleventy, wall", seconds, (s) => s.bare.medianWallMs),
    figure("warm CI build, wall", seconds, (s) => s.warm?.medianWallMs),
    figure("peak memory, process tree", bytes, (s) => s.full.peakTreeRssMax),
    figure("search bundle", bytes, (s) => s.search?.indexBytes, true),
    figure("median index chunk", bytes, (s) => s.search?.medianChunkBytes, true),
    figure("first query (median)", bytes, (s) => s.search?.firstQueryBytes, true),
    figure("next query (median)", bytes, (s) => s.search?.nextQueryBytes, true),
  ].filter((f) => f.points.length > 0);
}

function growthSection(results: BenchResults): string {
  const figures = growthFigures(results);
  if (figures.length === 0) return "Not measured.";
  const sizes = results.sizes.map((s) => s.pages);
  const rows = figures.map((f) => [f.label, ...sizes.map((n) => f.format(f.points.find(([p]) => p === n)?.[1] ?? Number.NaN)), Number.isFinite(f.exponent) ? f.exponent.toFixed(2) : "–"]);
  return [
    "Each figure at every corpus size, and its growth exponent: the slope of log(figure) over log(pages), fitted through all sizes " +
      "(1: grows like the page count; below 1: slower, since fixed costs weigh less on a large site; above 1: faster).",
    table(["figure", ...sizes.map((n) => `${n.toLocaleString("en")} pages`), "exponent"], rows),
    results.plot ? `![Build time, memory and search bytes over the page count, log-log](${results.plot})` : "",
  ].join("\n\n");
}

/**
 * The panels of the growth plot (`bench/growth.svg`), written by `npm run bench`.
 *
 * @example
 * writeFileSync("bench/growth.svg", growthSvg(growthPanels(results)));
 */
export function growthPanels(results: BenchResults): PlotPanel[] {
  const figures = new Map(growthFigures(results).map((f) => [f.label, f]));
  const series = (label: string, name: string, dashed = false): PlotSeries[] => {
    const f = figures.get(label);
    return f ? [{ label: name, points: f.points, dashed }] : [];
  };
  return [
    {
      title: "Build time (wall)",
      unit: (v) => `${v >= 10 ? v.toFixed(0) : v.toFixed(1)} s`,
      series: [
        ...series("production build, wall", "production"),
        ...series("floor (bare Eleventy + Pagefind), wall", "floor", true),
        ...series("bare Eleventy, wall", "bare Eleventy", true),
        ...series("warm CI build, wall", "warm CI build"),
      ].map((s) => ({ ...s, points: s.points.map(([x, y]) => [x, y / 1000] as [number, number]) })),
    },
    { title: "Peak memory (process tree)", unit: (v) => `${(v / 1e9).toFixed(v < 1e9 ? 2 : 1)} GB`, series: series("peak memory, process tree", "production") },
    {
      title: "Search bytes",
      unit: (v) => (v >= 1e6 ? `${(v / 1e6).toFixed(0)} MB` : `${(v / 1e3).toFixed(0)} kB`),
      series: [...series("search bundle", "bundle"), ...series("first query (median)", "first query"), ...series("next query (median)", "next query"), ...series("median index chunk", "median chunk")],
    },
  ];
}

function minifierSection(results: BenchResults): string {
  const m = results.minifier;
  if (!m) return "Not measured.";
  if ("skipped" in m) return `Not measured: ${m.skipped}.`;
  return [
    `The build does not minify HTML. html-minifier-terser on ${m.pages} pages of the largest corpus (evenly spread; mean page ${bytes(m.meanBytes)}, ${bytes(m.meanBrotliBytes)} brotli), ` +
      `CPU time on the main thread after a warm-up; saving per page raw and after brotli (what a CDN sends), and the CPU time it would add to a cold build of all ${m.sitePages.toLocaleString("en")} pages:`,
    table(
      ["configuration", "CPU per page", "saved per page", "saved per page, brotli", `CPU for ${m.sitePages.toLocaleString("en")} pages`],
      m.rows.map((r) => [
        r.config,
        `${r.cpuMsPerPage.toFixed(2)} ms`,
        `${Math.round(r.savedBytesPerPage)} B`,
        `${r.savedBrotliBytesPerPage.toFixed(1)} B (${percent(r.savedBrotliBytesPerPage / m.meanBrotliBytes)})`,
        seconds(r.cpuMsPerPage * m.sitePages),
      ]),
    ),
    "Preact writes the layouts without whitespace between tags; what is left to remove is the slash of void elements and the line breaks " +
      "markdown-it puts between blocks. Even without options (parsing and printing only) the minifier costs more per page than the whole page pass " +
      "(one parse for hyphenation and the search source, one for the checks), so no configuration of it fits a build within 1.5x its floor, for a saving a visitor cannot notice.",
  ].join("\n\n");
}

function stagesSection(results: BenchResults): string {
  if (!results.stages) return "No stage timings: with `SEZ_BUILD_TIMINGS=json` the build printed no `SEZ_BUILD_TIMINGS` line.";
  const largest = results.sizes.at(-1)!;
  return [
    `Median of ${results.runs} runs with ${largest.pages} pages; share of the wall time of the whole \`npm run build\` (${seconds(largest.full.medianWallMs)}). ` +
      "`scripts/build.ts` times its stages with `timed()` from `lib/build/timings.ts`; whatever is not wrapped in `timed()` shows up in its own row. Validation runs while Eleventy renders (in a child process, `lib/build/render.ts`), so those two rows overlap and the shares add up to more than 100 %.",
    table(
      ["stage", "median", "share"],
      results.stages.map((s) => [s.stage, millis(s.medianMs), percent(s.share)]),
    ),
  ].join("\n\n");
}

function incrementalSection(results: BenchResults): string {
  const inc = results.incremental;
  if (!("samples" in inc)) return `Not measured: ${inc.skipped}.`;
  const { bare, hugo } = inc;
  const row = (label: string, pick: (w: WatchResult) => number, singles: string) => [
    label,
    millis(pick(inc)),
    bare ? millis(pick(bare)) : "–",
    hugo ? millis(pick(hugo)) : "–",
    bare ? ratio(pick(inc), pick(bare)) : "–",
    hugo ? ratio(pick(inc), pick(hugo)) : "–",
    singles,
  ];
  return [
    `\`eleventy --watch --incremental\` in the work copy with ${inc.pages} pages (first build ${seconds(inc.initialBuildMs)}); ` +
      `${inc.samples.length} times a paragraph appended to a different corpus page, measured until its HTML file holds the change; ` +
      "the same edits in the bare Eleventy copy (same Markdown, `eleventy --watch --incremental`)" +
      (hugo ? " and in the Hugo copy (`hugo --watch`, which writes to disk too)" : "") +
      " for comparison.",
    table(
      ["measured", "site (median)", "bare Eleventy (median)", "Hugo (median)", "÷ bare Eleventy", "÷ Hugo", "site, single values (ms)"],
      [
        row("save to new HTML (what an editor waits)", (w) => w.medianEditToOutputMs, inc.samples.map((s) => Math.round(s.editToOutputMs)).join(", ")),
        row('the watcher\'s "File changed" to new HTML', (w) => w.medianChangeToOutputMs, inc.samples.map((s) => Math.round(s.changeToOutputMs)).join(", ")),
        row('the tool\'s own figure (Eleventy "Wrote 1 file in …", Hugo "Total in …")', (w) => w.medianEleventyMs, inc.samples.map((s) => s.eleventyMs ?? "–").join(", ")),
      ],
    ),
    bare
      ? `The site's rebuild takes ${millis(inc.medianEleventyMs - bare.medianEleventyMs)} more than bare Eleventy's by Eleventy's own figure; ` +
        `bare Eleventy alone needs ${millis(bare.medianEditToOutputMs)} from save to HTML with ${inc.pages.toLocaleString("en")} pages.`
      : "",
    `Files written per rebuild: ${inc.filesWritten.join(", ")}. Eleventy's watcher waits until a file has been unchanged for 150 ms ` +
      "(chokidar `awaitWriteFinish`, 25 ms polling) before it starts the rebuild; that wait is part of the first row only.",
  ].join("\n\n");
}

function totalsTable(t: Totals): string {
  const kinds = [
    ["HTML", "html"],
    ["CSS", "css"],
    ["JS", "js"],
    ["fonts", "font"],
    ["images", "image"],
    ["other", "other"],
    ["**total**", "total"],
  ] as const;
  return table(
    ["kind", "files", "raw", "gzip", "brotli"],
    kinds.map(([label, key]) => [label, String(t[key].count), bytes(t[key].raw), bytes(t[key].gzip), bytes(t[key].brotli)]),
  );
}

function kezSection(results: BenchResults): string {
  const kez = results.kez;
  if (!("initial" in kez)) return `Not measured: ${kez.skipped}.`;
  return [
    "Chromium via Playwright (Debian's build, arguments from `tests/e2e/browser.ts`) at 375×812, DPR 2.625 like Lighthouse mobile, from the real `_site/` served by `lib/hosting/serve.ts`. " +
      "gzip (level 9) and brotli (quality 11) are computed from the bodies, as a CDN serving precompressed files would send them; images and fonts are not compressed further.",
    `**First load (no scrolling):**\n\n${totalsTable(kez.initial)}`,
    `**After scrolling to the end (lazy images loaded):**\n\n${totalsTable(kez.scrolled)}`,
    `**First-render bytes** (HTML plus render-blocking CSS/JS by Chromium's \`renderBlockingStatus\`): ` +
      `${bytes(kez.firstRender.brotli)} brotli (${bytes(kez.firstRender.raw)} raw) from ${kez.firstRender.resources.map((r) => `\`${r}\``).join(", ")}.`,
  ].join("\n\n");
}

function pagefindSection(results: BenchResults): string {
  const pf = results.pagefind;
  if (!("indexBytes" in pf)) return `Not measured: ${pf.skipped}.`;
  const parts = [
    `Index of ${pf.pages.toLocaleString("en")} corpus pages (plus the real pages): ${bytes(pf.indexBytes)} in ${pf.indexFiles} files.`,
    table(
      ["part", "files", "size"],
      Object.entries(pf.byPart)
        .sort((a, b) => b[1].bytes - a[1].bytes)
        .map(([part, v]) => [`\`${part}\``, String(v.files), bytes(v.bytes)]),
    ),
  ];
  if (pf.indexChunks.length > 0) {
    const chunks = pf.indexChunks;
    parts.push(
      `A query fetches the index chunk of each of its words: ${chunks.length} chunks of at least 20,000 word positions each (Pagefind's fixed chunk size), ` +
        `${bytes(chunks[0]!)} to ${bytes(chunks.at(-1)!)}, median ${bytes(median(chunks))}, 90 % at most ${bytes(chunks[Math.floor(chunks.length * 0.9)]!)}. ` +
        "A chunk is large when it ends with a frequent word, whose positions are not split.",
    );
  }
  const searches = pf.searches;
  if (!Array.isArray(searches)) parts.push(`Fetch in the browser: ${searches.skipped}.`);
  else {
    const files = (q: SearchFetch["firstQuery"]) => {
      const part = (test: (p: string) => boolean) => q.files.filter((f) => test(f.path)).reduce((sum, f) => sum + f.bytes, 0);
      const fragments = q.files.filter((f) => f.path.includes("/fragment/"));
      const fixed = part((p) => !/\/(index|filter|fragment)\//.test(p));
      return [
        fixed ? bytes(fixed) : "–",
        bytes(part((p) => p.includes("/filter/"))),
        bytes(part((p) => p.includes("/index/"))),
        `${fragments.length}: ${bytes(part((p) => p.includes("/fragment/")))}`,
      ];
    };
    const summary = searchSummary(results)!;
    parts.push(
      table(
        ["query", "requests to /pagefind/", "bytes transferred", "runtime, WASM, page list", "topic filter", "index chunks", "fragments"],
        searches.flatMap((search) => [
          [`first: \`${search.firstQuery.term}\` via ${search.url.replace(/^https?:\/\/[^/]+/, "")}`, String(search.firstQuery.requests), bytes(search.firstQuery.bytes), ...files(search.firstQuery)],
          search.secondQuery
            ? [`next: \`${search.secondQuery.term}\``, String(search.secondQuery.requests), bytes(search.secondQuery.bytes), ...files(search.secondQuery)]
            : [`next: ${search.note}`, "–", "–", "–", "–", "–", "–"],
        ]),
      ),
      `Median of the ${summary.count} first queries ${bytes(summary.first)} (largest ${bytes(summary.firstMax)})` +
        (summary.next !== undefined ? `; of the next queries ${bytes(summary.next)} (largest ${bytes(summary.nextMax!)}).` : "."),
      "Measured in Chromium at phone size; each pair in a fresh context with an empty cache. A first query opens `/suche/?q=…` as the header form does and counts everything until its results are shown; " +
        "the next query is typed into the page's search field and counts what it adds. The Component UI fetches a result's fragment (the page's text for its excerpt) when the result comes into view, so the fragments of the results on the first screen count; each further result a visitor scrolls to adds ~2.6 kB (the list would be scrolled up if it started below the first screen). " +
        "Bytes are what a CDN sends: Pagefind's index, fragment and WASM files as they are (gzip already), its JavaScript and JSON brotli-compressed.",
    );
  }
  return parts.join("\n\n");
}

function lighthouseSection(results: BenchResults): string {
  if (results.lighthouse.length === 0) return "Not measured.";
  const rows = results.lighthouse.map((r) => {
    if (!("scores" in r)) return [`\`${r.url}\``, ...CATEGORIES.map(() => "–"), "–", "–", "–", r.skipped];
    const l = r as LighthouseResult;
    return [
      `\`${l.url}\``,
      ...CATEGORIES.map((c) => String(l.scores[c] ?? "–")),
      l.metrics.fcpMs === undefined ? "–" : millis(l.metrics.fcpMs),
      l.metrics.lcpMs === undefined ? "–" : millis(l.metrics.lcpMs),
      l.metrics.cls === undefined ? "–" : l.metrics.cls.toFixed(3),
      l.failing.length === 0 ? "" : l.failing.slice(0, 4).join("; "),
    ];
  });
  return [
    "Lighthouse (the npm package; its default: mobile, simulated throttling) on Debian's Chromium with `--headless=new --no-sandbox --disable-gpu`, against the real `_site/` served by `lib/hosting/serve.ts` (which applies `_headers`).",
    table(["page", "performance", "accessibility", "best practices", "SEO", "FCP", "LCP", "CLS", "audits below 0.9 / note"], rows),
  ].join("\n\n");
}

function profileSection(results: BenchResults): string {
  const p = results.profile;
  if (!("byGroup" in p)) return `Not measured: ${p.skipped}.`;
  const rows = (list: { name: string; ms: number; share: number }[], n: number, code = true) =>
    list.slice(0, n).map((r) => [code ? `\`${r.name.replace(/`/g, "'")}\`` : r.name, millis(r.ms), percent(r.share)]);
  return [
    `One extra production build of ${p.pages.toLocaleString("en")} pages (not counted above), profiled in every Node process and worker thread ` +
      "(`bench/cpu-profile-hook.mjs` via `NODE_OPTIONS=--import`, as `--cpu-prof` is not allowed there). " +
      `Self time adds up to ${seconds(p.totalCpuMs)} of CPU (idle excluded; the profiler itself adds some).`,
    `**Processes:** ${p.processes.map((x) => `\`${x.argv.slice(0, 80)}\` ${seconds(x.cpuMs)}`).join("; ")}.`,
    `**By part of the build** (inclusive: a part's time includes what it calls; parts nest, so the shares do not add up to 100 %):\n\n${table(["part", "CPU time", "share"], rows(p.parts, p.parts.length, false))}`,
    `**By package or file** (\`(V8/native)\` is time in system calls and builtins: writing files, creating folders, stat):\n\n${table(["package / file", "self time", "share"], rows(p.byGroup, 15))}`,
    `**By function:**\n\n${table(["function", "self time", "share"], rows(p.byFunction, 20))}`,
  ].join("\n\n");
}

/** Static notes: what the work on issue 8 changed, measured on the 4,000-page corpus. */
const OPTIMISATIONS = `Before this work the production build of the 4,000-page corpus took 87 s and 3.5 GB on this machine (bare
Eleventy: 4.1 s). The profile showed where the time went; this is what changed:

| in the profile (before) | cause | change |
| --- | --- | --- |
| 24 % \`getMergedItem\` (Eleventy) and 28 % garbage collection, 3.5 GB | Eleventy's data cascade deep-copies global data into every page: the 4,000-node topic tree 4,000 times | \`siteData()\` is deeply frozen (\`deepFreeze\` in \`lib/data.ts\`); Eleventy shares frozen objects instead of copying them |
| 33 % \`@sindresorhus/transliterate\` and \`escape-string-regexp\` | \`slugify\` builds ~700 regular expressions on every call, once per heading | \`headingId\` (\`lib/markdown.ts\`) slugifies word by word and remembers words; same ids (unit test against \`slugify\`) |
| validation twice, YAML three times | \`scripts/build.ts\` and the \`eleventy.before\` hook both validated everything; \`siteData()\` re-read every YAML file after each reset; Eleventy parsed each front matter again | \`loadSiteDataCached\` (fingerprint: size and mtime of the data files), validation outcome remembered per file (size, mtime, data), front matter data handed to Eleventy (\`takeFrontMatter\`) |
| \`buildTopicTree\` O(n²) | \`topics.find\` inside \`ancestorsOf\`, \`localeCompare\` with a locale per comparison | parents via a \`Map\`, one \`Intl.Collator\` |
| luxon and libphonenumber on every page | the date and the phone numbers of sidebar and footer recomputed per page | a plain \`YYYY-MM-DD\` date needs no time zone arithmetic (\`plainDate\`); formatted numbers remembered |
| 4,000 imports of \`src/themen/themen.11tydata.ts\` per build | Eleventy asks for directory data once per template, and the TS data extension defeated the ESM cache with \`?update=Date.now()\` on every call (and leaked each copy) | each TS data file is imported once per build, and again only when it (or, for \`_data/\`, a file beside it) changed |
| a watch rebuild re-read and re-bundled everything | validation, data and assets had no memory | only changed files are read again; unchanged CSS/JS is not bundled again |
| a second Node process per build | \`tsx scripts/build.ts\` starts a launcher process (56 MB) that starts the build | \`node --import tsx/esm scripts/build.ts\` |
| peak RSS ~790 MB of the build process | V8's default young generation is small for a build that allocates a page's strings and tokens at a time: much short-lived data is promoted and grows the old generation | \`--max-semi-space-size=32\` in the build script: ~100-130 MB less peak RSS at 4,000 pages, about 3 % more CPU time |

The output is unchanged: the real site's \`_site/\` and a 250-page corpus build byte for byte the same before and after.

After minification and Pagefind joined the build, the 4,000-page build took 26.3 s with a *warm* page cache (3.17 GB; a watch
rebuild 4.7 s from save to HTML). The second round of changes:

| found | cause | change |
| --- | --- | --- |
| validation 4.8 s, three quarters of it in markdown-it | every page body parsed three times (links, photos, raw HTML), the photos twice more for the Bildnachweis page | one parse per body for links and heading ids, photos remembered per text (\`lib/memo.ts\`), the HTML check only where a \`<\`, an \`&\` or "script" occurs: 2.4 s on its own, and it now runs beside Eleventy |
| markdown-it-attrs a quarter of every parse | its rule scans every token for \`{…}\` | texts without a brace are parsed by the same setup without it (same HTML, unit test) |
| html-validate ~7 ms per page, more than rendering it | run in every build, on every page (hidden in the last report by the warm page cache) | \`npm run check:html\` after the build in \`npm test\`, so before every deploy; the build keeps its own checks (links, anchors, ids used twice, CSP, budgets) |
| Pagefind's Node API: 4.8 s to add 4,000 pages, ~1 GB | one request per page, each the whole page | only the \`<html>\` tag and the search body go to the indexer, written to a temporary folder that Pagefind reads itself (\`addDirectory\`): same bundle byte for byte |
| watch rebuild 4.7 s, Eleventy's own figure 19.5 s | the Pagefind index of all pages rebuilt inside every rebuild, validation re-parsing every page | index in the background after the rebuild, never twice at once; validation re-parses only changed texts |
| first query 230.7 kB | measured raw, and the search ran in a web worker (a second copy of the runtime) | counted as a CDN sends it (JS brotli, Pagefind's gzip files as they are); \`no-worker\` |
| peak 3.17 GB | Eleventy's memory (all pages, the data cascade) stayed in the build process while the workers and Pagefind ran | Eleventy renders in a child process that exits first, while the parent validates (both cores) |
| first query 181.4 kB, 11 fragments for 3 results on screen | the Component UI fetches a result's fragment when its placeholder comes into view; the stock placeholder is 74 px, a result on a phone ~400 px. And the bench scrolled the middle of a list many screens long into view | placeholders as tall as a result (\`search.css\`); the topic filter starts closed above six topics; the bench keeps the top of the list in view and measures five queries |

With hyphenation, news, events and publications the 4,000-page build had grown to ~34 s at 2.9 GB (stages on a busy machine:
page pass 26 s, search index 19 s). The third round (issue 20):

| found | cause | change |
| --- | --- | --- |
| html-minifier-terser 4.1 ms per page, more than Pagefind's whole run at 4,000 pages | it parses and prints every page; Preact leaves nothing to collapse but void-element slashes and markdown-it's line breaks (15 B per page after brotli) | no minification (see "HTML minification" for every configuration measured) |
| hyphenation 2.3 ms per page | the pattern search for every long word and two regular expressions for every chunk of text, on every page again | each distinct chunk of text hyphenated once per worker (\`hyphenateChunk\`), chunks shorter than a long word skipped |
| three parses of every page (hyphenation, checks, search) and a fourth read of every page by the search step on the main thread | each concern walked the page on its own; the search step re-read the finished pages | hyphenation and the search source share one parse in the worker (\`lib/render/html-pass.ts\`); the workers also write the indexer's copies; compounds split once per distinct word of the site (\`compoundSplits\`); the same bundle as reading the pages back (integration test) |
| 1.3 GB in the build process during the page pass, still there while Pagefind ran | V8 let each worker's heap grow to gigabytes of garbage before collecting; the pool lived until the end of the build | heap limits per worker (\`WORKER_LIMITS\`), the pool closed before Pagefind starts, the pages' words merged as they arrive instead of kept per page |
| a first search query of 153 kB on 4,000 pages, over its 150 kB budget | the Component UI asks Pagefind for every filter as it loads, so every first query fetched the whole topic and type filter (15 kB), though most visitors never filter | the filter pane is folded ("Nach Thema und Art eingrenzen") and its data loads when it is opened (\`assets/js/search-page.ts\`, e2e test); a query filtered by type loads just that filter |
| \`npm start\`: one changed topic page rewrote 1,370 files (6.5 s at 4,000 pages) | every content type was an \`addCollection\` collection, and Eleventy makes a template that reads one depend on every page: each change re-rendered all news list pages | the types' collections are tags from their folders' data files (\`lib/content/collections.ts\`), so Eleventy knows which pages feed which list; one file per topic change, and the front page now follows its news, events and programmes (preview test) |`;

/** Static notes: what is left, and what would help next (see the figures above). */
const NEXT_STEPS = `- **Pagefind is most of the floor.** Its CLI alone takes more than twice bare Eleventy's time and over 900 MB on this corpus
  (the "Pagefind alone" row). A build within 1.5x of the floor leaves half of that floor for everything the site does on top
  of bare Eleventy and Pagefind: validation, the real layouts, hyphenation, the search source, the checks. The Eleventy stage
  alone (real layouts, Markdown with German typography, figures and email protection, TypeScript through tsx, the hand-off of
  each page to the page pass) takes several times bare Eleventy (the stage table), and Pagefind starts only when every page
  is rendered.
- **Pagefind during the render.** The page pass already runs while Eleventy renders (the render child hands each page over,
  the workers take it on the second core). Pagefind cannot start before the compound splits are known, which need the words
  of every page; splitting against the vocabulary of the sources (known before rendering) would let Pagefind take pages
  during the render too, but changes which compounds are split.
- **Memory.** Pagefind's process alone peaks at about 1 GB at 4,000 pages; the 1.5 GB goal leaves ~500 MB for the build
  process while it runs. The build process still holds 1.1 GB then, of which 380 MB are its JavaScript heap (the site
  data, the sources, the page reports for the output checks) and the rest memory the closed worker threads and the loaded
  code left behind, which the process does not give back (measured with \`process.memoryUsage()\` at the start of Pagefind). Running Pagefind after the build process has
  given that back (validation and the page pass in a process of their own that ends before Pagefind starts) is the step that
  would meet the goal.
- **\`npm start\` after one change** writes one file now, but every rebuild still validates every source again (0.7 s
  at 4,000 pages) and Eleventy computes every template's data again (bare Eleventy's 0.8 s). The search index for the preview
  is rebuilt after each change: only the pages Eleventy rewrote are read again, but the compound splits and the indexer's
  copies of every page are made again on the main thread, and Pagefind indexes every page again (in its own process);
  Pagefind's Node API has no way to update one page. At 4,000 pages that run still takes about 14 s after one change, and a
  change saved meanwhile waits for the main thread: keeping the copies of unchanged pages whose splits did not change, or
  running the index in a worker, is the next step there. Topic and news pages do not declare that they read the news (Eleventy looks up every page's
  imports on every rebuild, which took 11 s with 4,000 pages importing 1,400 news), so in the preview their "Aktuelles zum
  Thema" box and the links to older and newer articles stay as they were until the page itself changes.
- **Eleventy itself.** Bare Eleventy's incremental rebuild of a 4,000-page site is far above 300 ms: Eleventy 3.1 rebuilds its
  template map for every template on each change (\`TemplateMap.getMapEntryForInputPath\` is a linear search inside a loop).
- **Search payload.** On 4,000 pages a first query is ~105 kB of fixed parts (Pagefind's WASM 58 kB, the page list
  \`.pf_meta\` 35 kB, its runtime 12 kB) and the index chunk of each word. Chunks hold at least 20,000 word positions (a
  constant in Pagefind), so a word that sorts next to a frequent one or is frequent itself fetches a large chunk: the
  "largest" figures above. Stop words cannot be left out of the index without leaving them out of the excerpts too (Pagefind
  has no option for that).`;

/**
 * The whole report.
 *
 * @example
 * writeFileSync("BENCHMARKS.md", renderReport(results));
 */
export function renderReport(results: BenchResults, install?: InstallResults): string {
  const m = results.machine;
  const tools = Object.entries(m.tools)
    .map(([name, version]) => `${name} ${version}`)
    .join(", ");
  const busy = (m.load.end ?? 0) > m.cores || m.load.start > m.cores;
  return `# Benchmarks

Written by \`${results.command}\` on ${results.date.slice(0, 16).replace("T", " ")} UTC. Do not edit by hand: \`npm run bench\`
rewrites this file and \`bench/results.json\` (\`npm run bench:quick\`: 250 pages, written to \`bench/.work/quick/\`).
Timings never decide a test; this report measures and compares.

## Machine and tools

- CPU: ${m.cpu}, ${m.cores} cores${m.cpuLimit ? ` (cgroup limit ${m.cpuLimit})` : ""}; RAM ${bytes(m.memoryBytes)}; ${m.os}
- Node ${m.node}; ${tools}
- Load average (1 min) at the start ${m.load.start.toFixed(1)}, at the end ${(m.load.end ?? Number.NaN).toFixed(1)}${busy ? " – **the machine was busy with other work during the run: wall times scatter, CPU times are the steadier figure**" : ""}
${results.notes.map((n) => `- Note: ${n}`).join("\n")}

## Corpus and method

\`bench/corpus.ts\` generates, from a seed (${results.seed}, PRNG mulberry32), N topic pages of German text about development
cooperation (~800 words: sections with \`##\`, lists, bold text, photos as \`![](bild:…)\`, internal links to other corpus pages and
to real pages, contacts and hero photos in the front matter) and their entries in \`_data/topics.yaml\` as a tree (2 % top level,
30 % children, the rest grandchildren). \`bench/workcopy.ts\` copies the project to \`bench/.work/site-N/\` (the real lib/,
_includes/, assets/, scripts/, config, pages and data; node_modules linked; the warm image cache \`.cache/\` copied) and adds the
corpus; what is measured there is \`npm run build\`, the real pipeline with whatever it does today. For comparison the same
Markdown files are built by Eleventy without plugins and with a trivial layout (\`bench/bare/\`, same Eleventy version, also via
\`npm run build\`) and by Hugo (\`bench/hugo/\`).

Per size: one warm-up run of each build, then ${results.runs} rounds, each round running every build in a rotating order; the
report gives medians. Before each run the previous output is moved aside (outside the timing; deleted after all measurements,
since deleting thousands of folders right before a build slowed it down), so every build writes into an empty folder. Wall time is from spawn to exit of the command; CPU time (user + system of all processes) comes from GNU time; peak memory
is the summed RSS of all processes of the tree (sampled every 50 ms from /proc) and the VmHWM of the largest single process.

## Goals

${goalsSection(results)}

## Growth with the page count

${growthSection(results)}

## Full build against bare Eleventy and Hugo

${buildSection(results)}

## Stages of the production build

${stagesSection(results)}

## Incremental rebuild in watch mode

${incrementalSection(results)}

## Weight of the KEZ page (\`/themen/kommunale-entwicklungszusammenarbeit/\`)

${kezSection(results)}

## Pagefind

${pagefindSection(results)}

## Lighthouse (mobile)

${lighthouseSection(results)}

## HTML minification

${minifierSection(results)}

## Install size

${installSection(install)}

## Where the remaining time goes

${profileSection(results)}

## What was optimised

${OPTIMISATIONS}

## What remains

${NEXT_STEPS}
`;
}
