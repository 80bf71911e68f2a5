/**
 * CPU profiling of every Node process and thread of a build, for `npm run bench`. Node does
 * not allow `--cpu-prof` in NODE_OPTIONS, but it allows `--import`: the benchmark runs
 * `npm run build` with NODE_OPTIONS="--import <this file>" and SEZ_PROFILE_DIR set, so npm,
 * tsx, the build and any worker thread each write their profile there when they exit.
 * Worker threads do not read NODE_OPTIONS, so workers started from a file get this hook
 * through their `execArgv`. Plain JavaScript, because it loads before any TypeScript loader.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { createRequire, syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { threadId } from "node:worker_threads";

const dir = process.env.SEZ_PROFILE_DIR;
if (dir) {
  const workerThreads = createRequire(import.meta.url)("node:worker_threads");
  const Worker = workerThreads.Worker;
  workerThreads.Worker = class ProfiledWorker extends Worker {
    constructor(file, options = {}) {
      // V8 heap flags such as --max-semi-space-size are per process; a worker refuses them.
      const inherited = (options.execArgv ?? process.execArgv).filter((arg) => !/^--max-(semi|old)-space-size/.test(arg));
      super(file, { ...options, execArgv: [...inherited, "--import", import.meta.url] });
    }
  };
  syncBuiltinESMExports();

  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  process.on("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (error || !result) return;
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${process.pid}-${threadId}.json`);
      writeFileSync(file, JSON.stringify({ argv: process.argv, threadId, profile: result.profile }));
    });
  });
}
