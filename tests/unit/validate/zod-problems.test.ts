import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editDistance } from "../../../lib/validate/suggest.ts";
import { closestKey, problemsFromZod } from "../../../lib/validate/zod-problems.ts";

describe("typo suggestions", () => {
  it("measures edit distance", () => {
    assert.equal(editDistance("titel", "title"), 2);
    assert.equal(editDistance("", "abc"), 3);
  });
  it("suggests close keys only", () => {
    assert.equal(closestKey("titel", ["title", "description"]), "title");
    assert.equal(closestKey("beschreibung", ["title", "description"]), undefined);
  });
});

describe("an unquoted value YAML read as a number", () => {
  it("says to put it in quotes, since + and leading zeros are lost", async () => {
    const { PhoneE164 } = await import("../../../lib/schemas/common.ts");
    const { z } = await import("zod");
    const schema = z.object({ phone: PhoneE164 });
    const data = { phone: 497112102940 };
    const result = schema.safeParse(data);
    assert.ok(!result.success);
    const [problem] = problemsFromZod(result.error, schema, data, "_data/contacts.yaml");
    assert.match(problem!.fix, /Setzen Sie den Wert in Anführungszeichen/);
    assert.match(problem!.fix, /ein \+ oder eine führende 0 gehen dabei verloren/);
  });
});
