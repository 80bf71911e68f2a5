/**
 * Runs one image pipeline pass in its own process, as a build does, and prints its stats as
 * JSON. A fresh process has an empty in-memory cache, so only `.cache/img/` can spare work.
 *
 * Usage: `node --import tsx/esm tests/unit/support/process-images.ts <root> <file>...`
 */
import { processImages } from "../../../lib/render/images.ts";

const [root, ...files] = process.argv.slice(2);
if (!root) throw new Error("Aufruf: process-images.ts <root> <datei>...");
const credits = files.map((file) => ({ id: file.replace(/\.\w+$/, ""), file, alt: "Testbild", caption: "Testbild", credit: "Test", license: "CC0" }));
console.log(JSON.stringify((await processImages(root, credits, { prune: true })).stats));
