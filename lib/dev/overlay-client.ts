/**
 * Preview only (`npm start`): shows the problems of the last build as a dismissible panel
 * over the last good page, and marks draft pages. Served by the dev server as an external
 * module script (no inline script, so a strict CSP keeps working); never part of `_site/`.
 * It asks the dev server for the status once a second; when the build passes again, the
 * panel goes away (and Eleventy's live reload shows the new page).
 */

interface OverlayProblem {
  file: string;
  line?: number;
  field?: string;
  expected: string;
  received: string;
  fix: string;
}

interface OverlayStatus {
  id: number;
  problems: OverlayProblem[];
  drafts: string[];
}

const STATUS_URL = "/__sez/status.json";
const PANEL_ID = "sez-dev-fehler";
const DRAFT_ID = "sez-dev-entwurf";
let dismissed = -1;
let shown = -1;

/** Creates an element with text (never HTML: problem texts quote editors' input). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** One problem as a block: place, then expected / received / fix. */
function problemBlock(problem: OverlayProblem): HTMLElement {
  const block = element("section", undefined, "sez-dev-problem");
  const place = [problem.file, problem.line ? `Zeile ${problem.line}` : "", problem.field ? `Feld ${problem.field}` : ""].filter(Boolean).join(", ");
  block.append(element("h3", place));
  const list = element("dl");
  for (const [term, value] of [
    ["erwartet", problem.expected],
    ["erhalten", problem.received],
    ["So beheben Sie es", problem.fix],
  ] as const) {
    list.append(element("dt", term), element("dd", value));
  }
  block.append(list);
  return block;
}

/** Removes the panel, if shown. */
function hidePanel(): void {
  document.getElementById(PANEL_ID)?.remove();
  shown = -1;
}

/** Shows the panel for a status with problems. */
function showPanel(status: OverlayStatus): void {
  hidePanel();
  const panel = element("div", undefined, "sez-dev-panel");
  panel.id = PANEL_ID;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-labelledby", `${PANEL_ID}-titel`);
  const count = status.problems.length === 1 ? "1 Problem" : `${status.problems.length} Probleme`;
  const title = element("h2", `Der Build wurde angehalten: ${count}`);
  title.id = `${PANEL_ID}-titel`;
  const close = element("button", "Schließen", "sez-dev-close");
  close.type = "button";
  close.addEventListener("click", () => {
    dismissed = status.id;
    hidePanel();
  });
  panel.append(
    close,
    title,
    element(
      "p",
      "Die Vorschau zeigt weiter die letzte fehlerfreie Fassung dieser Seite. Beheben Sie die Probleme und speichern Sie; die Seite lädt dann von selbst neu. Dieselben Meldungen stehen im Terminal.",
    ),
    ...status.problems.map(problemBlock),
  );
  document.body.append(panel);
  shown = status.id;
  close.focus();
}

/** Marks a draft page, so nobody takes it for published. */
function markDraft(isDraft: boolean): void {
  const existing = document.getElementById(DRAFT_ID);
  if (!isDraft) {
    existing?.remove();
    return;
  }
  if (existing) return;
  const note = element("p", "Entwurf (draft: true): Diese Seite erscheint nur in der Vorschau, nicht auf der Website.", "sez-dev-draft");
  note.id = DRAFT_ID;
  document.body.prepend(note);
}

/** Applies a status to the page. */
function apply(status: OverlayStatus): void {
  markDraft(status.drafts.includes(location.pathname));
  if (status.problems.length === 0) hidePanel();
  else if (status.id !== shown && status.id !== dismissed) showPanel(status);
}

async function poll(): Promise<void> {
  try {
    // A time limit, so a request lost while the server restarts cannot end the polling.
    const response = await fetch(STATUS_URL, { cache: "no-store", signal: AbortSignal.timeout(5000) });
    if (response.ok) apply((await response.json()) as OverlayStatus);
  } catch {
    // The preview server restarts or is stopped; try again on the next tick.
  }
  setTimeout(() => void poll(), 1000);
}

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && shown !== -1) {
    dismissed = shown;
    hidePanel();
  }
});
void poll();
