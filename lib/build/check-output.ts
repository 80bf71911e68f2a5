/**
 * Step "Prüfungen": checks every page and file of the output. Any problem stops the build,
 * and `_site/` stays as it was. The measured budgets are printed after a good build.
 */
import { safeDecode } from "../shared/decode.ts";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { BUDGET_LABELS, formatBytes, measureBudgets, type BudgetPage } from "../check/budgets.ts";
import { createLocator } from "../check/locate.ts";
import type { OutputIndex } from "../check/links.ts";
import { urlForFile } from "../check/links.ts";
import { checkCsp, checkDuplicateIds, checkRedirects, checkReferences, cssRefs, type CheckedPage } from "../check/output.ts";
import { formatCsp } from "../hosting/csp.ts";
import { headerConflicts, headerRules } from "../hosting/headers.ts";
import { siteCsp } from "../hosting/site-csp.ts";
import { ownPolicyOf } from "../cms/admin.ts";
import type { Problem } from "../shared/problems.ts";
import { GENERATED_URLS } from "../content/generated.ts";
import { parseYaml } from "../validate/yaml.ts";
import { listFiles, type BuildContext, type BuildStep } from "./context.ts";

/**
 * URLs that a template makes which this checkout does not have yet (another feature's page
 * announced in {@link GENERATED_URLS}): links to them are reported as notes, not problems.
 */
export function pendingUrls(root: string): Map<string, string> {
  return new Map(Object.entries(GENERATED_URLS).filter(([, template]) => !existsSync(path.join(root, template))));
}

function budgetProblems(context: BuildContext, files: readonly string[]): Problem[] {
  const pages: BudgetPage[] = [...context.reports.values()].map((report) => ({
    url: urlForFile(report.file),
    html: readFileSync(path.join(context.outDir, report.file)),
    blockingCss: report.blockingCss,
    scripts: report.scripts,
    stylesheets: report.stylesheets,
    inlineStyles: report.inline.filter((item) => item.kind === "style").map((item) => item.text),
    inlineScripts: report.inline.filter((item) => item.kind === "script").map((item) => item.text),
  }));
  const fileSet = new Set(files);
  const read = (urlPath: string): Buffer | undefined => {
    const file = safeDecode(new URL(urlPath, context.site.url).pathname).replace(/^\//, "");
    return fileSet.has(file) ? readFileSync(path.join(context.outDir, file)) : undefined;
  };
  const problems: Problem[] = [];
  for (const result of measureBudgets(pages, read)) {
    context.notes.push(`Budget ${BUDGET_LABELS[result.budget]}: ${formatBytes(result.total)} von ${formatBytes(result.limit)} (brotli)`);
    if (result.budget === "firstRender" && result.items.length === 0) {
      problems.push({
        file: "src/themen/kommunale-entwicklungszusammenarbeit.md",
        expected: "die KEZ-Seite im Build",
        received: "keine solche Seite",
        fix: "Die Budget-Prüfung misst diese Seite; stellen Sie sie wieder her.",
      });
    } else if (result.total > result.limit) {
      const largest = [...result.items]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 4)
        .map((item) => `${item.name} ${formatBytes(item.bytes)}`)
        .join(", ");
      problems.push({
        file: result.budget === "firstRender" ? "src/themen/kommunale-entwicklungszusammenarbeit.md" : "assets/",
        expected: `höchstens ${formatBytes(result.limit)} (brotli) für ${BUDGET_LABELS[result.budget]}`,
        received: `${formatBytes(result.total)}; am größten: ${largest}`,
        fix: "Kürzen Sie CSS oder JavaScript (assets/) oder den Seitentext; Fotos zählen nicht mit. Die Grenzen und ihre Begründung stehen in lib/check/budgets.ts.",
      });
    }
  }
  return problems;
}

export const checkOutput: BuildStep = {
  name: "Prüfungen",
  async run(context) {
    const files = listFiles(context.outDir);
    const reports = [...context.reports.values()];
    const index: OutputIndex = {
      files: new Set(files),
      ids: new Map(reports.map((report) => [report.file, new Set(report.ids)])),
      headingIds: new Map(reports.map((report) => [report.file, report.headingIds])),
    };
    const inputByFile = new Map(context.pages.map((page) => [page.file, page.inputPath]));
    const pages: CheckedPage[] = [...context.reports.values()].map((report) => ({ ...report, inputPath: inputByFile.get(report.file) }));
    const locate = createLocator(context.root);

    const stylesheets: CheckedPage[] = files
      .filter((file) => file.endsWith(".css"))
      .map((file) => ({
        file,
        inputPath: undefined,
        refs: cssRefs(readFileSync(path.join(context.outDir, file), "utf8")),
        ids: [],
        headingIds: [],
        inline: [],
        jsonLd: [],
        stylesheets: [],
        blockingCss: [],
        scripts: [],
        cspMeta: undefined,
        noindex: true,
      }));
    const references = checkReferences([...pages, ...stylesheets], index, context.site.url, locate, pendingUrls(context.root));
    context.notes.push(...references.notes);

    const siteYaml = parseYaml(readFileSync(path.join(context.root, "_data/site.yaml"), "utf8"), "_data/site.yaml");
    const lineOf = (i: number, field: "from" | "to") => ("lineOf" in siteYaml ? siteYaml.lineOf(["redirects", i, field]) : undefined);

    const conflicts = headerConflicts(
      headerRules(formatCsp(siteCsp(), "header"), ownPolicyOf(context.outDir)),
      files.map((file) => `/${file}`).concat(files.filter((f) => f.endsWith("index.html")).map(urlForFile)),
    );
    const headerProblems: Problem[] = conflicts.slice(0, 5).map((conflict) => ({
      file: "lib/hosting/headers.ts",
      expected: "höchstens eine _headers-Regel je Header und Adresse (Netlify und Cloudflare führen Regeln verschieden zusammen)",
      received: `${conflict.header} für ${conflict.path} aus ${conflict.patterns.join(" und ")}`,
      fix: "Grenzen Sie die Muster in headerRules so ab, dass sie sich nicht überschneiden.",
    }));

    return [
      ...references.problems,
      ...checkDuplicateIds(pages, locate),
      ...checkCsp(pages, siteCsp(), locate),
      ...checkRedirects(context.site.redirects, index.files, lineOf),
      ...headerProblems,
      ...budgetProblems(context, files),
    ];
  },
};
