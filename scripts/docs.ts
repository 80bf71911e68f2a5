/** `npm run docs`: writes the guide's chapter on the content types (`lib/content/guide.ts`) into docs/redaktion.md. */
import { readFileSync, writeFileSync } from "node:fs";
import { CONTENT_TYPES } from "../lib/content/index.ts";
import { guideChapter, withGuideChapter } from "../lib/content/guide.ts";

const file = "docs/redaktion.md";
const before = readFileSync(file, "utf8");
const after = withGuideChapter(before, guideChapter(CONTENT_TYPES));
writeFileSync(file, after);
console.log(after === before ? `${file} ist aktuell.` : `${file}: Kapitel „Die Inhaltsarten und ihre Felder“ neu geschrieben.`);
