/** Step "Hosting": `_headers` (caching, security, CSP) and `_redirects` (old addresses). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { formatCsp } from "../hosting/csp.ts";
import { formatHeaders, headerRules } from "../hosting/headers.ts";
import { formatRedirects } from "../hosting/redirects.ts";
import { siteCsp } from "../hosting/site-csp.ts";
import { ownPolicyOf } from "../cms/admin.ts";
import type { BuildStep } from "./context.ts";

export const writeHostingFiles: BuildStep = {
  name: "Hosting",
  async run({ outDir, site }) {
    writeFileSync(path.join(outDir, "_headers"), formatHeaders(headerRules(formatCsp(siteCsp(), "header"), ownPolicyOf(outDir))));
    writeFileSync(path.join(outDir, "_redirects"), formatRedirects(site.redirects));
    return [];
  },
};
