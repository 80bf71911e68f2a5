/** Page data helpers: contact ids and whether the main column shares the row with the sidebar. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { columnLayout, columnLayoutOfUnknown, contactIds } from "../../../lib/render/page-data.ts";

describe("columnLayout", () => {
  test("follows the sidebar rule of the layouts: contacts or the donation box", () => {
    assert.equal(columnLayout({}), "sidebar");
    assert.equal(columnLayout({ donationBox: false }), "single");
    assert.equal(columnLayout({ donationBox: false, contacts: [] }), "single");
    assert.equal(columnLayout({ donationBox: false, contacts: ["nicole-kimmel"] }), "sidebar");
  });

  test("reads untyped data (markdown-it's env) defensively", () => {
    assert.equal(columnLayoutOfUnknown({ donationBox: false, contacts: [] }), "single");
    assert.equal(columnLayoutOfUnknown({ donationBox: "nein" }), "sidebar");
    assert.equal(columnLayoutOfUnknown(undefined), "sidebar");
  });
});

test("contactIds defaults to none", () => {
  assert.deepEqual(contactIds({}), []);
});
