/**
 * The page makes sense without CSS (every page: the sweep, tests/e2e/sweep.spec.ts with
 * tests/e2e/checks/structure.ts); here, that the outline reader of that check reads an ARIA
 * snapshot right.
 */
import { expect, test } from "@playwright/test";
import { outlineOf, skippedLevels } from "./checks/structure.ts";

test("the outline reader finds landmarks, names and heading levels", () => {
  const outline = outlineOf(
    ["- banner:", '  - navigation "Hauptnavigation":', "- main:", '  - heading "Kontakt" [level=1]', "  - 'heading \"Zustiftungen: dauerhaft helfen\" [level=3]'", '- complementary "Kontakt":'].join(
      "\n",
    ),
  );
  expect(outline.landmarks).toEqual([
    { role: "banner", name: "" },
    { role: "navigation", name: "Hauptnavigation" },
    { role: "main", name: "" },
    { role: "complementary", name: "Kontakt" },
  ]);
  expect(skippedLevels(outline.headings)).toEqual(['h1 -> h3 bei "Zustiftungen: dauerhaft helfen"']);
});
