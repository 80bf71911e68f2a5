import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { coalesce } from "../../../lib/plugins/search.ts";

describe("coalesce", () => {
  it("runs once more after the current run, however many requests came meanwhile", async () => {
    let runs = 0;
    let active = 0;
    let overlapped = false;
    const task = coalesce(async () => {
      active++;
      overlapped ||= active > 1;
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      active--;
    });
    const first = task();
    void task();
    void task();
    await first;
    assert.equal(runs, 2);
    assert.equal(overlapped, false);
    await task();
    assert.equal(runs, 3);
  });
});
