import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildTopicTree, findParentCycle } from "../../../lib/content/topic-tree.ts";

const topic = (slug: string, order: number, parent?: string) => ({ slug, title: slug.toUpperCase(), teaser: "Ein Anreißer.", order, parent, kind: "thema" as const });

describe("buildTopicTree", () => {
  const tree = buildTopicTree([topic("b", 2), topic("a", 1), topic("c", 1, "a"), topic("d", 0, "c")]);
  it("nests URLs along the parents", () => assert.equal(tree.bySlug.d!.url, "/themen/a/c/d/"));
  it("orders roots and children", () => {
    assert.deepEqual(tree.roots, ["a", "b"]);
    assert.deepEqual(tree.bySlug.a!.children, ["c"]);
  });
  it("records ancestors from the top", () => assert.deepEqual(tree.bySlug.d!.ancestors, ["a", "c"]));
});

describe("findParentCycle", () => {
  it("finds a cycle", () =>
    assert.deepEqual(
      findParentCycle([
        { slug: "a", parent: "b" },
        { slug: "b", parent: "a" },
      ]),
      ["a", "b", "a"],
    ));
  it("returns undefined for a tree", () => assert.equal(findParentCycle([{ slug: "a" }, { slug: "b", parent: "a" }]), undefined));
});
