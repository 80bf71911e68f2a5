/**
 * Stage timings of the production build. `scripts/build.ts` wraps each stage in
 * {@link timed}; with `SEZ_BUILD_TIMINGS=json` it prints them as one line that
 * `npm run bench` reads, otherwise nothing changes.
 */

/** One finished stage: name, start (ms since the process started) and duration. */
export interface StageTiming {
  stage: string;
  startMs: number;
  ms: number;
}

/** What the build prints: its stages and the time from process start to the report. */
export interface BuildTimings {
  stages: StageTiming[];
  totalMs: number;
}

/** Prefix of the timings line on stdout. */
export const TIMINGS_PREFIX = "SEZ_BUILD_TIMINGS ";

const stages: StageTiming[] = [];

/**
 * Runs one stage of the build and records how long it took.
 *
 * @example
 * const report = await timed("validation", () => validateSources(root));
 */
export async function timed<T>(stage: string, run: () => T | Promise<T>): Promise<T> {
  const startMs = performance.now();
  try {
    return await run();
  } finally {
    stages.push({ stage, startMs, ms: performance.now() - startMs });
  }
}

/** Prints the timings line if `SEZ_BUILD_TIMINGS=json`. */
export function reportTimings(): void {
  if (process.env.SEZ_BUILD_TIMINGS !== "json") return;
  const timings: BuildTimings = { stages, totalMs: performance.now() };
  console.log(`${TIMINGS_PREFIX}${JSON.stringify(timings)}`);
}

/**
 * Finds the timings line in a build's output.
 *
 * @example
 * parseTimings('Build fertig\nSEZ_BUILD_TIMINGS {"stages":[],"totalMs":5}\n') // => { stages: [], totalMs: 5 }
 * parseTimings("Build fertig\n")                                                // => undefined
 */
export function parseTimings(output: string): BuildTimings | undefined {
  const line = output.split("\n").findLast((l) => l.startsWith(TIMINGS_PREFIX));
  return line ? (JSON.parse(line.slice(TIMINGS_PREFIX.length)) as BuildTimings) : undefined;
}
