/**
 * The preview's build status, shared between the validation hook (which writes it) and the
 * dev server (which serves it to the error overlay). Kept on `globalThis`, because Eleventy
 * may load the config's modules anew on a config change while the server keeps running.
 */
import type { Problem } from "../shared/problems.ts";

/** What the overlay in the browser shows. */
export interface DevStatus {
  /** Changes with every validation run, so the overlay knows a dismissed message from a new one. */
  id: number;
  /** Problems of the last build; empty when it passed. */
  problems: Problem[];
  /** The same problems as the terminal shows them. */
  text: string;
  /** URLs of pages that are drafts (shown in the preview only). */
  drafts: string[];
}

const KEY = Symbol.for("sez.devStatus");
type Holder = { [KEY]?: DevStatus };

/**
 * The current status (no problems before the first build).
 *
 * @example
 * devStatus().problems // => []
 */
export function devStatus(): DevStatus {
  return (globalThis as Holder)[KEY] ?? { id: 0, problems: [], text: "", drafts: [] };
}

/**
 * Records the outcome of a validation run.
 *
 * @example
 * setDevStatus({ problems: [], text: "", drafts: ["/entwurf/"] });
 */
export function setDevStatus(status: Omit<DevStatus, "id">): void {
  (globalThis as Holder)[KEY] = { ...status, id: devStatus().id + 1 };
}
