import assert from "node:assert/strict";
import { test } from "node:test";
import { printedAddress } from "../../../lib/render/print.ts";

test("printed addresses drop the scheme and keep the path", () => {
  assert.equal(printedAddress("https://www.sez.de", "/spenden/"), "www.sez.de/spenden/");
  assert.equal(printedAddress("https://www.sez.de/", "kontakt/"), "www.sez.de/kontakt/");
});
