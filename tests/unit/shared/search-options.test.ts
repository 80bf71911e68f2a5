import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CONTENT_TYPES } from "../../../lib/content/index.ts";
import { FILTER_TYPES, pagefindOptions, searchOptionsOf, withSearchOptions } from "../../../lib/shared/search-options.ts";

describe("search options: type filter and date sort in the address", () => {
  it("offers every content type's search type but that of general pages", () => {
    const types = CONTENT_TYPES.filter((type) => type.id !== "page").map((type) => type.search.type);
    assert.deepEqual([...FILTER_TYPES].sort(), [...types].sort());
    assert.deepEqual([...FILTER_TYPES], ["Thema", "Aktuelles", "Termin", "Förderung", "Publikation"]);
  });
  it("reads type and order from the query string, and ignores what it does not know", () => {
    assert.deepEqual(searchOptionsOf("?q=Schule&art=F%C3%B6rderung&sortierung=aelteste"), { type: "Förderung", sort: "aelteste" });
    assert.deepEqual(searchOptionsOf("?art=Seite&sortierung=zufall"), { type: undefined, sort: "" });
    assert.deepEqual(searchOptionsOf(""), { type: undefined, sort: "" });
  });
  it("hands Pagefind the filter and the sort by date", () => {
    assert.deepEqual(pagefindOptions({ type: "Termin", sort: "neueste" }), { filters: { art: ["Termin"] }, sort: { datum: "desc" } });
    assert.deepEqual(pagefindOptions({ type: undefined, sort: "aelteste" }), { filters: {}, sort: { datum: "asc" } });
    assert.deepEqual(pagefindOptions({ type: undefined, sort: "" }), { filters: {}, sort: undefined });
  });
  it("writes them back into the address, keeping the query and dropping defaults", () => {
    assert.equal(withSearchOptions("?q=Schule&art=Thema", { type: "Termin", sort: "neueste" }), "?q=Schule&art=Termin&sortierung=neueste");
    assert.equal(withSearchOptions("?q=Schule&art=Thema&sortierung=neueste", { type: undefined, sort: "" }), "?q=Schule");
    assert.equal(withSearchOptions("", { type: undefined, sort: "" }), "");
  });
});
