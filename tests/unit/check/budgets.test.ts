import assert from "node:assert/strict";
import { test } from "node:test";
import { brotliSize, BUDGETS, countsTowardsTotals, FIRST_RENDER_PAGE, formatBytes, measureBudget, measureBudgets, type BudgetPage } from "../../../lib/check/budgets.ts";

test("brotli compresses repetitive text far below its size", () => {
  const text = "<p>Kommunale Entwicklungszusammenarbeit</p>".repeat(200);
  assert.ok(brotliSize(text) < text.length / 20);
  assert.equal(brotliSize(text), brotliSize(Buffer.from(text)));
});

test("a budget adds up its items and keeps its limit", () => {
  const result = measureBudget("totalJs", [
    { name: "a", bytes: 300 },
    { name: "b", bytes: 200 },
  ]);
  assert.equal(result.total, 500);
  assert.equal(result.limit, BUDGETS.totalJs);
  assert.equal(formatBytes(14000), "14.000 Bytes");
});

const files = new Map<string, Buffer>([
  ["/assets/site.js", Buffer.from("console.log(1);".repeat(50))],
  ["/assets/print.css", Buffer.from("a{color:red}".repeat(50))],
  ["/pagefind/pagefind-ui.js", Buffer.from("x".repeat(100000))],
]);
const page = (url: string, extra: Partial<BudgetPage> = {}): BudgetPage => ({
  url,
  html: Buffer.from(`<!doctype html><title>${url}</title>`),
  blockingCss: [],
  scripts: ["/assets/site.js"],
  stylesheets: ["/assets/print.css"],
  inlineStyles: ["body{margin:0}"],
  inlineScripts: [],
  ...extra,
});

test("first render counts the KEZ page's HTML, blocking CSS and scripts; totals count each file once", () => {
  const [first, js, css] = measureBudgets([page(FIRST_RENDER_PAGE), page("/kontakt/"), page("/suche/", { scripts: ["/assets/site.js", "/pagefind/pagefind-ui.js"] })], (url) => files.get(url));
  assert.equal(first!.items.length, 2);
  assert.equal(first!.total, brotliSize(page(FIRST_RENDER_PAGE).html) + brotliSize(files.get("/assets/site.js")!));
  assert.deepEqual(
    js!.items.map((i) => i.name),
    ["/assets/site.js"],
  );
  assert.deepEqual(
    css!.items.map((i) => i.name),
    ["/assets/print.css", "eingebettetes CSS 1"],
  );
  assert.equal(countsTowardsTotals("/pagefind/pagefind.js"), false);
});

test("without the KEZ page the first-render budget measures nothing", () => {
  const [first] = measureBudgets([page("/kontakt/")], (url) => files.get(url));
  assert.equal(first!.items.length, 0);
});
