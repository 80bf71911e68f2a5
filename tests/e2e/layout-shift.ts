/** Cumulative layout shift as the browser measures it, for the specs that require none. */
import type { Page } from "@playwright/test";

/** Starts adding up layout shifts (not caused by input) on every page `page` opens from now on. */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { __cls: number; __shifts: string[] };
    state.__cls = 0;
    state.__shifts = [];
    /** An element as a selector-like name: tag, id and classes. */
    const nameOf = (node: Node | null | undefined): string => {
      const element = node instanceof Element ? node : node?.parentElement;
      if (!element) return node?.nodeName ?? "(entfernt)";
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${[...element.classList].map((c) => `.${c}`).join("")}`;
    };
    const rect = (r: DOMRectReadOnly): string => `${r.x},${r.y} ${r.width}x${r.height}`;
    type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] })[]) {
        if (entry.hadRecentInput) continue;
        state.__cls += entry.value;
        const moved = (entry.sources ?? []).map((s) => `${nameOf(s.node)} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`).join("; ");
        state.__shifts.push(`${entry.value} bei ${Math.round(entry.startTime)} ms: ${moved}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The layout shift of the current page so far (see {@link watchLayoutShift}). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/**
 * What moved in each layout shift so far, for a failure message: value, time, and each moved
 * element with its box before and after.
 *
 * @example
 * await layoutShiftSources(page) // => "0.00008 bei 560 ms: svg.logo-mark 16,12 48x48 -> 16,19.66 48x48"
 */
export async function layoutShiftSources(page: Page): Promise<string> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
  return shifts.length === 0 ? "keine Verschiebung" : shifts.join(" | ");
}
