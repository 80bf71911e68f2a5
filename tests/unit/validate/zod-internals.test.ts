/**
 * lib/validate/zod-problems.ts explains a wrong field with the `.describe()` text of the schema
 * at that path, and suggests the closest allowed key for a misspelt one. It finds them by
 * reading `schema._zod.def` (type, shape, element, valueType, innerType, in), zod's internal
 * definition object. zod is pinned exactly in package.json; this test fails when an update
 * changes that object, before editors lose the "erwartet" line and the "Meinten Sie" hint.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { descriptionOf, schemaAt } from "../../../lib/validate/zod-problems.ts";

const Contact = z.strictObject({ name: z.string().describe("der Name der Person") });
const Schema = z.strictObject({
  title: z.string().min(1).describe("ein Titel"),
  contacts: z.array(Contact).optional(),
  byLang: z.record(z.string(), z.string().describe("ein Text je Sprache")).default({}),
});

const hint = "zod hat seine interne Schemadefinition (_zod.def) geändert: passen Sie lib/validate/zod-problems.ts an, bevor Sie das Update übernehmen";

describe("zod internals read by lib/validate/zod-problems.ts (pinned)", () => {
  it("names the definition types we look through", () => {
    const types = [Schema, Schema.shape.contacts, z.array(z.string()), z.record(z.string(), z.string()), z.string().default(""), z.string().nullable(), z.string().pipe(z.string())].map(
      (s) => (s._zod.def as { type: string }).type,
    );
    assert.deepEqual(types, ["object", "optional", "array", "record", "default", "nullable", "pipe"], hint);
  });
  it("finds the schema at a path through object, optional, array, record and default", () => {
    assert.equal(descriptionOf(schemaAt(Schema, ["title"])), "ein Titel", hint);
    assert.equal(descriptionOf(schemaAt(Schema, ["contacts", 0, "name"])), "der Name der Person", hint);
    assert.equal(descriptionOf(schemaAt(Schema, ["byLang", "de"])), "ein Text je Sprache", hint);
    assert.equal(schemaAt(Schema, ["title", "x"]), undefined);
  });
});
