/**
 * Step "Seiten": every HTML file of the output through the worker pool (minify, validate,
 * analyse). Steps after this one must not change HTML: the checks use these reports.
 */
import type { BuildStep, PageReport } from "./context.ts";
import { listFiles } from "./context.ts";
import type { PageJob } from "./page-pass.ts";

export const processPages: BuildStep = {
  name: "Seiten",
  async run(context) {
    const jobs: PageJob[] = listFiles(context.outDir)
      .filter((file) => file.endsWith(".html"))
      .map((file) => ({ outDir: context.outDir, file }));
    const reports = await context.pool.run<PageJob, PageReport>(jobs);
    for (const report of reports) context.reports.set(report.file, report);
    return [];
  },
};
