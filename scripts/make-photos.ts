/**
 * Renders the stand-in photographs in `assets/images/`.
 *
 * The site needs photos, but the repository may only hold pictures we are
 * allowed to publish. So every image is painted from an SVG scene, rasterised
 * by sharp and then "developed" like a photo (soft focus, halation, vignette,
 * lens fringing, film grain), which keeps layouts and art direction honest
 * without borrowing anybody's pictures.
 *
 * Every random choice comes from a PRNG seeded with the file name, so two runs
 * produce byte-identical JPEGs and regenerating never causes noisy diffs.
 *
 * Usage: `npm run photos` (all scenes) or
 * `tsx scripts/make-photos.ts burundi globe` (only files whose name contains
 * one of the words; handy while tuning a single scene).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';

/* ------------------------------------------------------------------------ */
/* Randomness                                                               */
/* ------------------------------------------------------------------------ */

/**
 * Creates a mulberry32 generator: tiny, fast and good enough for art, and
 * unlike `Math.random()` it can be replayed from a seed.
 *
 * @param seed - any 32-bit integer
 * @returns a function yielding uniform numbers in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a hash of a string; turns a file name into a PRNG seed so that adding
 * or reordering scenes never changes the pictures of the others.
 *
 * @param text - the string to hash
 * @returns an unsigned 32-bit hash
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Convenience wrapper around one seeded stream. */
class Dice {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  u(): number {
    return this.next();
  }

  range(a: number, b: number): number {
    return a + (b - a) * this.next();
  }

