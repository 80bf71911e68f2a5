/**
 * Finds a Chromium for the Playwright tests, or installs one: Debian's package where we are
 * root on Debian (Playwright cannot download browsers on our build machines), otherwise
 * Playwright's own download (a developer's laptop). Prints the path it found.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "../tests/e2e/browser.ts";

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "inherit" });
    return true;
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found) {
  const isRoot = process.getuid?.() === 0;
  if (existsSync("/usr/bin/apt-get") && isRoot) {
    console.log("Kein Chromium gefunden: installiere Debians Paket chromium ...");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"]);
  } else {
    console.log("Kein Chromium gefunden: lade Playwrights Chromium ...");
    run("npx", ["--no-install", "playwright", "install", "chromium"]);
  }
  found = findChromium();
}
if (!found) {
  console.error("Kein Chromium gefunden und keine Installation möglich. Setzen Sie CHROMIUM_PATH auf den Pfad eines Chromium oder Chrome.");
  process.exit(1);
}
console.log(`Browser für die Tests: ${found}`);
