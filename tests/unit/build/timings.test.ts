import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseTimings, timed, TIMINGS_PREFIX } from "../../../lib/build/timings.ts";

describe("timed", () => {
  it("returns what the stage returns, also for async stages", async () => {
    assert.equal(await timed("sync", () => 42), 42);
    assert.equal(await timed("async", async () => "fertig"), "fertig");
  });
  it("passes errors on", async () => {
    await assert.rejects(
      timed("failing", () => {
        throw new Error("kaputt");
      }),
      /kaputt/,
    );
  });
});

describe("parseTimings", () => {
  it("finds the last timings line among other output", () => {
    const output = `[11ty] Wrote 18 files\n${TIMINGS_PREFIX}{"stages":[{"stage":"validation","startMs":500,"ms":120}],"totalMs":900}\nBuild fertig in 0.4 s: _site/\n`;
    assert.deepEqual(parseTimings(output), { stages: [{ stage: "validation", startMs: 500, ms: 120 }], totalMs: 900 });
  });
  it("returns undefined when the build printed none", () => assert.equal(parseTimings("Build fertig\n"), undefined));
});