  int(a: number, b: number): number {
    return Math.min(b, Math.floor(this.range(a, b + 1)));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Symmetric jitter in [-amount, amount]. */
  jit(amount: number): number {
    return (this.next() * 2 - 1) * amount;
  }

  /** Standard normal sample (Box-Muller). */
  gauss(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

/* ------------------------------------------------------------------------ */
/* Colour and number helpers                                                */
/* ------------------------------------------------------------------------ */

type Rgb = readonly [number, number, number];

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Rounds coordinates to one decimal: smaller SVG, and no float noise in the output. */
const n1 = (v: number): string => (Math.round(v * 10) / 10).toString();
const n3 = (v: number): string => (Math.round(v * 1000) / 1000).toString();

function toRgb(hex: string): Rgb {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function toHex(c: Rgb): string {
  return `#${c.map((v) => Math.round(clamp(v, 0, 255)).toString(16).padStart(2, '0')).join('')}`;
}

function mix(a: string, b: string, t: number): string {
  const ca = toRgb(a);
  const cb = toRgb(b);
  return toHex([lerp(ca[0], cb[0], t), lerp(ca[1], cb[1], t), lerp(ca[2], cb[2], t)]);
}

/** Positive t lightens towards white, negative darkens towards black. */
function shade(c: string, t: number): string {
  return t >= 0 ? mix(c, '#ffffff', t) : mix(c, '#000000', -t);
}

/** Small random tone shift, because identical colours are what make vector art look fake. */
function vary(dice: Dice, c: string, amount: number): string {
  const [r, g, b] = toRgb(c);
  const k = 1 + dice.jit(amount);
  return toHex([r * k + dice.jit(amount * 40), g * k + dice.jit(amount * 40), b * k + dice.jit(amount * 40)]);
}

/* ------------------------------------------------------------------------ */
/* SVG building                                                             */
/* ------------------------------------------------------------------------ */

type Pt = readonly [number, number];
type Stop = readonly [offset: number, color: string, opacity?: number];

/** Collects one SVG document: body elements plus the defs they reference. */
class Svg {
  private readonly defs: string[] = [];
  private readonly parts: string[] = [];
  private readonly memo = new Map<string, string>();
  private counter = 0;

  constructor(
    readonly w: number,
    readonly h: number,
    readonly dice: Dice,
  ) {}

  add(...items: string[]): this {
    this.parts.push(...items);
    return this;
  }

  private id(): string {
    return `d${(this.counter++).toString(36)}`;
  }

  private stops(stops: readonly Stop[]): string {
    return stops
      .map(([o, c, a]) => `<stop offset="${n3(o)}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${n3(a)}"`}/>`)
      .join('');
  }

  /** Linear gradient; coordinates are bounding-box fractions unless `user` is set. */
  lin(stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1, user = false): string {
    const id = this.id();
    const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
    this.defs.push(
      `<linearGradient id="${id}" x1="${n3(x1)}" y1="${n3(y1)}" x2="${n3(x2)}" y2="${n3(y2)}"${units}>${this.stops(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** Radial gradient; coordinates are bounding-box fractions unless `user` is set. */
  rad(stops: readonly Stop[], cx = 0.5, cy = 0.5, r = 0.5, user = false): string {
    const id = this.id();
    const units = user ? ' gradientUnits="userSpaceOnUse"' : '';
    this.defs.push(
      `<radialGradient id="${id}" cx="${n3(cx)}" cy="${n3(cy)}" r="${n3(r)}"${units}>${this.stops(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }

  /** Gaussian blur filter attribute, in the user units of the element it is used on. */
  blur(sd: number): string {
    const key = `blur:${n3(sd)}`;
    let id = this.memo.get(key);
    if (!id) {
      id = this.id();
      this.defs.push(
        `<filter id="${id}" x="-60%" y="-60%" width="220%" height="220%"><feGaussianBlur stdDeviation="${n3(sd)}"/></filter>`,
      );
      this.memo.set(key, id);
    }
    return `filter="url(#${id})"`;
  }

  /**
   * Surface texture filter: multiplies the painted colours with fractal noise
   * (plaster, foliage, wood, fabric). Different x/y frequencies give streaks.
   */
  tex(fx: number, fy: number, amount: number, octaves = 3, kind: 'fractalNoise' | 'turbulence' = 'fractalNoise'): string {
    const key = `tex:${fx}:${fy}:${amount}:${octaves}:${kind}`;
    let id = this.memo.get(key);
    if (!id) {
      id = this.id();
      const seed = this.dice.int(1, 9999);
      this.defs.push(
        `<filter id="${id}" color-interpolation-filters="sRGB">` +
          `<feTurbulence type="${kind}" baseFrequency="${n3(fx)} ${n3(fy)}" numOctaves="${octaves}" seed="${seed}" result="n"/>` +
          `<feColorMatrix in="n" type="matrix" values="1 0 0 0 0 1 0 0 0 0 1 0 0 0 0 0 0 0 0 1" result="g"/>` +
          `<feComposite in="SourceGraphic" in2="g" operator="arithmetic" k1="${n3(2 * amount)}" k2="${n3(1 - amount)}" k3="0" k4="0" result="m"/>` +
          `<feComposite in="m" in2="SourceAlpha" operator="in"/></filter>`,
      );
      this.memo.set(key, id);
    }
    return `filter="url(#${id})"`;
  }

  /** Clip path attribute for the given shapes. */
  clip(shapes: string): string {
    const id = this.id();
    this.defs.push(`<clipPath id="${id}">${shapes}</clipPath>`);
    return `clip-path="url(#${id})"`;
  }

  toString(): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.w}" height="${this.h}" viewBox="0 0 ${this.w} ${this.h}">` +
      `<defs>${this.defs.join('')}</defs>${this.parts.join('')}</svg>`
    );
  }
}

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${n1(x)}" y="${n1(y)}" width="${n1(w)}" height="${n1(h)}" fill="${fill}" ${extra}/>`;

const ell = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string =>
  `<ellipse cx="${n1(cx)}" cy="${n1(cy)}" rx="${n1(rx)}" ry="${n1(ry)}" fill="${fill}" ${extra}/>`;

const poly = (pts: readonly Pt[], fill: string, extra = ''): string =>
  `<polygon points="${pts.map(([x, y]) => `${n1(x)},${n1(y)}`).join(' ')}" fill="${fill}" ${extra}/>`;

const pathEl = (d: string, fill: string, extra = ''): string => `<path d="${d}" fill="${fill}" ${extra}/>`;

const line = (a: Pt, b: Pt, stroke: string, width: number, extra = ''): string =>
  `<line x1="${n1(a[0])}" y1="${n1(a[1])}" x2="${n1(b[0])}" y2="${n1(b[1])}" stroke="${stroke}" stroke-width="${n1(width)}" ${extra}/>`;

const g = (inner: string, extra = ''): string => `<g ${extra}>${inner}</g>`;

/** Local-unit helpers for figures, where one unit is a head height and 0.1 px precision would be far too coarse. */
const p3 = (x: number, y: number): string => `${n3(x)},${n3(y)}`;

/** Catmull-Rom spline through the points, as cubic Bezier path data. */
function smooth(pts: readonly Pt[], closed = true, precise = false): string {
  const n = pts.length;
  const fmt = precise ? n3 : n1;
  const at = (i: number): Pt => (closed ? pts[((i % n) + n) % n]! : pts[clamp(i, 0, n - 1)]!);
  const first = at(0);
  let d = `M${fmt(first[0])},${fmt(first[1])}`;
  const segs = closed ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3v = at(i + 2);
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Pt = [p2[0] - (p3v[0] - p1[0]) / 6, p2[1] - (p3v[1] - p1[1]) / 6];
    d += `C${fmt(c1[0])},${fmt(c1[1])} ${fmt(c2[0])},${fmt(c2[1])} ${fmt(p2[0])},${fmt(p2[1])}`;
  }
  return closed ? `${d}Z` : d;
}

/** Irregular rounded outline, the basic brush for foliage, clouds and land masses. */
function blob(dice: Dice, cx: number, cy: number, rx: number, ry: number, jag = 0.22, n = 10): string {
  const pts: Pt[] = [];
  const turn = dice.u() * Math.PI * 2;
  for (let i = 0; i < n; i++) {
    const a = turn + (i / n) * Math.PI * 2;
    const k = 1 + dice.jit(jag);
    pts.push([cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k]);
  }
  return smooth(pts);
}

/** A natural-looking horizon line: a few summed sine waves with random phases. */
function ridge(dice: Dice, x0: number, x1: number, y: number, amp: number, waves: number, step = 40): Pt[] {
  const comps = [0, 1, 2].map((i) => ({
    f: (waves * (1 + i * 1.9 + dice.u())) / (x1 - x0),
    a: amp / (1 + i * 1.6),
    p: dice.u() * Math.PI * 2,
  }));
  const pts: Pt[] = [];
  for (let x = x0; x <= x1 + step; x += step) {
    let v = 0;
    for (const c of comps) v += Math.sin(x * c.f * Math.PI * 2 + c.p) * c.a;
    pts.push([x, y + v]);
  }
  return pts;
}

/** Closes a ridge line down to the given bottom edge. */
function landPath(pts: readonly Pt[], bottom: number): string {
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  return `${smooth(pts, false)}L${n1(last[0])},${n1(bottom)}L${n1(first[0])},${n1(bottom)}Z`;
}

/** Height of a ridge at x, by linear interpolation between samples. */
function ridgeAt(pts: readonly Pt[], x: number): number {
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if (x <= b[0]) return lerp(a[1], b[1], (x - a[0]) / (b[0] - a[0] || 1));
  }
  return pts[pts.length - 1]![1];
}

/** Pinhole camera for scenes that need believable perspective (floors, tables, pavement). */
class Camera {
  constructor(
    readonly cx: number,
    readonly horizon: number,
    readonly focal: number,
    readonly height: number,
  ) {}

  /** World metres (x right, y up, z away) to screen pixels. */
  p(x: number, y: number, z: number): Pt {
    return [this.cx + (this.focal * x) / z, this.horizon + (this.focal * (this.height - y)) / z];
  }

  /** Pixels per metre at depth z. */
  scale(z: number): number {
    return this.focal / z;
  }
}

/* ------------------------------------------------------------------------ */
/* Reusable motifs                                                          */
/* ------------------------------------------------------------------------ */

/** Cumulus cloud: crisp lit tops over a soft grey-blue underside, like real convective cloud. */
function cloud(s: Svg, cx: number, cy: number, width: number, belly = '#b9c4d2'): string {
  const d = s.dice;
  const hgt = width * 0.36;
  const fill = s.lin([[0, '#ffffff'], [0.5, '#f1f3f6'], [1, belly]], 0, cy - hgt, 0, cy + hgt * 0.1, true);
  const base: string[] = [ell(cx, cy - hgt * 0.1, width * 0.46, hgt * 0.2, belly, 'opacity="0.8"')];
  const tops: string[] = [];
  const puffs = d.int(9, 14);
  for (let i = 0; i < puffs; i++) {
    const t = d.u();
    const bulge = 1 - Math.abs(t - 0.5) * 1.6;
    const r = width * d.range(0.07, 0.17) * (0.5 + bulge * 0.7);
    const x = cx + (t - 0.5) * width * 0.85;
    const y = cy - r * 0.5 - bulge * hgt * d.range(0.15, 0.65);
    tops.push(ell(x, y, r * d.range(1, 1.3), r, fill, `opacity="${n3(d.range(0.75, 1))}"`));
  }
  return g(g(base.join(''), s.blur(width / 22)) + g(tops.join(''), s.blur(width / 110)), s.blur(width / 200));
}

/** Thin veil of high cloud: wide, faint and very soft. */
function cirrus(s: Svg, cx: number, cy: number, width: number, opacity = 0.35): string {
  const d = s.dice;
  const parts: string[] = [];
  for (let i = 0; i < 6; i++) {
    parts.push(ell(cx + d.jit(width * 0.35), cy + d.jit(width * 0.03), width * d.range(0.15, 0.35), width * d.range(0.01, 0.03), '#ffffff', `opacity="${n3(d.range(0.3, 0.8))}"`));
  }
  return g(parts.join(''), `opacity="${n3(opacity)}" ${s.blur(width / 50)}`);
}

/** Deciduous tree: dark base crown with lighter sunlit clumps on the upper left. */
function tree(s: Svg, x: number, baseY: number, height: number, palette: readonly [string, string, string], poplar = false): string {
  const d = s.dice;
  const parts: string[] = [];
  const tw = height * (poplar ? 0.035 : 0.05);
  parts.push(
    pathEl(
      `M${n1(x - tw)},${n1(baseY)}L${n1(x - tw * 0.5)},${n1(baseY - height * 0.55)}L${n1(x + tw * 0.5)},${n1(baseY - height * 0.55)}L${n1(x + tw)},${n1(baseY)}Z`,
      s.lin([[0, '#5a4a3a'], [1, '#2e261f']], 0, 0, 1, 0),
    ),
  );
  const rx = height * (poplar ? 0.15 : 0.36);
  const ry = height * (poplar ? 0.46 : 0.34);
  const cy = baseY - height + ry;
  const crown: string[] = [blob(d, x, cy, rx, ry, 0.16, 12)].map((p) => pathEl(p, palette[0]));
  const mids = d.int(5, 8);
  for (let i = 0; i < mids; i++) {
    const a = d.range(Math.PI * 0.9, Math.PI * 2.1);
    const r = d.range(0.2, 0.55);
    crown.push(pathEl(blob(d, x + Math.cos(a) * rx * r, cy + Math.sin(a) * ry * r, rx * d.range(0.35, 0.55), ry * d.range(0.3, 0.5)), palette[1]));
  }
  const lights = d.int(3, 6);
  for (let i = 0; i < lights; i++) {
    crown.push(
      pathEl(
        blob(d, x - rx * d.range(0.1, 0.55), cy - ry * d.range(0.1, 0.6), rx * d.range(0.18, 0.32), ry * d.range(0.15, 0.28)),
        palette[2],
        'opacity="0.85"',
      ),
    );
  }
  parts.push(g(crown.join(''), s.tex(0.09, 0.09, 0.45, 2, 'turbulence')));
  return g(parts.join(''));
}

type HairStyle = 'short' | 'long' | 'bob' | 'bun' | 'curly';
type ArmPose = 'down' | 'forward' | 'shake' | 'clasp';

/** A stylised person, head-on. All geometry is in head heights, origin at the crown. */
interface Figure {
  x: number;
  y: number;
  /** Head height in pixels. */
  size: number;
  skin: string;
  top: string;
  hair?: string;
  hairStyle?: HairStyle;
  scarf?: string;
  legs?: string;
  collar?: string;
  blazer?: boolean;
  build?: number;
  /** Where the key light comes from: -1 left, 1 right. */
  light?: number;
  arms?: ArmPose;
  /** Which side reaches out for a handshake. */
  reach?: 1 | -1;
  /** Lower edge of the garment, in head heights. */
  hem?: number;
  /** Head tilt in degrees, pivoting at the chin. */
  tilt?: number;
  face?: 'none' | 'simple' | 'detailed';
}

/** Tapered limb outline through the given joints, as a smooth closed path. */
function tube(pts: readonly Pt[], widths: readonly number[]): string {
  const left: Pt[] = [];
  const right: Pt[] = [];
  pts.forEach((pt, i) => {
    const a = pts[Math.max(0, i - 1)]!;
    const b = pts[Math.min(pts.length - 1, i + 1)]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const nx = -(b[1] - a[1]) / len;
    const ny = (b[0] - a[0]) / len;
    const half = widths[i]! / 2;
    left.push([pt[0] + nx * half, pt[1] + ny * half]);
    right.push([pt[0] - nx * half, pt[1] - ny * half]);
  });
  return smooth([...left, ...right.reverse()], true, true);
}

/** Draws a figure; `hands` is returned separately so tables or banners can go in between. */
function figure(s: Svg, p: Figure): { body: string; hands: string } {
  const L = p.light ?? -0.6;
  const dark = L < 0 ? 1 : -1;
  const sw = 0.84 * (p.build ?? 1);
  const hem = p.hem ?? 4.6;
  const flare = Math.max(0, hem - 4.4) * 0.06;
  const hairC = p.hair ?? '#3a2619';
  const style = p.hairStyle ?? 'short';
  const across = (c: string, k = 1): string =>
    s.lin([[0, shade(c, L < 0 ? 0.1 * k : -0.3 * k)], [0.5, c], [1, shade(c, L < 0 ? -0.3 * k : 0.1 * k)]], 0, 0, 1, 0);
  const skinFill = s.rad([[0, shade(p.skin, 0.1)], [0.55, p.skin], [1, shade(p.skin, -0.22)]], 0.5 - dark * 0.15, 0.42, 0.65);
  const topFill = across(p.top);
  const body: string[] = [];
  const hands: string[] = [];
  const head: string[] = [];
  const sil: string[] = [];
  const el = (x: number, y: number, rx: number, ry: number, fill: string, extra = ''): string =>
    `<ellipse cx="${n3(x)}" cy="${n3(y)}" rx="${n3(rx)}" ry="${n3(ry)}" fill="${fill}" ${extra}/>`;
  const shapeP = (d: string, fill: string, extra = ''): string => `<path d="${d}" fill="${fill}" ${extra}/>`;
  const handAt = (x: number, y: number, rx: number, ry: number): string =>
    el(x, y, rx, ry, skinFill) + el(x + dark * rx * 0.3, y + ry * 0.2, rx * 0.7, ry * 0.7, '#000000', `opacity="0.18" ${s.blur(rx * 0.3)}`);

  if (p.legs) {
    const legFill = across(p.legs);
    body.push(
      shapeP(`M${p3(-0.56, 4.1)}L${p3(0.56, 4.1)}L${p3(0.44, 7.35)}L${p3(0.12, 7.35)}L${p3(0.03, 5)}L${p3(-0.03, 5)}L${p3(-0.12, 7.35)}L${p3(-0.44, 7.35)}Z`, legFill),
      el(-0.3, 7.42, 0.2, 0.09, '#2a211c'),
      el(0.3, 7.42, 0.2, 0.09, '#2a211c'),
    );
  }

  const headTf = p.tilt ? `transform="rotate(${n3(p.tilt)} 0 1)"` : '';
  if (p.scarf) {
    body.push(
      g(
        shapeP(
          'M0,-0.1C0.38,-0.1 0.53,0.2 0.53,0.55C0.53,0.85 0.6,1.05 0.85,1.35C0.5,1.5 -0.5,1.5 -0.85,1.35C-0.6,1.05 -0.53,0.85 -0.53,0.55C-0.53,0.2 -0.38,-0.1 0,-0.1Z',
          across(shade(p.scarf, -0.15)),
        ),
        headTf,
      ),
    );
  } else if (style === 'long' || style === 'bob') {
    const e = style === 'long' ? 1.8 : 1.05;
    body.push(
      g(
        shapeP(
          `M-0.5,0.4C-0.55,-0.12 0.55,-0.12 0.5,0.4C0.52,0.9 0.6,${n3(e - 0.4)} 0.68,${n3(e)}C0.35,${n3(e + 0.12)} -0.35,${n3(e + 0.12)} -0.68,${n3(e)}C-0.6,${n3(e - 0.4)} -0.52,0.9 -0.5,0.4Z`,
          s.lin([[0, shade(hairC, -0.25)], [1, shade(hairC, -0.5)]]),
        ),
        headTf,
      ),
    );
  }

  const torso =
    `M${p3(-0.2, 1.06)}C${p3(-0.45, 1.1)} ${p3(-(sw - 0.2), 1.16)} ${p3(-(sw - 0.04), 1.26)}` +
    `C${p3(-(sw + 0.12), 1.36)} ${p3(-(sw + 0.15), 1.55)} ${p3(-(sw + 0.14), 1.75)}` +
    `C${p3(-(sw + 0.1), 1.95)} ${p3(-sw * 0.86, 2.2)} ${p3(-sw * 0.8, 3)}` +
    `C${p3(-sw * 0.82, 3.6)} ${p3(-sw * 0.92, 4.1)} ${p3(-(sw * 0.94 + flare), hem)}` +
    `L${p3(sw * 0.94 + flare, hem)}C${p3(sw * 0.92, 4.1)} ${p3(sw * 0.82, 3.6)} ${p3(sw * 0.8, 3)}` +
    `C${p3(sw * 0.86, 2.2)} ${p3(sw + 0.1, 1.95)} ${p3(sw + 0.14, 1.75)}` +
    `C${p3(sw + 0.15, 1.55)} ${p3(sw + 0.12, 1.36)} ${p3(sw - 0.04, 1.26)}C${p3(sw - 0.2, 1.16)} ${p3(0.45, 1.1)} ${p3(0.2, 1.06)}Z`;
  const neck = 'M-0.13,0.78L0.13,0.78L0.15,1.16C0.08,1.26 -0.08,1.26 -0.15,1.16Z';
  const arms = p.arms ?? 'down';
  const creases: string[] = [];
  const front: string[] = [];
  for (const sgn of [-1, 1] as const) {
    const sleeve = across(shade(p.top, -0.06));
    const top: Pt = [sgn * (sw - 0.02), 1.7];
    let upper: Pt[];
    const widths = [0.32, 0.28, 0.23];
    if (arms === 'shake' && p.reach === sgn) {
      upper = [top, [sgn * (sw + 0.3), 2.5], [sgn * (sw + 1.1), 2.7]];
      front.push(shapeP(tube(upper.slice(1), widths.slice(1)), sleeve));
      if (p.blazer) front.push(el(sgn * (sw + 1.12), 2.7, 0.05, 0.12, p.collar ?? '#f2efe8'));
      front.push(handAt(sgn * (sw + 1.27), 2.74, 0.17, 0.13));
    } else if (arms === 'forward') {
      upper = [top, [sgn * (sw + 0.08), 2.3], [sgn * (sw + 0.06), 2.95]];
      hands.push(shapeP(tube([[sgn * (sw + 0.04), 2.95], [sgn * sw * 0.5, 3.55]], [0.28, 0.23]), across(shade(p.top, -0.06))));
      hands.push(handAt(sgn * sw * 0.46, 3.66, 0.15, 0.11));
    } else if (arms === 'clasp') {
      upper = [top, [sgn * (sw + 0.08), 2.4], [sgn * (sw + 0.02), 3.05]];
      front.push(shapeP(tube([[sgn * (sw + 0.0), 3.0], [sgn * 0.18, 3.5]], [0.27, 0.22]), across(shade(p.top, -0.02))));
    } else {
      upper = [top, [sgn * (sw + 0.08), 2.75], [sgn * (sw + 0.03), 3.85]];
      front.push(handAt(sgn * (sw + 0.03), 4.02, 0.11, 0.17));
    }
    body.push(shapeP(tube(upper, widths), sleeve));
    sil.push(`<path d="${tube(upper, widths)}"/>`);
    creases.push(
      `<path d="M${p3(sgn * (sw - 0.12), 2.0)}Q${p3(sgn * (sw - 0.02), 2.6)} ${p3(sgn * (sw - 0.1), 3.4)}" fill="none" stroke="#000" stroke-width="0.06" opacity="0.35" ${s.blur(0.04)}/>`,
    );
  }
  if (arms === 'clasp') front.push(handAt(-0.05, 3.56, 0.16, 0.12), handAt(0.08, 3.5, 0.15, 0.12));
  body.push(shapeP(torso, topFill));
  sil.push(`<path d="${torso}"/>`);
  if (!p.scarf) body.push(shapeP(neck, s.lin([[0, shade(p.skin, -0.45)], [0.5, shade(p.skin, -0.2)], [1, shade(p.skin, -0.12)]])));
  if (p.blazer) {
    const shirt = p.collar ?? '#f2efe8';
    const lapel = shade(p.top, -0.2);
    body.push(
      shapeP('M-0.28,1.08L0.28,1.08L0,2.05Z', s.lin([[0, shade(shirt, -0.25)], [0.35, shirt], [1, shade(shirt, -0.1)]])),
      shapeP('M-0.15,1.1L0.15,1.1L0,1.48Z', s.lin([[0, shade(p.skin, -0.12)], [1, shade(p.skin, -0.24)]])),
      shapeP('M-0.28,1.08L-0.02,2.08L-0.2,2.2L-0.52,1.55L-0.38,1.45L-0.44,1.2Z', across(lapel, 0.6)),
      shapeP('M0.28,1.08L0.02,2.08L0.2,2.2L0.52,1.55L0.38,1.45L0.44,1.2Z', across(shade(lapel, -0.08), 0.6)),
      `<path d="M-0.28,1.1L-0.02,2.08M0.28,1.1L0.02,2.08" fill="none" stroke="#000" stroke-width="0.05" opacity="0.25" ${s.blur(0.03)}/>`,
    );
  } else if (!p.scarf) {
    body.push(shapeP('M-0.25,1.1Q0,1.5 0.25,1.1Z', s.lin([[0, shade(p.skin, -0.35)], [1, shade(p.skin, -0.08)]])));
    if (p.collar) body.push(`<path d="M-0.25,1.1Q0,1.5 0.25,1.1" fill="none" stroke="${p.collar}" stroke-width="0.06"/>`);
  }

  sil.push(`<path d="${neck}"/>`);
  const shadeClip = s.clip(sil.join(''));
  body.push(
    g(
      `<rect x="-2.6" y="0.5" width="5.2" height="8" fill="${s.lin([[0, '#ffffff', L < 0 ? 0.1 : 0], [0.45, '#000000', 0], [1, '#000000', L < 0 ? 0.35 : 0.1]], 0, 0, 1, 0)}"/>` +
        creases.join('') +
        el(0, 1.2, 0.32, 0.12, '#000', `opacity="0.4" ${s.blur(0.06)}`) +
        el(dark * sw * 0.9, 2.4, 0.25, 1.4, '#000', `opacity="0.25" ${s.blur(0.15)}`) +
        `<path d="M${p3(-sw * 0.5, 3.1)}Q0,3.25 ${p3(sw * 0.5, 3.1)}" fill="none" stroke="#000" stroke-width="0.05" opacity="0.15" ${s.blur(0.05)}/>`,
      shadeClip,
    ),
  );
  body.push(...front);

  if (!p.scarf && style !== 'long') {
    head.push(el(-0.38, 0.52, 0.06, 0.11, shade(p.skin, -0.12)), el(0.38, 0.52, 0.06, 0.11, shade(p.skin, -0.12)));
  }
  const facePath =
    'M0,0.02C0.22,0.02 0.38,0.18 0.38,0.45C0.38,0.66 0.31,0.82 0.19,0.93C0.11,0.99 0.05,1 0,1C-0.05,1 -0.11,0.99 -0.19,0.93C-0.31,0.82 -0.38,0.66 -0.38,0.45C-0.38,0.18 -0.22,0.02 0,0.02Z';
  head.push(shapeP(facePath, skinFill));
  head.push(
    g(
      el(dark * 0.32, 0.55, 0.2, 0.5, '#3a1c10', `opacity="0.3" ${s.blur(0.07)}`) +
        el(-0.14, 0.47, 0.1, 0.06, '#3a1c10', `opacity="0.16" ${s.blur(0.03)}`) +
        el(0.14, 0.47, 0.1, 0.06, '#3a1c10', `opacity="0.16" ${s.blur(0.03)}`) +
        el(0.01, 0.745, 0.05, 0.02, '#3a1c10', `opacity="0.25" ${s.blur(0.015)}`) +
        el(0, 0.885, 0.06, 0.02, '#3a1c10', `opacity="0.2" ${s.blur(0.015)}`) +
        el(-dark * 0.1, 0.26, 0.15, 0.08, '#ffffff', `opacity="0.1" ${s.blur(0.05)}`) +
        el(dark * 0.2, 0.88, 0.2, 0.12, '#3a1c10', `opacity="0.18" ${s.blur(0.05)}`) +
        el(-dark * 0.2, 0.63, 0.08, 0.06, '#ffffff', `opacity="0.12" ${s.blur(0.04)}`) +
        el(-dark * 0.015, 0.6, 0.018, 0.08, '#ffffff', `opacity="0.22" ${s.blur(0.015)}`),
      s.clip(`<path d="${facePath}"/>`),
    ),
  );

  const face = p.face ?? 'simple';
  const lip = mix(p.skin, '#a8443f', 0.42);
  const browC = p.scarf ? '#2b1d14' : shade(hairC, -0.1);
  if (face === 'simple') {
    head.push(
      `<g opacity="0.8">${el(-0.14, 0.5, 0.045, 0.026, '#2b1d16')}${el(0.14, 0.5, 0.045, 0.026, '#2b1d16')}</g>`,
      `<path d="M-0.22,0.42Q-0.14,0.38 -0.06,0.42M0.06,0.42Q0.14,0.38 0.22,0.42" fill="none" stroke="${browC}" stroke-width="0.03" opacity="0.7"/>`,
      `<path d="M-0.09,0.81Q0,0.86 0.09,0.81" fill="none" stroke="${lip}" stroke-width="0.035" stroke-linecap="round"/>`,
    );
  } else if (face === 'detailed') {
    const soft = s.blur(0.012);
    const eye = (x: number): string =>
      `<path d="M${p3(x - 0.075, 0.5)}Q${p3(x, 0.455)} ${p3(x + 0.075, 0.5)}Q${p3(x, 0.53)} ${p3(x - 0.075, 0.5)}Z" fill="#e9e0da"/>` +
      `<circle cx="${n3(x)}" cy="0.496" r="0.03" fill="#5a3d26"/><circle cx="${n3(x)}" cy="0.496" r="0.014" fill="#140c08"/>` +
      `<circle cx="${n3(x - 0.01)}" cy="0.486" r="0.007" fill="#ffffff" opacity="0.8"/>` +
      `<path d="M${p3(x - 0.082, 0.503)}Q${p3(x, 0.445)} ${p3(x + 0.082, 0.5)}" fill="none" stroke="#2a1a12" stroke-width="0.016"/>` +
      `<path d="M${p3(x - 0.07, 0.468)}Q${p3(x, 0.432)} ${p3(x + 0.075, 0.47)}" fill="none" stroke="${shade(p.skin, -0.3)}" stroke-width="0.01" opacity="0.5"/>`;
    head.push(
      g(eye(-0.14) + eye(0.14), soft),
      `<path d="M-0.23,0.41Q-0.15,0.365 -0.06,0.395M0.06,0.395Q0.15,0.365 0.23,0.41" fill="none" stroke="${browC}" stroke-width="0.03" stroke-linecap="round" opacity="0.75" ${soft}/>`,
      `<path d="M${n3(dark * 0.03)},0.5C${n3(dark * 0.05)},0.58 ${n3(dark * 0.075)},0.65 ${n3(dark * 0.055)},0.7" fill="none" stroke="${shade(p.skin, -0.35)}" stroke-width="0.022" opacity="0.4" ${s.blur(0.012)}/>`,
      el(-0.035, 0.705, 0.018, 0.01, shade(p.skin, -0.5), 'opacity="0.45"'),
      el(0.038, 0.705, 0.018, 0.01, shade(p.skin, -0.5), 'opacity="0.45"'),
      g(
        `<path d="M-0.1,0.805Q-0.04,0.785 0,0.8Q0.04,0.785 0.1,0.805Q0.05,0.815 0,0.815Q-0.05,0.815 -0.1,0.805Z" fill="${shade(lip, -0.12)}"/>` +
          `<path d="M-0.1,0.805Q0,0.87 0.1,0.805Q0,0.825 -0.1,0.805Z" fill="${lip}"/>` +
          el(-0.01, 0.833, 0.03, 0.008, '#ffffff', 'opacity="0.2"'),
        soft,
      ),
      el(-0.21, 0.68, 0.09, 0.06, '#d9826f', `opacity="0.15" ${s.blur(0.03)}`),
      el(0.21, 0.68, 0.09, 0.06, '#d9826f', `opacity="0.12" ${s.blur(0.03)}`),
    );
  }

  const hairFill = across(hairC, 1.2);
  const hairShapes: string[] = [];
  if (p.scarf) {
    const sf = across(p.scarf);
    const band = 'M-0.41,0.6C-0.45,0.1 -0.25,-0.06 0,-0.06C0.25,-0.06 0.45,0.1 0.41,0.6C0.37,0.32 0.22,0.2 0,0.19C-0.22,0.2 -0.37,0.32 -0.41,0.6Z';
    const drape = 'M-0.39,0.55C-0.38,0.85 -0.2,0.99 0,0.99C0.2,0.99 0.38,0.85 0.39,0.55L0.5,0.6C0.58,1 0.64,1.4 0.52,1.85C0.25,2 -0.25,2 -0.52,1.85C-0.64,1.4 -0.58,1 -0.5,0.6Z';
    head.push(shapeP(band, sf), shapeP(drape, sf));
    head.push(
      g(
        `<path d="M-0.3,1.2Q0,1.5 0.35,1.25M-0.42,1.5Q0,1.78 0.44,1.55M0.2,0.04Q0.38,0.2 0.43,0.5M-0.46,0.8Q-0.45,1.1 -0.3,1.2" fill="none" stroke="#000" stroke-width="0.05" opacity="0.28" ${s.blur(0.03)}/>` +
          `<path d="M-0.25,1.32Q0,1.58 0.3,1.38M-0.2,0.06Q-0.36,0.18 -0.4,0.4" fill="none" stroke="#fff" stroke-width="0.04" opacity="0.16" ${s.blur(0.03)}/>` +
          el(dark * 0.45, 1.2, 0.18, 0.7, '#000', `opacity="0.25" ${s.blur(0.1)}`),
        s.clip(`<path d="${band}"/><path d="${drape}"/>`),
      ),
    );
  } else if (style === 'short' || style === 'bun') {
    hairShapes.push(
      'M-0.4,0.52C-0.44,0.02 -0.2,-0.07 0,-0.07C0.22,-0.07 0.44,0.02 0.4,0.52C0.38,0.3 0.3,0.2 0.12,0.17C-0.05,0.2 -0.25,0.16 -0.36,0.3C-0.38,0.36 -0.39,0.44 -0.4,0.52Z',
    );
    if (style === 'bun') head.push(`<circle cx="0.05" cy="-0.08" r="0.17" fill="${hairFill}"/>`);
  } else if (style === 'curly') {
    const curls: string[] = [];
    for (let i = 0; i <= 12; i++) {
      const a = Math.PI * (0.95 + (i / 12) * 1.1);
      curls.push(`<circle cx="${n3(Math.cos(a) * 0.36)}" cy="${n3(0.42 + Math.sin(a) * 0.42)}" r="0.12"/>`);
    }
    head.push(`<g fill="${hairFill}">${curls.join('')}<ellipse cx="0" cy="0.12" rx="0.34" ry="0.16"/></g>`);
  } else {
    const e = style === 'long' ? 1.72 : 1.0;
    hairShapes.push(
      `M0.08,-0.08C-0.25,-0.08 -0.47,0.1 -0.46,0.5C-0.45,0.85 -0.5,${n3(e - 0.4)} -0.64,${n3(e)}C-0.55,${n3(e + 0.06)} -0.46,${n3(e + 0.04)} -0.4,${n3(e - 0.02)}C-0.36,${n3(e - 0.4)} -0.34,0.9 -0.36,0.55C-0.35,0.3 -0.15,0.15 0.08,0.1Z`,
      `M0.08,-0.08C0.3,-0.08 0.48,0.1 0.46,0.5C0.45,0.85 0.5,${n3(e - 0.4)} 0.62,${n3(e)}C0.54,${n3(e + 0.06)} 0.46,${n3(e + 0.04)} 0.41,${n3(e - 0.02)}C0.37,${n3(e - 0.4)} 0.35,0.9 0.37,0.55C0.36,0.35 0.25,0.18 0.08,0.1Z`,
    );
  }
  if (hairShapes.length > 0) {
    const d = s.dice;
    head.push(...hairShapes.map((h) => shapeP(h, hairFill)));
    const strands: string[] = [];
    for (let i = 0; i < 26; i++) {
      const sx = d.range(-0.45, 0.45);
      const len = d.range(0.3, style === 'long' ? 1.7 : 0.6);
      strands.push(
        `<path d="M${p3(0.08 + d.jit(0.05), -0.06)}Q${p3(sx * 1.15, 0.2)} ${p3(sx * 1.05, 0.1 + len)}" fill="none" stroke="${d.chance(0.5) ? shade(hairC, 0.25) : shade(hairC, -0.35)}" stroke-width="${n3(d.range(0.008, 0.02))}" opacity="0.5"/>`,
      );
    }
    head.push(
      g(
        strands.join('') + el(-dark * 0.18, 0.06, 0.16, 0.05, '#ffffff', `opacity="0.2" ${s.blur(0.03)}`),
        s.clip(hairShapes.map((h) => `<path d="${h}"/>`).join('')),
      ),
    );
  }

  body.push(g(head.join(''), headTf));
  const tf = `transform="translate(${n1(p.x)} ${n1(p.y)}) scale(${n3(p.size)})"`;
  return { body: g(body.join(''), tf), hands: hands.length > 0 ? g(hands.join(''), tf) : '' };
}

/* ------------------------------------------------------------------------ */
/* Scenes                                                                   */
/* ------------------------------------------------------------------------ */

/** Photographic treatment applied after rasterising. */
interface Look {
  /** Grain amplitude as a fraction of full scale. */
  grain: number;
  /** Darkening in the corners, 0..1. */
  vignette: number;
  /** White balance: positive is warmer (golden), negative cooler. */
  warmth: number;
  /** Strength of the highlight glow that real lenses produce. */
  bloom: number;
  /** Gaussian sigma for the whole frame: no real lens is vector-sharp. */
  softness: number;
  saturation: number;
  contrast: number;
}

const DEFAULT_LOOK: Look = {
  grain: 0.045,
  vignette: 0.32,
  warmth: 0.1,
  bloom: 0.22,
  softness: 0.7,
  saturation: 0.9,
  contrast: 0.18,
};

/** One layer of a scene, painted back to front; blur simulates depth of field. */
interface Layer {
  svg: Svg;
  blur: number;
}

/** What a scene painter gets to work with. */
interface Frame {
  w: number;
  h: number;
  dice: Dice;
  /** Starts a new layer on top of the previous ones. */
  layer(blur?: number): Svg;
}

const SIZES = {
  landscape: { w: 1600, h: 1067 },
  portrait: { w: 800, h: 1000 },
} as const;

/** A picture to render. */
interface Scene {
  file: string;
  format: keyof typeof SIZES;
  paint(frame: Frame): void;
  look?: Partial<Look>;
}

const SKIN = ['#f2cdb0', '#e6b38e', '#c98f66', '#a86d45', '#7c4b2c', '#5b3521'] as const;
const HAIR = ['#2a1d15', '#4a2f1f', '#6e4a2e', '#a6804f', '#17110d', '#8a8580'] as const;

/* ---- 1: Marktplatz Ravensburg ---------------------------------------- */

/** Tall old-town tower in the style of the Blaserturm: square shaft, octagonal lantern, pointed helmet. */
function oldTower(s: Svg, x: number, w: number, top: number, groundY: number): string {
  const side = w * 0.24;
  const wall = s.lin([[0, '#f1e8d6'], [1, '#ddcfb3']], 0, 0, 1, 0);
  const parts: string[] = [
    rect(x, top, w, groundY - top, wall, s.tex(0.05, 0.05, 0.12)),
    poly([[x + w, top], [x + w + side, top + 6], [x + w + side, groundY], [x + w, groundY]], '#b9aa8e'),
  ];
  for (let y = top + 10; y < groundY; y += 34) {
    parts.push(rect(x, y, 9, 16, '#d2c3a6'), rect(x + w - 9, y + 17, 9, 16, '#cbbb9d'));
  }
  for (const [dy, wide] of [[95, false], [190, true], [300, false]] as const) {
    const ww = wide ? 18 : 11;
    parts.push(pathEl(`M${n1(x + w / 2 - ww / 2)},${n1(top + dy + 30)}v-22a${n1(ww / 2)},${n1(ww / 2)} 0 0 1 ${n1(ww)},0v22Z`, '#3b3a3c'));
  }
  const cx = x + w / 2;
  parts.push(
    `<circle cx="${n1(cx)}" cy="${n1(top + 45)}" r="${n1(w * 0.26)}" fill="#c9a24a"/>`,
    `<circle cx="${n1(cx)}" cy="${n1(top + 45)}" r="${n1(w * 0.22)}" fill="#263650"/>`,
    line([cx, top + 45], [cx + 6, top + 33], '#d9b75c', 2.5),
    line([cx, top + 45], [cx - 13, top + 47], '#d9b75c', 2.5),
    rect(x - 6, top - 10, w + side + 12, 12, '#e9e0cc'),
    rect(x - 6, top + 2, w + side + 12, 4, '#8d8067', 'opacity="0.5"'),
  );
  const oy = top - 92;
  const ox = x + w * 0.1;
  const ow = w * 0.8;
  parts.push(
    rect(ox, oy, ow, 82, s.lin([[0, '#f3ebdb'], [1, '#d8c9ac']], 0, 0, 1, 0)),
    poly([[ox + ow, oy], [ox + ow + side * 0.8, oy + 5], [ox + ow + side * 0.8, oy + 82], [ox + ow, oy + 82]], '#b3a386'),
  );
  for (const fx of [0.2, 0.62]) {
    parts.push(pathEl(`M${n1(ox + ow * fx)},${n1(oy + 70)}v-36a${n1(ow * 0.09)},${n1(ow * 0.09)} 0 0 1 ${n1(ow * 0.18)},0v36Z`, '#2d2b2c'));
  }
  parts.push(rect(ox - 5, oy - 8, ow + side * 0.8 + 10, 9, '#e7dcc5'));
  const apex: Pt = [ox + ow / 2 + side * 0.25, oy - 118];
  parts.push(
    poly([[ox - 3, oy - 8], apex, [ox + ow + 3, oy - 8]], s.lin([[0, '#58675f'], [1, '#34403b']], 0, 0, 1, 0)),
    poly([[ox + ow + 3, oy - 8], apex, [ox + ow + side * 0.8 + 4, oy - 4]], '#263029'),
    line(apex, [apex[0], apex[1] - 26], '#3a3a36', 2),
    `<circle cx="${n1(apex[0])}" cy="${n1(apex[1] - 14)}" r="4.5" fill="#c9a24a"/>`,
  );
  return g(parts.join(''));
}

/** One window with surround, glass reflections, glazing bars, sill and optional shutters. */
function oldWindow(s: Svg, glass: string, cx: number, cy: number, ww: number, wh: number, shutter?: string): string {
  const d = s.dice;
  const x = cx - ww / 2;
  const y = cy - wh / 2;
  const parts: string[] = [];
  if (shutter) {
    const sh = vary(d, shutter, 0.05);
    for (const sx of [x - ww * 0.52 - 4, x + ww + 4]) {
      parts.push(rect(sx, y - 2, ww * 0.52, wh + 4, sh));
      for (let k = 1; k < 7; k++) parts.push(line([sx + 2, y + (k * wh) / 7], [sx + ww * 0.52 - 2, y + (k * wh) / 7], shade(sh, -0.3), 1, 'opacity="0.5"'));
    }
  }
  parts.push(rect(x - 5, y - 5, ww + 10, wh + 10, '#f2ede2'), rect(x, y, ww, wh, glass));
  if (d.chance(0.45)) {
    parts.push(rect(x + 1, y + 1, ww * 0.28, wh - 2, '#ebe3d3', 'opacity="0.85"'), rect(x + ww * 0.72 - 1, y + 1, ww * 0.28, wh - 2, '#e4dccb', 'opacity="0.85"'));
  }
  if (d.chance(0.35)) parts.push(poly([[x, y + wh * 0.1], [x + ww * 0.6, y], [x + ww, y], [x, y + wh * 0.7]], '#ffffff', 'opacity="0.16"'));
  parts.push(
    rect(x, y, ww, 5, '#000000', 'opacity="0.3"'),
    rect(x, y, 3, wh, '#000000', 'opacity="0.2"'),
    line([cx, y], [cx, y + wh], '#efe9dc', 2.4),
    line([x, y + wh * 0.38], [x + ww, y + wh * 0.38], '#efe9dc', 2.4),
    rect(x - 8, y + wh + 4, ww + 16, 5, '#e6dfd0'),
    rect(x - 8, y + wh + 9, ww + 16, 3, '#000000', 'opacity="0.18"'),
    rect(x - 4, y + wh + 12, ww + 8, wh * 0.6, s.lin([[0, '#3a3026', 0.14], [1, '#3a3026', 0]])),
  );
  return parts.join('');
}

/** Gabled or eaves-facing old-town house standing on `baseY`. */
function townHouse(s: Svg, x: number, w: number, baseY: number, top: number, gable: boolean, wall: string, roof: string): string {
  const d = s.dice;
  const parts: string[] = [];
  const gh = w * 0.78;
  const wallFill = s.lin([[0, shade(wall, 0.08)], [1, shade(wall, -0.1)]]);
  const plaster = s.tex(0.11, 0.13, 0.06, 2);
  const roofFill = s.lin([[0, shade(roof, 0.06)], [1, shade(roof, -0.22)]]);
  if (gable) {
    parts.push(pathEl(`M${n1(x)},${n1(baseY)}V${n1(top)}L${n1(x + w / 2)},${n1(top - gh)}L${n1(x + w)},${n1(top)}V${n1(baseY)}Z`, wallFill, plaster));
    parts.push(
      pathEl(`M${n1(x - 8)},${n1(top + 10)}L${n1(x + w / 2)},${n1(top - gh + 4)}L${n1(x + w + 8)},${n1(top + 10)}`, 'none', `stroke="#000" stroke-opacity="0.28" stroke-width="12" ${s.blur(4)}`),
      pathEl(`M${n1(x - 10)},${n1(top + 6)}L${n1(x + w / 2)},${n1(top - gh - 6)}L${n1(x + w + 10)},${n1(top + 6)}`, 'none', `stroke="${shade(roof, -0.12)}" stroke-width="11" stroke-linejoin="miter"`),
    );
    const gw = d.int(1, 2);
    for (let i = 0; i < gw; i++) {
      const cx = x + (w * (i + 1)) / (gw + 1);
      parts.push(oldWindow(s, s.lin([[0, '#93a9bb'], [0.4, '#3c4f61'], [1, '#1f2a35']]), cx, top - gh * 0.3, 24, 36));
    }
    if (d.chance(0.6)) parts.push(rect(x + w / 2 - 9, top - gh * 0.72, 18, 22, '#2f2f33'));
  } else {
    const rh = d.range(90, 125);
    parts.push(
      poly([[x - 6, top + 4], [x + w + 6, top + 4], [x + w - 16, top - rh], [x + 16, top - rh]], roofFill, s.tex(0.01, 0.35, 0.3)),
      rect(x, top, w, baseY - top, wallFill, plaster),
      rect(x - 6, top, w + 12, 14, '#000000', `opacity="0.3" ${s.blur(4)}`),
    );
    const dorm = d.int(1, 2);
    for (let i = 0; i < dorm; i++) {
      const cx = x + (w * (i + 1)) / (dorm + 1);
      const dy = top - rh * 0.45;
      parts.push(
        rect(cx - 18, dy - 18, 36, 36, shade(wall, 0.05)),
        poly([[cx - 26, dy - 16], [cx, dy - 40], [cx + 26, dy - 16]], shade(roof, -0.1)),
        rect(cx - 10, dy - 10, 20, 24, '#2c3642'),
      );
    }
    if (d.chance(0.7)) parts.push(rect(x + w * d.range(0.2, 0.75), top - rh - 20, 16, 34, '#7e4a38'));
  }
  const groundH = 118;
  const upperTop = top + 22;
  const upperBottom = baseY - groundH - 8;
  const floors = Math.max(2, Math.floor((upperBottom - upperTop) / 88));
  const floorH = (upperBottom - upperTop) / floors;
  const cols = Math.max(2, Math.round(w / 62));
  const shutter = d.chance(0.5) ? d.pick(['#3f6a4c', '#5c3a2e', '#44627d', '#7b5a2a']) : undefined;
  const glass = s.lin([[0, '#98adbf'], [0.35, '#425669'], [1, '#1d2833']]);
  const ww = Math.min(34, (w / cols) * 0.48);
  const flowers = d.chance(0.45);
  for (let f = 0; f < floors; f++) {
    const cy = upperTop + floorH * (f + 0.5);
    if (f > 0 && d.chance(0.5)) parts.push(rect(x, upperTop + floorH * f - 4, w, 6, shade(wall, 0.12), 'opacity="0.8"'));
    for (let c = 0; c < cols; c++) {
      const cx = x + (w * (c + 0.5)) / cols;
      const wh = floorH * 0.56;
      parts.push(oldWindow(s, glass, cx, cy, ww, wh, shutter));
      if (flowers && f === floors - 1) {
        const by = cy + wh / 2 + 6;
        const blooms: string[] = [];
        for (let k = 0; k < 9; k++) {
          blooms.push(ell(cx + d.jit(ww * 0.6), by - d.range(0, 10), d.range(3, 6), d.range(3, 5), d.pick(['#c2262e', '#d8434a', '#e25d7a', '#3f6b2c', '#527d35'])));
        }
        parts.push(g(blooms.join(''), s.blur(0.6)), rect(cx - ww / 2 - 6, by - 2, ww + 12, 10, '#6b4a30'));
      }
    }
  }
  const gy = baseY - groundH;
  parts.push(rect(x, gy - 4, w, 7, shade(wall, -0.15), 'opacity="0.6"'));
  if (d.chance(0.5)) {
    const awning = d.pick(['#8c2f2b', '#2f5d4a', '#3d4a6b', '#b07a2a']);
    parts.push(
      rect(x + 10, gy + 28, w - 20, groundH - 28, '#26303a'),
      rect(x + 14, gy + 32, w - 28, groundH - 40, s.lin([[0, '#6f8294'], [0.5, '#2d3a47'], [1, '#151c22']])),
      rect(x + w * 0.58, gy + 44, w * 0.2, groundH - 44, '#3a2a20'),
      poly([[x + 4, gy + 8], [x + w - 4, gy + 8], [x + w + 6, gy + 46], [x - 6, gy + 46]], s.lin([[0, shade(awning, 0.1)], [1, shade(awning, -0.25)]])),
      rect(x - 6, gy + 46, w + 12, 6, shade(awning, -0.35)),
      rect(x, gy + 52, w, 22, '#000000', `opacity="0.35" ${s.blur(6)}`),
    );
  } else {
    const arches = Math.max(1, Math.round(w / 90));
    for (let i = 0; i < arches; i++) {
      const aw = (w / arches) * 0.62;
      const cx = x + (w * (i + 0.5)) / arches;
      parts.push(
        pathEl(`M${n1(cx - aw / 2)},${n1(baseY)}V${n1(gy + 30 + aw / 2)}a${n1(aw / 2)},${n1(aw / 2)} 0 0 1 ${n1(aw)},0V${n1(baseY)}Z`, s.lin([[0, '#2a2522'], [1, '#4a3c32']])),
      );
    }
  }
  parts.push(
    rect(x, baseY - 170, w, 170, s.lin([[0, '#2b2520', 0], [1, '#2b2520', 0.28]])),
    rect(x, top - (gable ? gh : 0), w * 0.12, baseY - top + (gable ? gh : 0), s.lin([[0, '#000000', 0.12], [1, '#000000', 0]], 0, 0, 1, 0)),
    line([x + w - 3, top + 10], [x + w - 3, baseY], '#77726b', 3, 'opacity="0.6"'),
  );
  return g(parts.join(''));
}

/**
 * Row of houses along the right edge of the square, drawn in true perspective
 * on the plane x = planeX; that receding row is what gives the hero its depth.
 */
function sideRow(s: Svg, cam: Camera, planeX: number, zNear: number, zFar: number): string {
  const d = s.dice;
  const parts: string[] = [];
  const walls = ['#f2d9b3', '#e9c2b0', '#dfe6d0', '#f4e7c6', '#e6d4e4'];
  const spans: Array<[number, number]> = [];
  for (let z = zFar; z > zNear; ) {
    const depth = d.range(6, 8.5);
    spans.push([Math.max(zNear, z - depth), z]);
    z -= depth;
  }
  const wallPt = (z: number, y: number): Pt => cam.p(planeX, y, z);
  const quad = (za: number, zb: number, ya: number, yb: number): Pt[] => [wallPt(za, ya), wallPt(zb, ya), wallPt(zb, yb), wallPt(za, yb)];
  for (const [za, zb] of spans) {
    const eaves = d.range(10.5, 13);
    const gableH = (zb - za) * 0.75;
    const zm = (za + zb) / 2;
    const wall = vary(d, d.pick(walls), 0.03);
    const roof = d.pick(['#8f4330', '#7d3a2b', '#9b5038']);
    const outline = [wallPt(za, 0), wallPt(zb, 0), wallPt(zb, eaves), wallPt(zm, eaves + gableH), wallPt(za, eaves)];
    parts.push(poly(outline, s.lin([[0, shade(wall, 0.1)], [1, shade(wall, -0.06)]], 0, 0, 1, 0), s.tex(0.1, 0.12, 0.06, 2)));
    const edge = [wallPt(za, eaves - 0.2), wallPt(zm, eaves + gableH + 0.4), wallPt(zb, eaves - 0.2)];
    parts.push(
      `<polyline points="${edge.map(([x, y]) => `${n1(x)},${n1(y)}`).join(' ')}" fill="none" stroke="${roof}" stroke-width="${n1(cam.scale(zm) * 0.35)}"/>`,
    );
    const cols = 3;
    for (let f = 0; f < 3; f++) {
      const yc = 4.6 + f * 2.9;
      for (let c = 0; c < cols; c++) {
        const zc = za + ((zb - za) * (c + 0.5)) / cols;
        parts.push(
          poly(quad(zc - 0.55, zc + 0.55, yc - 0.8, yc + 0.8), '#f1ece1'),
          poly(quad(zc - 0.42, zc + 0.42, yc - 0.66, yc + 0.66), s.lin([[0, '#a7bccc'], [0.4, '#4a5e70'], [1, '#202b36']])),
          poly(quad(zc - 0.6, zc + 0.6, yc - 0.95, yc - 0.85), '#e7e0d2'),
        );
      }
    }
    parts.push(poly(quad(za + 0.6, zb - 0.6, 0, 2.9), s.lin([[0, '#55687a'], [0.6, '#26313b'], [1, '#161c22']])));
    parts.push(poly(quad(za, zb, 3.05, 3.25), shade(wall, -0.2), 'opacity="0.6"'));
    parts.push(poly(quad(zb - 0.05, zb + 0.05, 0, eaves), '#000000', 'opacity="0.25"'));
  }
  return g(parts.join(''));
}

function paintMarktplatz(fr: Frame): void {
  const { w, h, dice } = fr;
  const groundY = 716;
  const cam = new Camera(w * 0.5, 636, 1250, 1.6);
  const sky = fr.layer(0.8);
  sky.add(rect(0, 0, w, groundY, sky.lin([[0, '#3569ad'], [0.5, '#6c9dd0'], [0.85, '#b7cde0'], [1, '#d4dde3']])));
  sky.add(cirrus(sky, 420, 60, 700, 0.45), cirrus(sky, 1200, 120, 600, 0.3));
  sky.add(cloud(sky, 250, 190, 380), cloud(sky, 760, 120, 220), cloud(sky, 1010, 60, 160));

  const tower = fr.layer(1);
  tower.add(oldTower(tower, 905, 112, 215, groundY));
  tower.add(rect(0, 0, w, groundY, '#c3d3e2', 'opacity="0.14"'));

  const houses = fr.layer(0.35);
  const walls = ['#e8c9a0', '#d9a38a', '#b9cfb4', '#f0dc9a', '#c9d6e2', '#e9b7a7', '#efe6d3', '#d7b98c', '#c7a9c2'];
  const roofs = ['#9c4a32', '#8a3b2a', '#7a4436', '#a45a3a'];
  let x = -30;
  let i = 0;
  while (x < 1400) {
    const hw = dice.range(165, 235);
    const gable = i % 3 !== 1 || dice.chance(0.3);
    const top = gable ? dice.range(395, 455) : dice.range(350, 395);
    houses.add(townHouse(houses, x, hw, groundY, top, gable, walls[(i * 4 + dice.int(0, 1)) % walls.length]!, dice.pick(roofs)));
    x += hw;
    i++;
  }
  houses.add(rect(0, groundY - 30, w, 34, houses.lin([[0, '#000000', 0], [1, '#000000', 0.3]])));
  houses.add(sideRow(houses, cam, 10, 13, 25));

  const square = fr.layer(0);
  square.add(rect(0, groundY - 2, w, h - groundY + 2, square.lin([[0, '#8d8577'], [1, '#5e554b']]), square.tex(0.08, 0.3, 0.25)));
  const stones: string[] = [];
  const tones = ['#a59c8e', '#958b7c', '#b3a996', '#8b8174', '#a0988c', '#aa9f8a', '#9a8f80'];
  for (let z = 4.4; z < 15; z += 0.3) {
    const off = dice.range(0, 0.35);
    const half = (w * z) / cam.focal / 2 + 1;
    for (let sx = -half - off; sx < half; ) {
      const sw = dice.range(0.24, 0.42);
      const j = 0.025;
      const q = [cam.p(sx + j, 0, z + j), cam.p(sx + sw - j, 0, z + j), cam.p(sx + sw - j, 0, z + 0.3 - j), cam.p(sx + j, 0, z + 0.3 - j)];
      stones.push(poly(q, vary(dice, dice.pick(tones), 0.06)));
      sx += sw;
    }
  }
  square.add(g(stones.join(''), square.tex(0.12, 0.12, 0.35, 2)));
  square.add(rect(0, groundY - 2, w, 140, square.lin([[0, '#8f887c', 0.85], [1, '#8f887c', 0]])));

  const shadowEdge: Pt[] = [];
  for (let z = 4; z <= 26; z += 0.5) shadowEdge.push(cam.p(-4.5 + Math.sin(z * 0.9) * 0.6 + (z % 7 < 3.5 ? 0.8 : 0), 0, z));
  square.add(poly([cam.p(-30, 0, 4), ...shadowEdge, cam.p(-30, 0, 26)], '#1b2140', `opacity="0.38" ${square.blur(5)}`));

  const people: string[] = [];
  const crowd = [
    { x: -5.5, z: 13, top: '#3b5a7a', legs: '#2c2f38' },
    { x: -4.6, z: 13.4, top: '#b5483b', legs: '#3b3430' },
    { x: 1.6, z: 17, top: '#e0d6c2', legs: '#4c5b6e' },
    { x: 3.6, z: 11.5, top: '#2f4f3e', legs: '#22252b' },
    { x: -1.2, z: 21, top: '#7a5a8c', legs: '#2f2a28' },
    { x: 4.8, z: 20, top: '#c99a3a', legs: '#3a3e48' },
    { x: -8.5, z: 22, top: '#d9d4c9', legs: '#2b2d33' },
  ];
  for (const c of crowd) {
    const size = 0.23 * cam.scale(c.z);
    const [fx, fy] = cam.p(c.x, 0, c.z);
    const lit = c.x > -4;
    people.push(ell(fx + size * 1.4, fy, size * 2.4, size * 0.22, '#000000', `opacity="${lit ? 0.35 : 0.12}" ${square.blur(size * 0.2)}`));
    const f = figure(square, {
      x: fx,
      y: fy - 7.45 * size,
      size,
      skin: dice.pick(SKIN),
      hair: dice.pick(HAIR),
      hairStyle: dice.pick(['short', 'long', 'bob', 'bun'] as const),
      top: lit ? c.top : shade(c.top, -0.3),
      legs: c.legs,
      hem: 4.5,
      face: 'none',
    });
    people.push(f.body);
  }
  square.add(g(people.join(''), square.blur(0.7)));

  const air = fr.layer(0);
  air.add(rect(0, 0, w, h, air.rad([[0, '#fff4dc', 0.22], [1, '#fff4dc', 0]], 0.1, -0.1, 0.8)));
}

/* ---- 2: Zwei Damen (Iran) --------------------------------------------- */

/** Pointed (Persian) arch outline from `top` down to `bottom`. */
function pointedArch(cx: number, top: number, aw: number, bottom: number): string {
  const l = cx - aw / 2;
  const r = cx + aw / 2;
  return `M${n1(l)},${n1(bottom)}V${n1(top + aw * 0.5)}Q${n1(l)},${n1(top + aw * 0.1)} ${n1(cx)},${n1(top)}Q${n1(r)},${n1(top + aw * 0.1)} ${n1(r)},${n1(top + aw * 0.5)}V${n1(bottom)}Z`;
}

/** Out-of-focus highlights, the signature of a wide aperture. */
function bokeh(s: Svg, n: number, x0: number, y0: number, x1: number, y1: number, colors: readonly string[], rMin: number, rMax: number): string {
  const d = s.dice;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = d.range(rMin, rMax);
    parts.push(`<circle cx="${n1(d.range(x0, x1))}" cy="${n1(d.range(y0, y1))}" r="${n1(r)}" fill="${d.pick(colors)}" opacity="${n3(d.range(0.15, 0.55))}"/>`);
  }
  return g(parts.join(''));
}

function paintZweiDamen(fr: Frame): void {
  const { w, h } = fr;
  const back = fr.layer(18);
  back.add(rect(0, 0, w, h, back.lin([[0, '#e0a868'], [0.5, '#b8713f'], [1, '#6a3a22']])));
  back.add(pathEl(pointedArch(800, 40, 980, h), '#2f6c73'), pathEl(pointedArch(800, 95, 840, h), back.lin([[0, '#7a4a2c'], [1, '#2e1b12']])));
  back.add(pathEl(pointedArch(800, 170, 560, h), back.lin([[0, '#f3c98a'], [0.6, '#b7763f'], [1, '#5e3620']]), 'opacity="0.85"'));
  back.add(bokeh(back, 45, 0, 0, w, h * 0.75, ['#ffe1a8', '#ffc978', '#fff0d2', '#f7a75c'], 18, 60));
  back.add(pathEl(blob(back.dice, 80, 780, 220, 330), '#4b6232'), pathEl(blob(back.dice, 1540, 720, 240, 360), '#556b37'));
  back.add(ell(300, 150, 420, 260, '#fff0cf', 'opacity="0.35"'));

  const fg = fr.layer(0.5);
  const a = figure(fg, { x: 600, y: 175, size: 188, skin: SKIN[1], scarf: '#8b2636', top: '#cdb38f', hem: 6, build: 0.92, face: 'detailed', light: -0.6, tilt: -3, arms: 'clasp' });
  const b = figure(fg, { x: 1000, y: 200, size: 180, skin: SKIN[2], scarf: '#2b5d79', top: '#3b3945', hem: 6, build: 0.9, face: 'detailed', light: -0.6, tilt: 4 });
  fg.add(b.body, a.body);

  const glow = fr.layer(0);
  glow.add(rect(0, 0, w, h, glow.rad([[0, '#ffd8a0', 0.28], [1, '#ffd8a0', 0]], 0.15, 0.1, 0.7)));
}

/* ---- 3: Porträt ------------------------------------------------------ */

function paintPortrait(fr: Frame): void {
  const { w, h, dice } = fr;
  const back = fr.layer(6);
  back.add(rect(0, 0, w, h, back.rad([[0, '#d3dbe2'], [0.5, '#9fb0c1'], [1, '#56667a']], 0.4, 0.3, 0.85)));
  for (let i = 0; i < 12; i++) {
    back.add(pathEl(blob(dice, dice.range(0, w), dice.range(0, h), dice.range(80, 200), dice.range(80, 200)), dice.pick(['#ffffff', '#3c4b5c']), 'opacity="0.05"'));
  }
  back.add(ell(560, 640, 280, 430, '#2c3847', `opacity="0.3" ${back.blur(50)}`));

  const fg = fr.layer(0.9);
  const p = figure(fg, {
    x: 400,
    y: 150,
    size: 330,
    skin: '#ecc4a3',
    hair: '#5c3d27',
    hairStyle: 'long',
    top: '#2d3547',
    blazer: true,
    collar: '#f1ece4',
    face: 'detailed',
    build: 0.96,
    light: -0.7,
    hem: 4,
  });
  fg.add(p.body);
  const light = fr.layer(0);
  light.add(rect(0, 0, w, h, light.rad([[0, '#fff6ea', 0.22], [1, '#fff6ea', 0]], 0.2, 0.25, 0.6)));
}

/* ------------------------------------------------------------------------ */
/* Scene list                                                               */
/* ------------------------------------------------------------------------ */

/** All pictures the site uses. Landscape 1600x1067 (3:2), portrait 800x1000 (4:5). */
export const SCENES: readonly Scene[] = [
  // Hero of the home page: Marienplatz-like square with gabled pastel houses, a tower and a paved foreground.
  { file: 'marktplatz-ravensburg.jpg', format: 'landscape', paint: paintMarktplatz, look: { warmth: 0.12 } },
  // Two women in headscarves side by side, warm bokeh background (partner project in Iran).
  { file: 'zwei-damen-iran.jpg', format: 'landscape', paint: paintZweiDamen, look: { warmth: 0.25, vignette: 0.4 } },
  // Head-and-shoulders portrait in a blazer against a grey-blue studio backdrop (team page).
  { file: 'nicole-kimmel.jpg', format: 'portrait', paint: paintPortrait, look: { warmth: 0.05, contrast: 0.12, grain: 0.04 } },
];

/* ------------------------------------------------------------------------ */
/* Development                                                              */
/* ------------------------------------------------------------------------ */

/** Rasterises one layer to straight RGBA; sharp premultiplies when blurring, so soft edges do not darken. */
async function rasterise(layer: Layer): Promise<Buffer> {
  let img = sharp(Buffer.from(layer.svg.toString()), { density: 72 }).ensureAlpha();
  if (layer.blur >= 0.3) img = img.blur(layer.blur);
  return img.png({ compressionLevel: 1 }).toBuffer();
}

/** Single-channel noise field, blurred a little so grain has clumps like film instead of per-pixel digital hash. */
async function noiseField(w: number, h: number, dice: Dice, sigma: number): Promise<Buffer> {
  const raw = Buffer.alloc(w * h);
  for (let i = 0; i < raw.length; i++) raw[i] = clamp(Math.round(128 + dice.gauss() * 48), 0, 255);
  return sharp(raw, { raw: { width: w, height: h, channels: 1 } }).blur(sigma).raw().toBuffer();
}

/** Very low-frequency field for uneven exposure, upscaled from a tiny random grid. */
async function mottleField(w: number, h: number, dice: Dice, cells: number): Promise<Buffer> {
  const gw = cells;
  const gh = Math.max(2, Math.round((cells * h) / w));
  const raw = Buffer.alloc(gw * gh);
  for (let i = 0; i < raw.length; i++) raw[i] = Math.round(dice.range(64, 192));
  return sharp(raw, { raw: { width: gw, height: gh, channels: 1 } })
    .resize(w, h, { kernel: 'cubic', fit: 'fill' })
    .blur(w / cells / 2)
    .raw()
    .toBuffer();
}

function bilinear(src: Buffer, w: number, h: number, x: number, y: number, ch: number): number {
  const x0 = clamp(Math.floor(x), 0, w - 2);
  const y0 = clamp(Math.floor(y), 0, h - 2);
  const fx = clamp(x - x0, 0, 1);
  const fy = clamp(y - y0, 0, 1);
  const i = (y0 * w + x0) * 3 + ch;
  const a = src[i]! + (src[i + 3]! - src[i]!) * fx;
  const b = src[i + w * 3]! + (src[i + w * 3 + 3]! - src[i + w * 3]!) * fx;
  return a + (b - a) * fy;
}

/**
 * Turns a flat render into something that reads as a photograph: slight lens
 * softness, halation around highlights, lateral chromatic aberration towards
 * the edges, white balance, a gentle film curve, vignette, uneven exposure and
 * clumpy grain.
 *
 * @param rgb - packed 8-bit RGB pixels
 * @param w - width in pixels
 * @param h - height in pixels
 * @param look - the photographic treatment
 * @param dice - seeded randomness for grain and mottling
 * @returns packed 8-bit RGB pixels of the same size
 */
export async function develop(rgb: Buffer, w: number, h: number, look: Look, dice: Dice): Promise<Buffer> {
  const raw = { width: w, height: h, channels: 3 } as const;
  const soft = look.softness >= 0.3 ? await sharp(rgb, { raw }).blur(look.softness).raw().toBuffer() : rgb;
  const halo = await sharp(soft, { raw }).blur(Math.max(w, h) / 60).raw().toBuffer();
  const grain = await noiseField(w, h, dice, 0.6);
  const mottleA = await mottleField(w, h, dice, 9);
  const mottleB = await mottleField(w, h, dice, 31);
  const out = Buffer.alloc(w * h * 3);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  const ca = 0.0011;
  const wb = [1 + look.warmth * 0.06, 1 + look.warmth * 0.01, 1 - look.warmth * 0.08] as const;
  const curve = (v: number): number => {
    const x = clamp(v, 0, 1);
    const s = x + look.contrast * (x * x * (3 - 2 * x) - x);
    return 0.022 + 0.965 * s;
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const dx = x - cx;
      const dy = y - cy;
      let r = bilinear(soft, w, h, cx + dx * (1 + ca), cy + dy * (1 + ca), 0) / 255;
      let gg = soft[i * 3 + 1]! / 255;
      let b = bilinear(soft, w, h, cx + dx * (1 - ca), cy + dy * (1 - ca), 2) / 255;
      const hr = halo[i * 3]! / 255;
      const hg = halo[i * 3 + 1]! / 255;
      const hb = halo[i * 3 + 2]! / 255;
      r = 1 - (1 - r) * (1 - look.bloom * hr * hr);
      gg = 1 - (1 - gg) * (1 - look.bloom * hg * hg);
      b = 1 - (1 - b) * (1 - look.bloom * hb * hb);
      r *= wb[0];
      gg *= wb[1];
      b *= wb[2];
      const lum = 0.2126 * r + 0.7152 * gg + 0.0722 * b;
      r = lum + (r - lum) * look.saturation;
      gg = lum + (gg - lum) * look.saturation;
      b = lum + (b - lum) * look.saturation;
      const d2 = ((dx / cx) ** 2 + (dy / cy) ** 2) / 2;
      const exposure =
        (1 - look.vignette * d2 ** 1.25) * (1 + ((mottleA[i]! - 128) / 128) * 0.05 + ((mottleB[i]! - 128) / 128) * 0.025);
      r = curve(r * exposure);
      gg = curve(gg * exposure);
      b = curve(b * exposure);
      const l2 = 0.2126 * r + 0.7152 * gg + 0.0722 * b;
      const n = ((grain[i]! - 128) / 48) * look.grain * (0.45 + 2.2 * l2 * (1 - l2));
      out[i * 3] = clamp(Math.round((r + n) * 255), 0, 255);
      out[i * 3 + 1] = clamp(Math.round((gg + n) * 255), 0, 255);
      out[i * 3 + 2] = clamp(Math.round((b + n * 1.1) * 255), 0, 255);
    }
  }
  return out;
}

/**
 * Paints, rasterises and develops one scene.
 *
 * @param scene - the scene to render
 * @returns the finished JPEG, without metadata
 */
export async function renderScene(scene: Scene): Promise<Buffer> {
  const { w, h } = SIZES[scene.format];
  const dice = new Dice(hashString(scene.file));
  const layers: Layer[] = [];
  scene.paint({
    w,
    h,
    dice,
    layer(blur = 0) {
      const svg = new Svg(w, h, dice);
      layers.push({ svg, blur });
      return svg;
    },
  });
  const [base, ...rest] = await Promise.all(layers.map(rasterise));
  if (!base) throw new Error(`${scene.file}: scene painted no layers`);
  // sharp applies composite last in its pipeline, so flattening needs a second pass.
  const stacked = await sharp(base)
    .composite(rest.map((input) => ({ input })))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rgb = await sharp(stacked.data, { raw: { width: w, height: h, channels: stacked.info.channels } })
    .flatten({ background: '#000000' })
    .raw()
    .toBuffer();
  const developed = await develop(rgb, w, h, { ...DEFAULT_LOOK, ...scene.look }, dice);
  return sharp(developed, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

const MAX_BYTES = 450 * 1024;

async function main(filters: readonly string[]): Promise<void> {
  const outDir = fileURLToPath(new URL('../assets/images/', import.meta.url));
  await mkdir(outDir, { recursive: true });
  const chosen = SCENES.filter((s) => filters.length === 0 || filters.some((f) => s.file.includes(f)));
  for (const scene of chosen) {
    const jpeg = await renderScene(scene);
    await writeFile(path.join(outDir, scene.file), jpeg);
    const kb = Math.round(jpeg.length / 1024);
    console.log(`${scene.file.padEnd(36)} ${String(kb).padStart(4)} KB`);
    if (jpeg.length > MAX_BYTES) {
      console.error(`  ${scene.file} exceeds ${MAX_BYTES / 1024} KB; lower its grain or detail`);
      process.exitCode = 1;
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
