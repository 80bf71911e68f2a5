import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runModeFrom, todayIn } from "../../../lib/load/run-mode.ts";

describe("run mode", () => {
  it("shows drafts in serve and watch mode only", () => {
    assert.equal(runModeFrom({ ELEVENTY_RUN_MODE: "serve" }).drafts, true);
    assert.equal(runModeFrom({ ELEVENTY_RUN_MODE: "watch" }).drafts, true);
    assert.equal(runModeFrom({ ELEVENTY_RUN_MODE: "build" }).drafts, false);
    assert.equal(runModeFrom({}).drafts, false);
    assert.equal(runModeFrom({ ELEVENTY_RUN_MODE: "watch" }).serve, false);
  });
  it("takes today from SEZ_TODAY, else from the clock in Berlin", () => {
    assert.equal(runModeFrom({ SEZ_TODAY: "2027-03-01" }).today, "2027-03-01");
    assert.equal(runModeFrom({}, new Date("2026-12-31T23:30:00Z")).today, "2027-01-01");
    assert.equal(todayIn(new Date("2027-06-30T21:59:00Z")), "2027-06-30");
    assert.throws(() => runModeFrom({ SEZ_TODAY: "1.3.2027" }), /SEZ_TODAY/);
  });
  it("refuses placeholders only when asked to", () => {
    assert.equal(runModeFrom({}).refusePlaceholders, false);
    assert.equal(runModeFrom({ SEZ_PLACEHOLDERS: "refuse" }).refusePlaceholders, true);
  });
  it("knows the render child of the production build", () => {
    assert.equal(runModeFrom({ SEZ_VALIDATED_BY_PARENT: "1" }).validatedByParent, true);
  });
});
