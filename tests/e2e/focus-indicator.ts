/**
 * Measures the focus indicator of the focused element in the page: the outline or halo that
 * appears when it gets focus (on the element itself or, for cards, on an ancestor through
 * `:focus-within`), its thickness and its contrast against what surrounds it.
 */
import type { Page } from "@playwright/test";

/** What the focused element shows. */
export interface FocusIndicator {
  /** The focused element, e.g. `a.logo "SEZ Stiftung…"`. */
  element: string;
  /** The element that draws the indicator (the focused one or an ancestor), or "" if none does. */
  drawnBy: string;
  kind: "outline" | "halo" | "none";
  /** Thickness in CSS px. */
  width: number;
  /** Contrast ratio of the indicator against its surroundings. */
  contrast: number;
  /** Whether the indicator is on screen. */
  visible: boolean;
}

declare global {
  interface Window {
    __focusBaseline?: WeakMap<Element, string>;
  }
}

/**
 * Remembers how every element looks without focus, so that the indicator can be told apart
 * from borders and shadows that are always there. Call once after the page has loaded and
 * before the first Tab.
 */
export async function recordFocusBaseline(page: Page): Promise<void> {
  await page.evaluate(() => {
    const baseline = new WeakMap<Element, string>();
    for (const element of document.querySelectorAll("*")) {
      const s = getComputedStyle(element);
      baseline.set(element, [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset, s.boxShadow].join("|"));
    }
    window.__focusBaseline = baseline;
  });
}

/** The indicator of `document.activeElement`, or undefined when nothing in the page has focus. */
export async function focusIndicator(page: Page): Promise<FocusIndicator | undefined> {
  return page.evaluate((): FocusIndicator | undefined => {
    type Rgba = [number, number, number, number];
    const active = document.activeElement;
    const baseline = window.__focusBaseline;
    if (!active || active === document.body || !baseline) return undefined;

    const parseColor = (value: string): Rgba | undefined => {
      const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value.trim());
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : undefined;
    };
    const luminance = ([r, g, b]: Rgba): number => {
      const channel = (v: number): number => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrast = (a: Rgba, b: Rgba): number => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    const backgroundBehind = (element: Element | null): Rgba => {
      for (let e = element; e; e = e.parentElement) {
        const color = parseColor(getComputedStyle(e).backgroundColor);
        if (color && color[3] > 0.5) return color;
      }
      return [255, 255, 255, 1];
    };
    const halo = (boxShadow: string): { color: Rgba; spread: number } | undefined => {
      if (boxShadow === "none") return undefined;
      for (const part of boxShadow.split(/,(?![^(]*\))/)) {
        const colorText = /rgba?\([^)]*\)/.exec(part)?.[0] ?? "";
        const color = parseColor(colorText);
        const [x = 0, y = 0, blur = 0, spread = 0] = part
          .replace(colorText, "")
          .trim()
          .split(/\s+/)
          .filter((t) => t.endsWith("px"))
          .map(parseFloat);
        if (color && color[3] > 0.5 && !part.includes("inset") && x === 0 && y === 0 && blur === 0 && spread >= 2) return { color, spread };
      }
      return undefined;
    };
    const describe = (element: Element): string => {
      const classes = [...element.classList].map((c) => `.${c}`).join("");
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${classes}${text ? ` "${text}"` : ""}`;
    };

    for (let box: Element | null = active; box && box !== document.documentElement; box = box.parentElement) {
      const s = getComputedStyle(box);
      const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset, s.boxShadow].join("|");
      if (now === baseline.get(box)) continue;
      const rect = box.getBoundingClientRect();
      const visible = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
      const around = backgroundBehind(box.parentElement);
      const ring = halo(s.boxShadow);
      const outlineWidth = parseFloat(s.outlineWidth);
      const outlineColor = parseColor(s.outlineColor);
      if (s.outlineStyle !== "none" && outlineWidth > 0 && outlineColor) {
        // A halo wider than offset + outline lies on both sides of the outline: that is its neighbour.
        const neighbour = ring && ring.spread >= parseFloat(s.outlineOffset) + outlineWidth ? ring.color : around;
        return { element: describe(active), drawnBy: describe(box), kind: "outline", width: outlineWidth, contrast: contrast(outlineColor, neighbour), visible };
      }
      if (ring) return { element: describe(active), drawnBy: describe(box), kind: "halo", width: ring.spread, contrast: contrast(ring.color, around), visible };
    }
    return { element: describe(active), drawnBy: "", kind: "none", width: 0, contrast: 1, visible: false };
  });
}
