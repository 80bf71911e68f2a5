import assert from "node:assert/strict";
import { test } from "node:test";
import { createValidator } from "../../../lib/check/validator.ts";

const validate = createValidator(process.cwd());
const doc = (body: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>T</title><link rel="stylesheet" href="/a.css"></head><body><main>${body}</main></body></html>`;

test("a valid page has no errors (same-origin assets need no SRI, lowercase doctype is fine)", () => {
  assert.deepEqual(validate(doc('<p>Text <a href="tel:+49711">0711 / 2 10 29-40</a></p>')), []);
});

test("real mistakes are errors with rule and selector", () => {
  const messages = validate(doc('<p id="a">x</p><p id="a">y</p><img src="/a.jpg">'));
  const rules = messages.map((m) => m.rule);
  assert.ok(rules.includes("no-dup-id"));
  assert.ok(rules.includes("wcag/h37"));
  assert.ok(messages.every((m) => m.message.length > 0));
});
