import assert from "node:assert/strict";
import { test } from "node:test";
import { growthSvg } from "../../../bench/lib/plot.ts";
import { growthExponent } from "../../../bench/lib/stats.ts";

test("the growth exponent is the log-log slope", () => {
  assert.ok(
    Math.abs(
      growthExponent([
        [250, 1],
        [1000, 4],
        [4000, 16],
      ]) - 1,
    ) < 1e-9,
  );
  assert.ok(
    Math.abs(
      growthExponent([
        [250, 10],
        [1000, 20],
        [4000, 40],
      ]) - 0.5,
    ) < 1e-9,
  );
  assert.ok(Number.isNaN(growthExponent([[250, 1]])));
});

test("the plot draws a line and a label per series, escaped", () => {
  const svg = growthSvg([
    {
      title: "Build <time>",
      unit: (v) => `${v} s`,
      series: [
        {
          label: "production",
          points: [
            [250, 4],
            [1000, 9],
            [4000, 27],
          ],
        },
        {
          label: "floor & co",
          points: [
            [250, 1],
            [1000, 2.6],
            [4000, 7.9],
          ],
          dashed: true,
        },
      ],
    },
  ]);
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal((svg.match(/<polyline /g) ?? []).length, 2);
  assert.equal((svg.match(/<circle /g) ?? []).length, 6);
  assert.ok(svg.includes("Build &lt;time&gt;") && svg.includes("floor &amp; co"));
  assert.ok(svg.includes('stroke-dasharray="5 3"'));
});
