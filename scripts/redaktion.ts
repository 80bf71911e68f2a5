/**
 * `npm run redaktion`: the editing UI against this working copy, with no account. Starts the
 * live preview (`npm start`, http://localhost:8080/) and serves `/admin/` on
 * http://localhost:8081/admin/, where "Mit lokalem Repository arbeiten" opens this folder in
 * the browser (Chrome or Edge: they can write to a folder on disk). Every save lands in the
 * working copy, and the preview rebuilds and shows it, or the build's German message.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { cmsSettings, writeAdmin } from "../lib/cms/admin.ts";
import { serveSite } from "../lib/hosting/serve.ts";
import { runMode } from "../lib/load/run-mode.ts";

const dir = path.join(process.cwd(), ".cache", "redaktion");
await writeAdmin(path.join(dir, "admin"), cmsSettings(runMode(), "http://localhost:8080"));
await serveSite(dir, 8081);
console.log("Redaktion: http://localhost:8081/admin/ öffnen und „Mit lokalem Repository arbeiten“ wählen (Chrome oder Edge), dann diesen Projektordner.");
console.log("Vorschau: http://localhost:8080/ (npm start)");
const preview = spawn("npm", ["start"], { stdio: "inherit" });
preview.on("exit", (code) => process.exit(code ?? 0));
