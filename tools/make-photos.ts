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
 * `tsx tools/make-photos.ts burundi globe` (only files whose name contains
 * one of the words; handy while tuning a single scene).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { mulberry32 } from '../lib/shared/random.ts';

/* ------------------------------------------------------------------------ */
/* Randomness                                                               */
/* ------------------------------------------------------------------------ */


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

/** Convenience wrapper around one seeded mulberry32 stream. */
export class Dice {
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

/**
 * Deciduous tree: dozens of leaf clumps, each shaded by where it sits relative
 * to the sun (upper left), which gives the crown volume instead of a flat disc.
 */
function tree(s: Svg, x: number, baseY: number, height: number, palette: readonly [string, string, string], poplar = false): string {
  const d = s.dice;
  const tw = height * (poplar ? 0.03 : 0.045);
  const rx = height * (poplar ? 0.16 : 0.36);
  const ry = height * (poplar ? 0.46 : 0.34);
  const cy = baseY - height + ry;
  const bark = s.lin([[0, '#6a5846'], [1, '#2e261f']], 0, 0, 1, 0);
  const parts: string[] = [
    pathEl(`M${n1(x - tw)},${n1(baseY)}L${n1(x - tw * 0.45)},${n1(cy)}L${n1(x + tw * 0.45)},${n1(cy)}L${n1(x + tw)},${n1(baseY)}Z`, bark),
  ];
  for (let i = 0; i < 4; i++) {
    const a = -Math.PI / 2 + d.jit(1.1);
    parts.push(line([x, cy + ry * 0.5], [x + Math.cos(a) * rx * 0.7, cy + Math.sin(a) * ry * 0.7], '#3a3027', tw * 0.5, 'stroke-linecap="round"'));
  }
  const crown: string[] = [pathEl(blob(d, x, cy, rx * 0.82, ry * 0.82, 0.15, 10), shade(palette[0], -0.15))];
  const clumps: Array<{ t: number; path: string }> = [];
  // Big trees need more, smaller clumps, or the crown reads as a few lumps.
  const n = poplar ? 26 : Math.round(clamp(height / 5, 38, 120));
  const grain = Math.sqrt(38 / n);
  for (let i = 0; i < n; i++) {
    const a = d.u() * Math.PI * 2;
    const r = Math.sqrt(d.u()) * 0.85;
    const px = x + Math.cos(a) * rx * r;
    const py = cy + Math.sin(a) * ry * r;
    const size = rx * (poplar ? d.range(0.4, 0.6) : d.range(0.22, 0.38) * grain);
    const t = clamp(0.45 - ((px - x) / rx) * 0.3 - ((py - cy) / ry) * 0.45 + d.jit(0.15), 0, 1);
    clumps.push({ t, path: blob(d, px, py, size, size * 0.85, 0.3, 8) });
  }
  clumps.sort((p, q) => p.t - q.t);
  for (const c of clumps) {
    const col = c.t < 0.5 ? mix(palette[0], palette[1], c.t * 2) : mix(palette[1], palette[2], (c.t - 0.5) * 2);
    crown.push(pathEl(c.path, col));
  }
  parts.push(g(crown.join(''), s.tex(0.16, 0.16, 0.28, 2)));
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
  if (!p.scarf) body.push(shapeP(neck, s.lin([[0, shade(p.skin, -0.5)], [0.6, shade(p.skin, -0.28)], [1, shade(p.skin, -0.2)]])));
  if (p.blazer) {
    const shirt = p.collar ?? '#f2efe8';
    const lapel = shade(p.top, -0.2);
    body.push(
      shapeP('M-0.28,1.08L0.28,1.08L0,2.05Z', s.lin([[0, shade(shirt, -0.25)], [0.35, shirt], [1, shade(shirt, -0.1)]])),
      shapeP('M-0.165,1.04Q0,1.46 0.165,1.04Z', s.lin([[0, shade(p.skin, -0.22)], [1, shade(p.skin, -0.14)]])),
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
      'M0.1,-0.07C-0.08,0.06 -0.24,0.2 -0.38,0.44L-0.4,0.2C-0.32,0.02 -0.12,-0.08 0.1,-0.08Z',
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
export interface Look {
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
export interface Frame {
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
export interface Scene {
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
  const walls = ['#eec9a0', '#e3a98f', '#bfd3b8', '#f2dd98', '#cbd8e4', '#e9b7a7'];
  const spans: Array<[number, number]> = [];
  for (let z = zFar; z > zNear; ) {
    const depth = d.range(6, 8.5);
    spans.push([Math.max(zNear, z - depth), z]);
    z -= depth;
  }
  const wallPt = (z: number, y: number): Pt => cam.p(planeX, y, z);
  const quad = (za: number, zb: number, ya: number, yb: number): Pt[] => [wallPt(za, ya), wallPt(zb, ya), wallPt(zb, yb), wallPt(za, yb)];
  for (const [za, zb] of spans) {
    const eaves = d.range(8.5, 10.5);
    const gableH = (zb - za) * 0.75;
    const shutter = d.pick(['#3f6a4c', '#5c3a2e', '#44627d']);
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
    for (let f = 0; f < 2; f++) {
      const yc = 4.5 + f * 2.7;
      for (let c = 0; c < cols; c++) {
        const zc = za + ((zb - za) * (c + 0.5)) / cols;
        parts.push(
          poly(quad(zc - 0.95, zc - 0.55, yc - 0.75, yc + 0.75), shutter),
          poly(quad(zc + 0.55, zc + 0.95, yc - 0.75, yc + 0.75), shutter),
          poly(quad(zc - 0.55, zc + 0.55, yc - 0.8, yc + 0.8), '#f1ece1'),
          poly(quad(zc - 0.42, zc + 0.42, yc - 0.66, yc + 0.66), s.lin([[0, '#a7bccc'], [0.4, '#4a5e70'], [1, '#202b36']])),
          poly(quad(zc - 0.6, zc + 0.6, yc - 0.95, yc - 0.85), '#e7e0d2'),
        );
      }
    }
    for (let c = 0; c < 2; c++) {
      const zc = za + ((zb - za) * (c + 0.5)) / 2;
      parts.push(poly(quad(zc - 1.1, zc + 1.1, 0, 2.6), s.lin([[0, '#2c2520'], [1, '#4a3c32']])));
    }
    parts.push(poly(quad(za, zb, eaves - 0.35, eaves), '#000000', 'opacity="0.25"'));
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

/* ---- 4: Kommunale Partnerschaften ------------------------------------ */

/** Waving flag hung from a pole at `px`, blowing towards `dir`; stripes are top-to-bottom colours. */
function flag(s: Svg, px: number, top: number, fw: number, fh: number, dir: 1 | -1, stripes: readonly string[]): string {
  const d = s.dice;
  const phase = d.range(0, Math.PI);
  const edge = (y0: number): Pt[] => {
    const pts: Pt[] = [];
    for (let i = 0; i <= 12; i++) {
      const t = i / 12;
      pts.push([px + dir * fw * t, y0 + Math.sin(t * Math.PI * 2.2 + phase) * fh * 0.09 * t + t * fh * 0.12]);
    }
    return pts;
  };
  const upper = edge(top);
  const lower = edge(top + fh).reverse();
  const outline = smooth([...upper, ...lower], true);
  const clip = s.clip(`<path d="${outline}"/>`);
  const bands: string[] = [];
  stripes.forEach((c, i) => bands.push(rect(Math.min(px, px + dir * fw) - 10, top - 40 + ((fh + 80) * i) / stripes.length, fw + 20, (fh + 80) / stripes.length + 1, c)));
  const folds: Stop[] = [];
  for (let i = 0; i <= 10; i++) folds.push([i / 10, i % 2 === 0 ? '#000000' : '#ffffff', i % 2 === 0 ? 0.28 : 0.12]);
  const x0 = Math.min(px, px + dir * fw);
  return g(bands.join('') + rect(x0 - 10, top - 40, fw + 20, fh + 120, s.lin(folds, 0, 0, 1, 0)), clip);
}

function flagpole(s: Svg, x: number, top: number, bottom: number): string {
  return (
    rect(x - 5, top, 10, bottom - top, s.lin([[0, '#f4f4f2'], [0.4, '#c8c8c6'], [1, '#7d7e80']], 0, 0, 1, 0)) +
    `<circle cx="${n1(x)}" cy="${n1(top - 6)}" r="9" fill="${s.rad([[0, '#fff6d8'], [1, '#b08a3a']], 0.35, 0.35, 0.7)}"/>`
  );
}

/** German town hall with a stepped gable, clock and arcade. */
function rathaus(s: Svg, x: number, w: number, top: number, groundY: number): string {
  const parts: string[] = [];
  const wall = '#ead3ae';
  const steps = 5;
  const stepH = 42;
  const pts: Pt[] = [[x, groundY], [x, top]];
  for (let i = 0; i < steps; i++) {
    const inset = ((i + 1) * w * 0.42) / steps;
    pts.push([x + inset - (w * 0.42) / steps, top - stepH * (i + 1)], [x + inset, top - stepH * (i + 1)]);
  }
  const right = pts.slice(2).map(([px, py]): Pt => [2 * x + w - px, py]).reverse();
  const outline = [...pts, ...right, [x + w, top] as Pt, [x + w, groundY] as Pt];
  parts.push(poly(outline, s.lin([[0, shade(wall, 0.08)], [1, shade(wall, -0.12)]]), s.tex(0.1, 0.12, 0.07, 2)));
  const tt = top - stepH * steps;
  parts.push(
    rect(x + w / 2 - 20, tt - 70, 40, 72, s.lin([[0, '#f1e4c8'], [1, '#c9b48f']], 0, 0, 1, 0)),
    pathEl(`M${n1(x + w / 2 - 9)},${n1(tt - 20)}v-28a9,9 0 0 1 18,0v28Z`, '#3a3330'),
    rect(x + w / 2 - 25, tt - 76, 50, 8, '#e6d8bd'),
    poly([[x + w / 2 - 26, tt - 74], [x + w / 2, tt - 150], [x + w / 2 + 26, tt - 74]], s.lin([[0, '#5a6b62'], [1, '#2f3a35']], 0, 0, 1, 0)),
  );
  parts.push(`<circle cx="${n1(x + w / 2)}" cy="${n1(top - stepH * 2.2)}" r="38" fill="#c9a24a"/><circle cx="${n1(x + w / 2)}" cy="${n1(top - stepH * 2.2)}" r="32" fill="#f3efe4"/>`);
  parts.push(line([x + w / 2, top - stepH * 2.2], [x + w / 2, top - stepH * 2.2 - 24], '#222', 3), line([x + w / 2, top - stepH * 2.2], [x + w / 2 + 17, top - stepH * 2.2 + 6], '#222', 3));
  const glass = s.lin([[0, '#9fb3c4'], [0.4, '#425468'], [1, '#1d2630']]);
  for (let f = 0; f < 3; f++) {
    const cy = top + 55 + f * 95;
    for (let c = 0; c < 6; c++) {
      const cx = x + (w * (c + 0.5)) / 6;
      parts.push(
        pathEl(`M${n1(cx - 22)},${n1(cy + 32)}V${n1(cy - 18)}a22,22 0 0 1 44,0V${n1(cy + 32)}Z`, '#f4efe4'),
        pathEl(`M${n1(cx - 16)},${n1(cy + 28)}V${n1(cy - 16)}a16,16 0 0 1 32,0V${n1(cy + 28)}Z`, glass),
        rect(cx - 26, cy + 32, 52, 6, '#d9ccb3'),
      );
    }
  }
  const gy = groundY - 130;
  parts.push(rect(x, gy - 8, w, 10, shade(wall, -0.2)));
  for (let c = 0; c < 5; c++) {
    const cx = x + (w * (c + 0.5)) / 5;
    parts.push(pathEl(`M${n1(cx - 40)},${n1(groundY)}V${n1(gy + 45)}a40,40 0 0 1 80,0V${n1(groundY)}Z`, s.lin([[0, '#2c2520'], [1, '#54463a']])));
  }
  parts.push(rect(x, groundY - 150, w, 150, s.lin([[0, '#2b2520', 0], [1, '#2b2520', 0.3]])));
  return g(parts.join(''));
}

/** Whitewashed municipal building with arcade, balcony and a low tiled roof. */
function southHall(s: Svg, x: number, w: number, top: number, groundY: number): string {
  const parts: string[] = [];
  parts.push(
    poly([[x - 20, top + 5], [x + w + 20, top + 5], [x + w - 40, top - 70], [x + 40, top - 70]], s.lin([[0, '#c0603f'], [1, '#8c3f28']]), s.tex(0.02, 0.3, 0.25)),
    poly([[x + w / 2 - 110, top + 5], [x + w / 2, top - 95], [x + w / 2 + 110, top + 5]], '#f6f2ea'),
    rect(x, top, w, groundY - top, s.lin([[0, '#fbf8f2'], [1, '#d9d3c8']]), s.tex(0.08, 0.1, 0.06, 2)),
    rect(x - 20, top, w + 40, 14, '#000000', `opacity="0.25" ${s.blur(5)}`),
    `<circle cx="${n1(x + w / 2)}" cy="${n1(top - 35)}" r="24" fill="#2d6b5a"/>`,
  );
  const gy = groundY - 150;
  for (let c = 0; c < 6; c++) {
    const cx = x + (w * (c + 0.5)) / 6;
    parts.push(
      rect(cx - 22, top + 45, 44, 110, '#2f5e6e'),
      rect(cx - 16, top + 52, 32, 96, s.lin([[0, '#8aa1ad'], [1, '#22313a']])),
      rect(cx - 30, top + 150, 60, 5, '#ffffff'),
      pathEl(`M${n1(cx - 42)},${n1(groundY)}V${n1(gy + 52)}a42,42 0 0 1 84,0V${n1(groundY)}Z`, s.lin([[0, '#4a4038'], [1, '#7a6a58']])),
    );
  }
  parts.push(rect(x - 10, gy - 6, w + 20, 12, '#e8e2d6'), rect(x - 10, gy - 40, w + 20, 3, '#6b6b6b'));
  for (let i = 0; i < 40; i++) parts.push(rect(x - 8 + (i * (w + 16)) / 40, gy - 40, 2.5, 34, '#6b6b6b'));
  parts.push(rect(x, groundY - 100, w, 100, s.lin([[0, '#2b2520', 0], [1, '#2b2520', 0.25]])));
  return g(parts.join(''));
}

/** Palm tree: curved trunk and drooping fronds. */
function palm(s: Svg, x: number, baseY: number, height: number): string {
  const d = s.dice;
  const topX = x + height * 0.12;
  const topY = baseY - height;
  const parts: string[] = [
    `<path d="M${n1(x - 12)},${n1(baseY)}Q${n1(x + height * 0.02)},${n1(baseY - height * 0.6)} ${n1(topX - 5)},${n1(topY)}L${n1(topX + 5)},${n1(topY)}Q${n1(x + height * 0.06)},${n1(baseY - height * 0.6)} ${n1(x + 12)},${n1(baseY)}Z" fill="${s.lin([[0, '#9c8468'], [1, '#5e4c3a']], 0, 0, 1, 0)}"/>`,
  ];
  for (let i = 0; i < 11; i++) {
    const a = -Math.PI + (i / 10) * Math.PI + d.jit(0.15);
    const len = height * d.range(0.35, 0.5);
    const ex = topX + Math.cos(a) * len;
    const ey = topY + Math.sin(a) * len * 0.45 + len * 0.35;
    const mx = topX + Math.cos(a) * len * 0.5;
    const my = topY + Math.sin(a) * len * 0.6 - len * 0.05;
    parts.push(
      `<path d="M${n1(topX)},${n1(topY)}Q${n1(mx)},${n1(my - 14)} ${n1(ex)},${n1(ey)}Q${n1(mx)},${n1(my + 10)} ${n1(topX)},${n1(topY + 6)}Z" fill="${d.pick(['#3f6a2a', '#4f7d33', '#355a24'])}"/>`,
    );
  }
  return g(g(parts.join(''), s.tex(0.2, 0.05, 0.3, 2)));
}

function paintPartnerschaft(fr: Frame): void {
  const { w, h, dice } = fr;
  const groundY = 770;
  const sky = fr.layer(1);
  sky.add(rect(0, 0, w, groundY + 10, sky.lin([[0, '#3c74b9'], [0.6, '#86b2dc'], [1, '#d3e1ec']])));
  sky.add(cirrus(sky, 800, 90, 800, 0.4), cloud(sky, 330, 180, 360), cloud(sky, 1260, 130, 300));

  const town = fr.layer(3.2);
  town.add(rathaus(town, 30, 610, 360, groundY));
  town.add(southHall(town, 930, 640, 470, groundY));
  town.add(palm(town, 1540, groundY, 520), palm(town, 880, groundY + 5, 380));
  town.add(pathEl(blob(dice, 905, groundY - 40, 90, 60), '#b33a7a', town.tex(0.15, 0.15, 0.4, 2, 'turbulence')));
  town.add(rect(0, groundY, w, h - groundY, town.lin([[0, '#bcae9b'], [1, '#8c7f6f']]), town.tex(0.05, 0.4, 0.18)));
  const cam = new Camera(800, 560, 1100, 1.6);
  for (let x = -12; x <= 12; x += 1.5) town.add(line(cam.p(x, 0, 9), cam.p(x, 0, 2.5), '#6d6152', 2, 'opacity="0.35"'));

  const flags = fr.layer(1.4);
  flags.add(flagpole(flags, 590, 150, 830), flagpole(flags, 1010, 150, 830));
  flags.add(flag(flags, 595, 160, 215, 135, 1, ['#1b1b1d', '#e7b622']), flag(flags, 1005, 165, 215, 135, -1, ['#2f8a4c', '#f5f3ec', '#2f8a4c']));
  flags.add(ell(600, 830, 30, 8, '#000', `opacity="0.3" ${flags.blur(4)}`), ell(1020, 830, 30, 8, '#000', `opacity="0.3" ${flags.blur(4)}`));

  const people = fr.layer(0.4);
  const size = 84;
  people.add(ell(700, 1010, 150, 20, '#000', `opacity="0.35" ${people.blur(10)}`), ell(1070, 1010, 150, 20, '#000', `opacity="0.35" ${people.blur(10)}`));
  const a = figure(people, { x: 630, y: 383, size, skin: SKIN[0], hair: HAIR[3], top: '#474d59', blazer: true, collar: '#eef0f2', legs: '#343843', arms: 'shake', reach: 1, hem: 4.4, light: -0.5 });
  const b = figure(people, { x: 985, y: 376, size: size * 1.02, skin: SKIN[5], hair: HAIR[4], hairStyle: 'short', top: '#c7602c', collar: '#e9b44c', legs: '#2b3040', arms: 'shake', reach: -1, hem: 4.4, light: -0.5, tilt: -3 });
  people.add(a.body, b.body);
}

/* ---- 5: Fairer Handel in der Kommune (Kaffee) ------------------------ */

/** Roasted coffee bean seen from above: oval with the characteristic S-shaped crease. */
function bean(s: Svg, fills: readonly string[], x: number, y: number, len: number, angle: number): string {
  const d = s.dice;
  const rx = len / 2;
  const ry = len * 0.34;
  return (
    `<g transform="translate(${n1(x)} ${n1(y)}) rotate(${n1(angle)})">` +
    `<ellipse rx="${n1(rx)}" ry="${n1(ry)}" fill="${d.pick(fills)}"/>` +
    `<path d="M${n1(-rx * 0.82)},${n1(ry * 0.1)}C${n1(-rx * 0.3)},${n1(-ry * 0.55)} ${n1(rx * 0.3)},${n1(ry * 0.55)} ${n1(rx * 0.82)},${n1(-ry * 0.1)}" fill="none" stroke="#1a0b04" stroke-width="${n1(Math.max(0.8, ry * 0.24))}"/>` +
    `<ellipse cx="${n1(-rx * 0.25)}" cy="${n1(-ry * 0.5)}" rx="${n1(rx * 0.4)}" ry="${n1(ry * 0.2)}" fill="#fff" opacity="0.22"/></g>`
  );
}

/** Porcelain cup with saucer, coffee and crema. r is the rim radius in pixels; tilt the ellipse ratio. */
function cup(s: Svg, cx: number, baseY: number, r: number, tilt: number): string {
  const ry = r * tilt;
  const hgt = r * 1.05;
  const rimY = baseY - hgt;
  const porcelain = s.lin([[0, '#b9b1a6'], [0.18, '#f1ede6'], [0.35, '#fdfbf7'], [0.75, '#e2dbd1'], [1, '#a59c90']], 0, 0, 1, 0);
  const parts: string[] = [
    ell(cx + r * 0.35, baseY + ry * 0.6, r * 1.9, ry * 1.9, '#000', `opacity="0.35" ${s.blur(r * 0.12)}`),
    ell(cx, baseY + ry * 0.3, r * 1.75, ry * 1.75, s.rad([[0, '#e7e1d8'], [0.55, '#f7f4ee'], [0.8, '#fdfbf8'], [1, '#cfc7bb']], 0.45, 0.4, 0.55)),
    ell(cx, baseY + ry * 0.25, r * 0.8, ry * 0.8, '#000', `opacity="0.18" ${s.blur(r * 0.08)}`),
    `<path d="M${n1(cx + r * 0.92)},${n1(rimY + hgt * 0.22)}C${n1(cx + r * 1.6)},${n1(rimY + hgt * 0.02)} ${n1(cx + r * 1.65)},${n1(rimY + hgt * 0.8)} ${n1(cx + r * 0.8)},${n1(rimY + hgt * 0.74)}" fill="none" stroke="#d9d2c8" stroke-width="${n1(r * 0.17)}" stroke-linecap="round"/>`,
    pathEl(
      `M${n1(cx - r)},${n1(rimY)}C${n1(cx - r)},${n1(rimY + hgt * 0.6)} ${n1(cx - r * 0.72)},${n1(baseY - ry * 0.1)} ${n1(cx - r * 0.6)},${n1(baseY)}Q${n1(cx)},${n1(baseY + ry * 0.75)} ${n1(cx + r * 0.6)},${n1(baseY)}C${n1(cx + r * 0.72)},${n1(baseY - ry * 0.1)} ${n1(cx + r)},${n1(rimY + hgt * 0.6)} ${n1(cx + r)},${n1(rimY)}A${n1(r)},${n1(ry)} 0 0 1 ${n1(cx - r)},${n1(rimY)}Z`,
      porcelain,
    ),
    ell(cx, rimY, r, ry, '#efe9e1', `stroke="#fbf9f5" stroke-width="${n1(r * 0.05)}"`),
    ell(cx, rimY + ry * 0.16, r * 0.88, ry * 0.78, s.rad([[0, '#d9a06a'], [0.55, '#b97a45'], [0.85, '#7b4624'], [1, '#3d200f']], 0.45, 0.45, 0.55)),
    pathEl(blob(s.dice, cx - r * 0.05, rimY + ry * 0.2, r * 0.38, ry * 0.32, 0.25, 8), '#f1dcc0', `opacity="0.85" ${s.blur(r * 0.03)}`),
    ell(cx - r * 0.55, rimY + hgt * 0.45, r * 0.12, hgt * 0.3, '#fff', `opacity="0.6" ${s.blur(r * 0.05)}`),
  ];
  for (let i = 0; i < 3; i++) {
    const sx = cx + (i - 1) * r * 0.3;
    parts.push(
      `<path d="M${n1(sx)},${n1(rimY - r * 0.1)}c${n1(r * 0.3)},${n1(-r * 0.4)} ${n1(-r * 0.3)},${n1(-r * 0.7)} 0,${n1(-r * 1.1)}s${n1(-r * 0.2)},${n1(-r * 0.6)} ${n1(r * 0.1)},${n1(-r * 0.9)}" fill="none" stroke="#fff" stroke-width="${n1(r * 0.14)}" opacity="0.09" ${s.blur(r * 0.07)}/>`,
    );
  }
  return g(parts.join(''));
}

function paintKaffee(fr: Frame): void {
  const { w, h, dice } = fr;
  const cam = new Camera(800, 330, 1500, 0.25);
  const back = fr.layer(14);
  back.add(rect(0, 0, w, 560, back.lin([[0, '#2a1a12'], [1, '#5a3823']])));
  back.add(rect(1080, 30, 420, 420, back.lin([[0, '#f4e3c4'], [1, '#cfae84']]), 'opacity="0.8"'));
  for (let i = 0; i < 3; i++) back.add(rect(80, 90 + i * 120, 760, 12, '#7a5234'));
  for (let i = 0; i < 22; i++) back.add(rect(100 + i * 33, dice.range(40, 60) + (i % 3) * 120, 24, dice.range(40, 60), dice.pick(['#8a6a44', '#c9b08a', '#5d3e26', '#d9c7a4']), 'opacity="0.8"'));
  back.add(bokeh(back, 22, 0, 0, w, 380, ['#ffcf8a', '#ffe3b5', '#f7b062'], 14, 40));

  const table = fr.layer(1.2);
  const zNear = 0.45;
  const zFar = 2.2;
  table.add(rect(0, 480, w, h - 480, '#4a2e1b'));
  for (let x = -1.6; x < 1.6; x += 0.14) {
    const c = vary(dice, dice.pick(['#8a5a34', '#7a4d2c', '#94643b', '#83552f']), 0.04);
    table.add(poly([cam.p(x + 0.002, 0, zNear), cam.p(x + 0.138, 0, zNear), cam.p(x + 0.138, 0, zFar), cam.p(x + 0.002, 0, zFar)], table.lin([[0, shade(c, -0.2)], [1, shade(c, 0.05)]]), table.tex(0.25, 0.008, 0.3, 3)));
  }
  const [, farY] = cam.p(0, 0, zFar);
  table.add(rect(0, farY - 2, w, 14, '#2a190f'), rect(0, farY, w, 160, table.lin([[0, '#1a0f08', 0.5], [1, '#1a0f08', 0]])));
  table.add(ell(350, 520, 500, 160, '#ffd9a0', `opacity="0.12" ${table.blur(60)}`));

  const objects = fr.layer(0);
  const fills = [
    objects.rad([[0, '#7a4526'], [0.7, '#4a2512'], [1, '#2a1307']], 0.4, 0.35, 0.65),
    objects.rad([[0, '#6b3a1f'], [0.7, '#3f1f0e'], [1, '#241106']], 0.4, 0.35, 0.65),
    objects.rad([[0, '#845031'], [0.7, '#52301a'], [1, '#2d170a']], 0.4, 0.35, 0.65),
  ];
  const placed: Array<{ x: number; y: number; len: number; a: number }> = [];
  const scatter = (n: number, xc: number, zc: number, spreadX: number, spreadZ: number): void => {
    for (let i = 0; i < n; i++) {
      const x = xc + dice.gauss() * spreadX;
      const z = zc + dice.gauss() * spreadZ;
      if (z < 0.6 || z > 3) continue;
      const [sx, sy] = cam.p(x, 0, z);
      placed.push({ x: sx, y: sy, len: cam.scale(z) * 0.012, a: dice.range(0, 180) });
    }
  };
  const beanLayer = (list: typeof placed): string =>
    g(list.map((b) => ell(b.x + b.len * 0.2, b.y + b.len * 0.18, b.len * 0.55, b.len * 0.3, '#000')).join(''), `opacity="0.45" ${objects.blur(3)}`) +
    g(list.map((b) => bean(objects, fills, b.x, b.y, b.len, b.a)).join(''));

  const bowlZ = 1.2;
  const [bx, by] = cam.p(-0.3, 0, bowlZ);
  const br = cam.scale(bowlZ) * 0.1;
  const bry = br * (cam.height / bowlZ) * 1.1;
  const bowlTop = by - br * 0.55;
  objects.add(ell(bx + br * 0.3, by + bry * 0.3, br * 1.25, bry * 1.1, '#000', `opacity="0.45" ${objects.blur(br * 0.12)}`));
  objects.add(
    pathEl(
      `M${n1(bx - br)},${n1(bowlTop)}C${n1(bx - br)},${n1(by - br * 0.1)} ${n1(bx - br * 0.55)},${n1(by + bry * 0.4)} ${n1(bx)},${n1(by + bry * 0.4)}C${n1(bx + br * 0.55)},${n1(by + bry * 0.4)} ${n1(bx + br)},${n1(by - br * 0.1)} ${n1(bx + br)},${n1(bowlTop)}Z`,
      objects.lin([[0, '#6a4a30'], [0.3, '#a37548'], [0.7, '#7a5232'], [1, '#3f2816']], 0, 0, 1, 0),
      objects.tex(0.3, 0.02, 0.2, 2),
    ),
  );
  objects.add(ell(bx, bowlTop, br, bry, '#2a170b', `stroke="#b78a5a" stroke-width="${n1(br * 0.05)}"`));
  const heap: typeof placed = [];
  for (let i = 0; i < 170; i++) {
    const a = dice.u() * Math.PI * 2;
    const r = Math.sqrt(dice.u()) * 0.92;
    const mound = (1 - r * r) * br * 0.28;
    heap.push({ x: bx + Math.cos(a) * br * r, y: bowlTop + Math.sin(a) * bry * r - mound, len: br * 0.2, a: dice.range(0, 180) });
  }
  heap.sort((p, q) => p.y - q.y);
  objects.add(g(beanLayer(heap), objects.clip(`<ellipse cx="${n1(bx)}" cy="${n1(bowlTop - br * 0.3)}" rx="${n1(br * 0.98)}" ry="${n1(bry + br * 0.3)}"/>`)));

  scatter(30, -0.3, bowlZ - 0.12, 0.12, 0.06);
  scatter(60, -0.1, 0.95, 0.25, 0.15);
  scatter(70, 0.05, 0.62, 0.3, 0.06);
  placed.sort((p, q) => p.y - q.y);
  objects.add(beanLayer(placed.filter((b) => b.y < by)));
  const c2z = 1.15;
  const [c2x, c2y] = cam.p(0.26, 0, c2z);
  objects.add(cup(objects, c2x, c2y, cam.scale(c2z) * 0.052, (cam.height / c2z) * 0.9));
  objects.add(beanLayer(placed.filter((b) => b.y >= by)));
  const c1z = 0.75;
  const [c1x, c1y] = cam.p(-0.02, 0, c1z);
  objects.add(cup(objects, c1x, c1y, cam.scale(c1z) * 0.052, (cam.height / c1z) * 0.9));
}

/* ---- 6: Bildungsarbeit (Klassenzimmer) ------------------------------- */

function paintKlassenzimmer(fr: Frame): void {
  const { w, h, dice } = fr;
  const cam = new Camera(820, 470, 880, 1.45);
  const X = 4.2;
  const H = 3.1;
  const Z = 7.5;
  const room = fr.layer(1.2);
  const P = (x: number, y: number, z: number): Pt => cam.p(x, y, z);
  room.add(rect(0, 0, w, h, '#d9d1c2'));
  room.add(poly([P(-X, H, 0.5), P(X, H, 0.5), P(X, H, Z), P(-X, H, Z)], room.lin([[0, '#f1eee8'], [1, '#d8d3ca']])));
  room.add(poly([P(-X, 0, 0.5), P(-X, H, 0.5), P(-X, H, Z), P(-X, 0, Z)], room.lin([[0, '#e9e0cf'], [1, '#d3c8b4']], 0, 0, 1, 0)));
  room.add(poly([P(X, 0, 0.5), P(X, H, 0.5), P(X, H, Z), P(X, 0, Z)], room.lin([[0, '#c9bea9'], [1, '#b3a893']], 1, 0, 0, 0)));
  room.add(poly([P(-X, 0, Z), P(X, 0, Z), P(X, H, Z), P(-X, H, Z)], room.lin([[0, '#ede5d5'], [1, '#d9cfbd']]), room.tex(0.05, 0.05, 0.05)));
  room.add(poly([P(-X, 0, 0.5), P(X, 0, 0.5), P(X, 0, Z), P(-X, 0, Z)], '#9a7450'));
  for (let x = -X; x < X; x += 0.14) {
    room.add(poly([P(x, 0, 0.5), P(x + 0.135, 0, 0.5), P(x + 0.135, 0, Z), P(x, 0, Z)], vary(dice, '#a47d57', 0.06), room.tex(0.4, 0.01, 0.2, 2)));
  }
  for (const [z0, z1] of [[1.4, 2.9], [3.6, 5.1], [5.8, 7.1]] as const) {
    room.add(poly([P(-X, 0.9, z0), P(-X, 0.9, z1), P(-X, 2.7, z1), P(-X, 2.7, z0)], '#e8e4dc'));
    room.add(poly([P(-X, 0.97, z0 + 0.08), P(-X, 0.97, z1 - 0.08), P(-X, 2.63, z1 - 0.08), P(-X, 2.63, z0 + 0.08)], room.lin([[0, '#ffffff'], [0.6, '#f3f7f5'], [1, '#c8dcc0']])));
    room.add(poly([P(-X, 1.75, z0), P(-X, 1.75, z1), P(-X, 1.8, z1), P(-X, 1.8, z0)], '#e8e4dc'));
    room.add(poly([P(-X, 0, z0 + 0.2), P(-2.2, 0, z0 + 1.2), P(-2.2, 0, z1 + 1.6), P(-X, 0, z1 + 0.4)], '#fff2d6', `opacity="0.22" ${room.blur(10)}`));
  }
  for (const x of [-1.6, 1.6]) room.add(poly([P(x - 0.5, H - 0.01, 2), P(x + 0.5, H - 0.01, 2), P(x + 0.5, H - 0.01, 5.5), P(x - 0.5, H - 0.01, 5.5)], '#ffffff'));
  const b0 = P(-2.1, 2.2, Z);
  const b1 = P(2.1, 0.95, Z);
  room.add(rect(b0[0] - 10, b0[1] - 10, b1[0] - b0[0] + 20, b1[1] - b0[1] + 20, '#8a6a48'));
  room.add(rect(b0[0], b0[1], b1[0] - b0[0], b1[1] - b0[1], room.lin([[0, '#2f4a3c'], [1, '#24392e']]), room.tex(0.03, 0.03, 0.15)));
  const chalk: string[] = [];
  for (let r = 0; r < 5; r++) {
    let x = b0[0] + 30;
    const y = b0[1] + 24 + r * 24;
    while (x < b0[0] + dice.range(220, 430)) {
      const wl = dice.range(12, 40);
      chalk.push(`M${n1(x)},${n1(y)}q${n1(wl / 4)},${n1(-8)} ${n1(wl / 2)},0t${n1(wl / 2)},0`);
      x += wl + dice.range(6, 12);
    }
  }
  room.add(`<path d="${chalk.join('')}" fill="none" stroke="#e9efe9" stroke-width="2" opacity="0.7"/>`);
  room.add(`<circle cx="${n1(b1[0] - 95)}" cy="${n1(b0[1] + 70)}" r="48" fill="none" stroke="#e9efe9" stroke-width="2" opacity="0.65"/>`);
  room.add(`<path d="M${n1(b1[0] - 143)},${n1(b0[1] + 70)}h96M${n1(b1[0] - 95)},${n1(b0[1] + 22)}v96" stroke="#e9efe9" stroke-width="1.5" opacity="0.5"/>`);
  room.add(rect(b0[0] - 12, b1[1] + 8, b1[0] - b0[0] + 24, 7, '#b59a78'));
  for (let i = 0; i < 6; i++) {
    const z0 = 3.2 + i * 0.5;
    room.add(poly([P(X - 0.01, 1.3, z0), P(X - 0.01, 1.3, z0 + 0.4), P(X - 0.01, 1.9, z0 + 0.4), P(X - 0.01, 1.9, z0)], dice.pick(['#e9c46a', '#2a9d8f', '#e76f51', '#f4f1de', '#8ab17d'])));
  }
  const [gx, gy] = P(2.5, 1.02, 6.9);
  const gr = cam.scale(6.9) * 0.22;
  room.add(poly([P(1.5, 0.76, 6.6), P(3.4, 0.76, 6.6), P(3.4, 0.76, 7.2), P(1.5, 0.76, 7.2)], '#7a5638'), poly([P(1.5, 0.76, 6.6), P(3.4, 0.76, 6.6), P(3.4, 0, 6.6), P(1.5, 0, 6.6)], '#5e422b'));
  room.add(`<circle cx="${n1(gx)}" cy="${n1(gy)}" r="${n1(gr)}" fill="${room.rad([[0, '#7fb2d6'], [0.7, '#2f6c98'], [1, '#173b57']], 0.38, 0.35, 0.7)}"/>`);
  room.add(pathEl(blob(dice, gx - gr * 0.1, gy - gr * 0.1, gr * 0.4, gr * 0.5), '#8aa65a', 'opacity="0.9"'));
  room.add(`<path d="M${n1(gx + gr * 1.15)},${n1(gy - gr * 0.6)}A${n1(gr * 1.2)},${n1(gr * 1.2)} 0 0 1 ${n1(gx - gr * 0.2)},${n1(gy + gr * 1.2)}" fill="none" stroke="#b8923a" stroke-width="3"/>`);
  room.add(rect(gx - 3, gy + gr, 6, gr * 0.5, '#6b5a3a'));

  const desks = fr.layer(0.3);
  const rows = [6.2, 5.0, 3.8, 2.6];
  for (const z0 of rows) {
    for (const xc of [-2.5, 0, 2.5]) {
      const x0 = xc - 0.7;
      const x1 = xc + 0.7;
      const z1 = z0 + 0.6;
      const top = 0.74;
      const parts: string[] = [];
      for (const lx of [x0 + 0.06, x1 - 0.06]) {
        parts.push(line(P(lx, top, z1 - 0.06), P(lx, 0, z1 - 0.06), '#555b62', cam.scale(z1) * 0.03));
        parts.push(line(P(lx, top, z0 + 0.06), P(lx, 0, z0 + 0.06), '#6b7178', cam.scale(z0) * 0.03));
      }
      parts.push(poly([P(x0, top, z0), P(x1, top, z0), P(x1, top, z1), P(x0, top, z1)], desks.lin([[0, '#d2b48a'], [1, '#c2a273']]), desks.tex(0.2, 0.02, 0.12, 2)));
      parts.push(poly([P(x0, top, z0), P(x1, top, z0), P(x1, top - 0.03, z0), P(x0, top - 0.03, z0)], '#8d7150'));
      if (dice.chance(0.7)) {
        const bx = xc + dice.range(-0.5, 0.2);
        parts.push(poly([P(bx, top + 0.005, z0 + 0.1), P(bx + 0.3, top + 0.005, z0 + 0.1), P(bx + 0.3, top + 0.005, z0 + 0.4), P(bx, top + 0.005, z0 + 0.4)], dice.pick(['#f7f5ef', '#e9e4d6', '#3d6b8c', '#b8483e'])));
      }
      const cz = z0 - 0.42;
      const chair = dice.pick(['#2f6d9e', '#d9822b', '#3e8a5e']);
      for (const lx of [xc - 0.22, xc + 0.22]) {
        parts.push(line(P(lx, 0.45, cz + 0.35), P(lx, 0, cz + 0.35), '#4a4f55', cam.scale(cz) * 0.02));
        parts.push(line(P(lx, 0.86, cz), P(lx, 0, cz), '#4a4f55', cam.scale(cz) * 0.02));
      }
      parts.push(poly([P(xc - 0.24, 0.45, cz), P(xc + 0.24, 0.45, cz), P(xc + 0.24, 0.45, cz + 0.4), P(xc - 0.24, 0.45, cz + 0.4)], shade(chair, 0.1)));
      parts.push(poly([P(xc - 0.25, 0.58, cz), P(xc + 0.25, 0.58, cz), P(xc + 0.25, 0.86, cz), P(xc - 0.25, 0.86, cz)], desks.lin([[0, shade(chair, 0.15)], [1, shade(chair, -0.2)]])));
      desks.add(ell(...P(xc, 0, z0 + 0.3), cam.scale(z0) * 0.8, cam.scale(z0) * 0.12, '#000', `opacity="0.18" ${desks.blur(8)}`));
      desks.add(g(parts.join('')));
    }
  }
  const light = fr.layer(0);
  light.add(rect(0, 0, w, h, light.rad([[0, '#fff8e8', 0.35], [1, '#fff8e8', 0]], 0.05, 0.35, 0.6)));
}

/* ---- 7: Engagement und Migration (Gemeinschaftstisch) ---------------- */

/** Mug seen slightly from above. */
function mug(s: Svg, cx: number, baseY: number, r: number, color: string): string {
  const ry = r * 0.32;
  const hgt = r * 1.5;
  return (
    ell(cx + r * 0.4, baseY + 2, r * 1.4, ry * 1.2, '#000', `opacity="0.3" ${s.blur(r * 0.2)}`) +
    `<path d="M${n1(cx + r * 0.9)},${n1(baseY - hgt * 0.75)}c${n1(r * 0.7)},0 ${n1(r * 0.7)},${n1(hgt * 0.5)} 0,${n1(hgt * 0.5)}" fill="none" stroke="${shade(color, -0.1)}" stroke-width="${n1(r * 0.22)}"/>` +
    pathEl(`M${n1(cx - r)},${n1(baseY - hgt)}V${n1(baseY)}A${n1(r)},${n1(ry)} 0 0 0 ${n1(cx + r)},${n1(baseY)}V${n1(baseY - hgt)}Z`, s.lin([[0, shade(color, 0.15)], [0.35, color], [1, shade(color, -0.35)]], 0, 0, 1, 0)) +
    ell(cx, baseY - hgt, r, ry, shade(color, 0.2)) +
    ell(cx, baseY - hgt + ry * 0.15, r * 0.85, ry * 0.75, '#3a2214')
  );
}

function paintGemeinschaft(fr: Frame): void {
  const { w, h, dice } = fr;
  const back = fr.layer(11);
  back.add(rect(0, 0, w, h, back.lin([[0, '#e3cfae'], [1, '#b79a74']])));
  back.add(rect(1120, 60, 420, 520, '#fffaf0'), rect(1120, 60, 420, 520, back.lin([[0, '#cfe3f0'], [0.6, '#f4f8f6'], [1, '#a9c48a']]), 'opacity="0.7"'));
  back.add(rect(1320, 60, 14, 520, '#cdbb9c'), rect(1120, 300, 420, 12, '#cdbb9c'));
  back.add(rect(110, 110, 460, 300, '#b58a5a'));
  for (let i = 0; i < 14; i++) back.add(rect(130 + dice.range(0, 380), 125 + dice.range(0, 230), dice.range(50, 90), dice.range(40, 70), dice.pick(['#f6f1e4', '#f2c14e', '#8ecae6', '#f28482', '#b5e48c']), `transform="rotate(${n1(dice.jit(6))} 340 260)"`));
  const lights: string[] = [];
  for (let i = 0; i <= 24; i++) {
    const x = (i / 24) * w;
    const y = 40 + Math.sin((i / 24) * Math.PI) * 90;
    lights.push(`<circle cx="${n1(x)}" cy="${n1(y)}" r="16" fill="#fff0c2"/>`);
  }
  back.add(g(lights.join(''), 'opacity="0.75"'));
  back.add(pathEl(blob(dice, 1000, 560, 120, 200), '#50703a'));

  const people = fr.layer(0.6);
  const crowd: Figure[] = [
    { x: 175, y: 0, size: 118, skin: SKIN[3], hair: HAIR[0], hairStyle: 'short', top: '#3e6e8e', collar: '#e7e2d6' },
    { x: 420, y: 0, size: 112, skin: SKIN[0], hair: HAIR[3], hairStyle: 'bob', top: '#d98f3e' },
    { x: 668, y: 0, size: 120, skin: SKIN[2], scarf: '#6f3f7c', top: '#e9e2d2' },
    { x: 925, y: 0, size: 124, skin: SKIN[5], hair: HAIR[4], hairStyle: 'curly', top: '#2f7a5a' },
    { x: 1175, y: 0, size: 114, skin: SKIN[1], hair: HAIR[5], hairStyle: 'short', top: '#b6463a', collar: '#f3efe6' },
    { x: 1425, y: 0, size: 118, skin: SKIN[4], hair: HAIR[1], hairStyle: 'bun', top: '#f1c84b' },
  ];
  const tableY = 700;
  const drawn = crowd.map((c) => figure(people, { ...c, y: tableY - 3.3 * c.size + dice.jit(10), arms: 'forward', light: 0.5, tilt: dice.jit(5), face: 'simple' }));
  people.add(...drawn.map((d) => d.body));

  // Same document as the figures: the forearms reference their gradients.
  const table = people;
  table.add(poly([[-40, tableY], [w + 40, tableY], [w + 120, 880], [-120, 880]], table.lin([[0, '#e9e1d2'], [1, '#f6f1e8']]), table.tex(0.06, 0.2, 0.06)));
  table.add(rect(-10, 878, w + 20, h - 878, table.lin([[0, '#dcd2c0'], [0.15, '#f0e9dc'], [0.2, '#d6ccba'], [0.35, '#eee7da'], [0.45, '#d3c9b6'], [0.6, '#efe8db'], [0.75, '#d5cbb8'], [0.9, '#ede6d8'], [1, '#d2c7b4']], 0, 0, 1, 0)));
  table.add(rect(-10, 878, w + 20, 30, table.lin([[0, '#000', 0.25], [1, '#000', 0]])));
  table.add(rect(-40, tableY, w + 80, 26, table.lin([[0, '#000', 0.18], [1, '#000', 0]])));
  table.add(...drawn.map((d) => d.hands));
  const items: string[] = [];
  for (const [x, y, r, c] of [[300, 790, 34, '#c0392b'], [560, 760, 30, '#2e86ab'], [810, 800, 34, '#f1f1ee'], [1060, 770, 30, '#e0a526'], [1300, 795, 33, '#3e8e5a']] as const) {
    items.push(mug(table, x, y, r, c));
  }
  items.push(ell(940, 840, 150, 40, '#000', `opacity="0.25" ${table.blur(10)}`), ell(930, 825, 145, 38, table.rad([[0, '#ffffff'], [1, '#d9d3c8']])));
  for (let i = 0; i < 8; i++) {
    const ox = 900 + dice.jit(70);
    const oy = 805 + dice.jit(14);
    items.push(`<circle cx="${n1(ox)}" cy="${n1(oy)}" r="24" fill="${table.rad([[0, '#ffc266'], [0.7, '#f08a1c'], [1, '#b85c0a']], 0.35, 0.3, 0.7)}"/>`);
  }
  items.push(poly([[430, 840], [560, 826], [575, 880], [440, 890]], '#fbfaf6', `transform="rotate(-4 500 860)"`), poly([[1150, 830], [1260, 840], [1250, 885], [1135, 878]], '#f7f6f1'));
  table.add(...items);
  const glow = fr.layer(0);
  glow.add(rect(0, 0, w, h, glow.rad([[0, '#fff3da', 0.3], [1, '#fff3da', 0]], 0.85, 0.25, 0.6)));
}

/* ---- 8: Fairer Handel (Marktstand) ----------------------------------- */

/** Round fruit (orange, apple, lemon) with a soft highlight. */
function fruit(s: Svg, fillId: string, x: number, y: number, rx: number, ry: number): string {
  return ell(x + rx * 0.15, y + ry * 0.2, rx * 1.05, ry * 1.02, '#000', 'opacity="0.35"') + ell(x, y, rx, ry, fillId) + ell(x - rx * 0.35, y - ry * 0.4, rx * 0.25, ry * 0.15, '#fff', `opacity="0.35" ${s.blur(rx * 0.08)}`);
}

/** A heap of round fruit filling a crate opening, back rows first so front rows overlap them. */
function fruitHeap(s: Svg, x0: number, x1: number, rimY: number, r: number, fills: readonly string[], squash = 1): string {
  const d = s.dice;
  const parts: string[] = [];
  for (let row = 3; row >= 0; row--) {
    const y = rimY - row * r * 0.55 + r * 0.25;
    const inset = row * r * 0.5;
    for (let x = x0 + r + inset + (row % 2) * r * 0.5; x < x1 - r * 0.6 - inset; x += r * 1.75) {
      const rr = r * d.range(0.88, 1.08);
      parts.push(fruit(s, d.pick(fills), x + d.jit(r * 0.1), y + d.jit(r * 0.1), rr, rr * squash));
    }
  }
  return g(parts.join(''), s.tex(0.6, 0.6, 0.12, 2));
}

/** Hand of bananas lying in a crate: curved, tapered fingers sharing one crown. */
function bananas(s: Svg, x: number, y: number, len: number, count: number, flip: boolean): string {
  const d = s.dice;
  const dir = flip ? -1 : 1;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = (((i - (count - 1) / 2) * 7 + d.jit(2)) * Math.PI) / 180;
    const pts: Pt[] = [];
    for (let k = 0; k <= 6; k++) {
      const t = k / 6;
      const lx = t * len;
      const ly = -len * 0.3 * t * t;
      pts.push([x + dir * (lx * Math.cos(a) - ly * Math.sin(a)), y - i * len * 0.04 + lx * Math.sin(a) + ly * Math.cos(a)]);
    }
    const widths = pts.map((_, k) => len * 0.17 * Math.sin(0.25 + (k / 6) * 2.6) + 2);
    const shape = tube(pts, widths);
    const tip = pts[pts.length - 1]!;
    const fill = s.lin([[0, '#fff08a'], [0.45, '#f0cf3a'], [1, '#b88f17']]);
    parts.push(
      `<path d="${shape}" fill="#000" opacity="0.35" transform="translate(3 6)" ${s.blur(4)}/>`,
      `<path d="${shape}" fill="${fill}" stroke="#8a6a14" stroke-width="1" stroke-opacity="0.5"/>`,
      `<circle cx="${n1(tip[0])}" cy="${n1(tip[1])}" r="${n1(len * 0.025)}" fill="#3a2a14"/>`,
    );
    for (let k = 0; k < 5; k++) {
      const p = pts[d.int(1, 5)]!;
      parts.push(`<circle cx="${n1(p[0] + d.jit(6))}" cy="${n1(p[1] + d.jit(4))}" r="${n1(d.range(1, 2.2))}" fill="#5a3d14" opacity="0.6"/>`);
    }
  }
  const crown = [x, y - count * len * 0.035] as const;
  parts.push(ell(crown[0], crown[1], len * 0.06, len * 0.1, '#6b7a2a'));
  return g(parts.join(''));
}

/** Wooden crate front with slats and grain. */
function crate(s: Svg, x: number, y: number, w: number, hgt: number): string {
  const d = s.dice;
  const parts: string[] = [rect(x, y, w, hgt, '#3a2a1c')];
  const slats = 3;
  for (let i = 0; i < slats; i++) {
    const sy = y + (hgt * i) / slats + 4;
    const c = vary(d, '#c79a62', 0.06);
    parts.push(rect(x + 4, sy, w - 8, hgt / slats - 10, s.lin([[0, shade(c, 0.1)], [1, shade(c, -0.15)]]), s.tex(0.008, 0.25, 0.25, 3)));
    parts.push(`<circle cx="${n1(x + 16)}" cy="${n1(sy + hgt / slats / 2 - 5)}" r="2.5" fill="#4a3a2a"/><circle cx="${n1(x + w - 16)}" cy="${n1(sy + hgt / slats / 2 - 5)}" r="2.5" fill="#4a3a2a"/>`);
  }
  parts.push(rect(x, y, w, 10, '#000', `opacity="0.35" ${s.blur(4)}`));
  return g(parts.join(''));
}

function priceCard(s: Svg, x: number, y: number): string {
  const d = s.dice;
  let scrib = '';
  for (let i = 0; i < 2; i++) scrib += `M${n1(x - 28)},${n1(y + 14 + i * 18)}q8,-8 16,0t16,0t16,0`;
  return line([x, y + 40], [x + d.jit(4), y + 110], '#7a5a3a', 4) + rect(x - 40, y, 80, 54, '#1e2420', 'stroke="#8a6a44" stroke-width="4"') + `<path d="${scrib}" fill="none" stroke="#f2f2ee" stroke-width="2.2" opacity="0.85"/>`;
}

function paintMarktstand(fr: Frame): void {
  const { w, h, dice } = fr;
  const back = fr.layer(10);
  back.add(rect(0, 0, w, h, back.lin([[0, '#e9eef2'], [0.5, '#d8cdb8'], [1, '#8d7d68']])));
  back.add(rect(0, 120, 520, 600, '#e8d7b8'), rect(540, 60, 500, 700, '#d3b38e'), rect(1080, 140, 540, 600, '#efe6d6'));
  for (let i = 0; i < 16; i++) back.add(rect(40 + (i % 8) * 190, 180 + Math.floor(i / 8) * 180, 70, 100, '#56616b'));
  back.add(poly([[200, 430], [620, 430], [660, 520], [160, 520]], '#f5f5f2'), poly([[950, 420], [1400, 420], [1440, 510], [910, 510]], '#3e7c5a'));
  const crowd: string[] = [];
  for (let i = 0; i < 9; i++) {
    const f = figure(back, { x: 60 + i * 180 + dice.jit(30), y: 380 + dice.jit(30), size: 48, skin: dice.pick(SKIN), hair: dice.pick(HAIR), top: dice.pick(['#2d4a6b', '#b3473b', '#e0d4bd', '#3c6b4a', '#6b4a7a']), legs: '#33363d', face: 'none' });
    crowd.push(f.body);
  }
  back.add(...crowd);

  const stall = fr.layer(0.5);
  stall.add(rect(0, 150, w, 500, stall.lin([[0, '#2a1d14'], [1, '#4a3626']]), 'opacity="0.92"'));
  stall.add(rect(0, 150, w, 220, stall.lin([[0, '#000', 0.45], [1, '#000', 0]])));
  const backRow = [[60, 480, 360, 'oranges'], [440, 480, 360, 'apples'], [820, 480, 360, 'lemons'], [1200, 480, 360, 'avocados']] as const;
  const fruitFills = (stall: Svg): Record<'oranges' | 'apples' | 'lemons' | 'avocados' | 'mangos', string[]> => ({
    oranges: [stall.rad([[0, '#ffbf5e'], [0.6, '#f28a1a'], [1, '#b0530a']], 0.38, 0.32, 0.68), stall.rad([[0, '#ffb24a'], [0.6, '#ec7f14'], [1, '#a64c08']], 0.38, 0.32, 0.68)],
    apples: [stall.rad([[0, '#ff8a7a'], [0.55, '#c9302c'], [1, '#6e1512']], 0.38, 0.32, 0.68), stall.rad([[0, '#d6e87a'], [0.6, '#9cbf2e'], [1, '#4f6a12']], 0.38, 0.32, 0.68)],
    lemons: [stall.rad([[0, '#fff59a'], [0.6, '#f2d22e'], [1, '#a8891a']], 0.38, 0.32, 0.68)],
    avocados: [stall.rad([[0, '#6f8a3a'], [0.6, '#3e5a1f'], [1, '#1f300e']], 0.38, 0.32, 0.68)],
    mangos: [stall.rad([[0, '#ffd166'], [0.4, '#f2913a'], [0.8, '#d9482b'], [1, '#6b8a2a']], 0.3, 0.3, 0.8)],
  });
  const fills = fruitFills(stall);
  for (const [x, y, cw, kind] of backRow) {
    stall.add(fruitHeap(stall, x, x + cw, y, 27, fills[kind], kind === 'lemons' ? 0.8 : 1));
    stall.add(crate(stall, x, y, cw, 120));
  }
  stall.add(priceCard(stall, 430, 390), priceCard(stall, 1190, 385));

  const front = fr.layer(0);
  const frontFills = fruitFills(front);
  const frontRow = [[20, 'bananas'], [540, 'oranges'], [1060, 'mangos']] as const;
  for (const [x, kind] of frontRow) {
    if (kind === 'bananas') {
      front.add(rect(x + 10, 640, 480, 60, '#2a1d12'));
      for (let i = 0; i < 3; i++) front.add(bananas(front, x + 30 + i * 150 + (i % 2) * 200, 690 - (i % 2) * 30, 230, 5, i % 2 === 1));
    } else {
      front.add(fruitHeap(front, x, x + 500, 700, 40, frontFills[kind], kind === 'mangos' ? 0.75 : 1));
    }
    front.add(crate(front, x, 700, 500, 380));
  }
  front.add(priceCard(front, 800, 575));
  front.add(rect(0, 0, 60, h, front.lin([[0, '#6b4c30'], [1, '#3e2a1a']], 0, 0, 1, 0)), rect(w - 60, 0, 60, h, front.lin([[0, '#6b4c30'], [1, '#3e2a1a']], 0, 0, 1, 0)));
  const stripes: string[] = [];
  for (let i = 0; i < 20; i++) stripes.push(rect(i * 90 - 40, 0, 90, 240, i % 2 === 0 ? '#b8322c' : '#f1e8d6'));
  const scallops: string[] = [];
  for (let i = 0; i < 36; i++) scallops.push(`<circle cx="${n1(i * 45 - 40 + 22.5)}" cy="180" r="22.5"/>`);
  const awningClip = front.clip(`<rect x="0" y="0" width="${w}" height="180"/>${scallops.join('')}`);
  front.add(g(scallops.join(''), `fill="#000" opacity="0.25" transform="translate(0 14)" ${front.blur(8)}`));
  front.add(g(stripes.join('') + rect(0, 0, w, 205, front.lin([[0, '#000', 0.45], [0.8, '#000', 0.05], [1, '#000', 0.2]])), `${awningClip}`));
  const sun = fr.layer(0);
  sun.add(rect(0, 0, w, h, sun.rad([[0, '#fff4d6', 0.25], [1, '#fff4d6', 0]], 0.8, 0.0, 0.7)));
}

/* ---- 9: Globales Lernen (Globus) ------------------------------------- */

/** Desk globe: shaded sphere with land masses, graticule, brass meridian and stand. */
function globe(s: Svg, cx: number, cy: number, r: number): string {
  const tilt = 23;
  const land = (pts: ReadonlyArray<readonly [number, number]>): string => smooth(pts.map(([x, y]): Pt => [cx + x * r, cy + y * r]));
  const continents = [
    [[0.02, -0.05], [0.22, -0.1], [0.38, 0.0], [0.46, 0.06], [0.38, 0.3], [0.26, 0.55], [0.15, 0.64], [0.08, 0.45], [0.0, 0.25], [-0.12, 0.1], [-0.16, -0.02]],
    [[-0.08, -0.2], [0.1, -0.27], [0.3, -0.3], [0.38, -0.45], [0.2, -0.58], [0.02, -0.52], [-0.12, -0.38]],
    [[0.44, -0.12], [0.62, -0.05], [0.58, 0.12], [0.48, 0.05]],
    [[0.45, -0.3], [0.7, -0.42], [0.92, -0.2], [0.8, 0.05], [0.62, -0.12]],
    [[-0.78, 0.1], [-0.55, 0.04], [-0.44, 0.2], [-0.55, 0.5], [-0.68, 0.62], [-0.82, 0.36]],
    [[-0.85, -0.55], [-0.6, -0.6], [-0.5, -0.35], [-0.72, -0.2], [-0.9, -0.3]],
  ] as const;
  const sphere = `<circle cx="${n1(cx)}" cy="${n1(cy)}" r="${n1(r)}"/>`;
  const clip = s.clip(sphere);
  const landFill = s.lin([[0, '#c9b47a'], [0.5, '#8fae5e'], [1, '#b8a066']], 0, 0, 1, 1);
  const grid: string[] = [];
  for (let i = -2; i <= 2; i++) {
    grid.push(`<ellipse cx="${n1(cx)}" cy="${n1(cy)}" rx="${n1(Math.abs(i) * r * 0.3 + 1)}" ry="${n1(r)}"/>`);
    grid.push(`<line x1="${n1(cx - r)}" y1="${n1(cy + i * r * 0.35)}" x2="${n1(cx + r)}" y2="${n1(cy + i * r * 0.35)}"/>`);
  }
  const inner =
    `<circle cx="${n1(cx)}" cy="${n1(cy)}" r="${n1(r)}" fill="${s.rad([[0, '#5f9fcf'], [0.7, '#2e6796'], [1, '#1a4166']], 0.45, 0.4, 0.6)}"/>` +
    g(continents.map((c) => pathEl(land(c), landFill)).join(''), `transform="rotate(${tilt} ${n1(cx)} ${n1(cy)})" ${s.tex(0.05, 0.05, 0.25, 2)}`) +
    g(grid.join(''), `fill="none" stroke="#ffffff" stroke-width="1.2" opacity="0.22" transform="rotate(${tilt} ${n1(cx)} ${n1(cy)})"`) +
    `<circle cx="${n1(cx)}" cy="${n1(cy)}" r="${n1(r)}" fill="${s.rad([[0, '#ffffff', 0.35], [0.35, '#ffffff', 0], [0.75, '#000000', 0.15], [1, '#000000', 0.6]], 0.34, 0.3, 0.78)}"/>` +
    ell(cx - r * 0.4, cy - r * 0.45, r * 0.16, r * 0.1, '#fff', `opacity="0.55" ${s.blur(r * 0.05)}`);
  const ringR = r * 1.1;
  const a0 = ((-90 - tilt) * Math.PI) / 180;
  const a1 = ((90 - tilt) * Math.PI) / 180;
  const ring = `M${n1(cx + Math.cos(a0) * ringR)},${n1(cy + Math.sin(a0) * ringR)}A${n1(ringR)},${n1(ringR)} 0 0 1 ${n1(cx + Math.cos(a1) * ringR)},${n1(cy + Math.sin(a1) * ringR)}`;
  const brass = s.lin([[0, '#f3d98b'], [0.5, '#b88a2e'], [1, '#6e4f17']], 0, 0, 1, 1);
  const baseY = cy + r * 1.5;
  return (
    ell(cx + r * 0.3, baseY + r * 0.08, r * 0.9, r * 0.14, '#000', `opacity="0.45" ${s.blur(r * 0.08)}`) +
    ell(cx, baseY, r * 0.62, r * 0.16, s.lin([[0, '#6a4327'], [1, '#2e1a0d']])) +
    ell(cx, baseY - r * 0.06, r * 0.6, r * 0.14, s.lin([[0, '#9a6a42'], [1, '#4d2f19']], 0, 0, 1, 0)) +
    rect(cx - r * 0.05, cy + r * 1.05, r * 0.1, baseY - cy - r * 1.1, s.lin([[0, '#f3d98b'], [1, '#6e4f17']], 0, 0, 1, 0)) +
    `<path d="${ring}" fill="none" stroke="#3a2a10" stroke-width="${n1(r * 0.09)}" opacity="0.5" transform="translate(4 6)" ${s.blur(4)}/>` +
    `<path d="${ring}" fill="none" stroke="${brass}" stroke-width="${n1(r * 0.07)}"/>` +
    g(inner, clip) +
    `<path d="${ring}" fill="none" stroke="#fff3c6" stroke-width="${n1(r * 0.015)}" opacity="0.6"/>`
  );
}

/** Stack of closed books, seen slightly from above: spine faces plus the page block on top. */
function bookStack(s: Svg, x: number, baseY: number, widths: readonly number[], colors: readonly string[]): string {
  const parts: string[] = [];
  let y = baseY;
  widths.forEach((bw, i) => {
    const th = 30 + (i % 2) * 12;
    const off = (i % 2 === 0 ? 1 : -1) * 12;
    const c = colors[i % colors.length]!;
    parts.push(
      rect(x + off, y - th, bw, th, s.lin([[0, shade(c, 0.15)], [0.5, c], [1, shade(c, -0.35)]])),
      rect(x + off + bw * 0.08, y - th * 0.65, bw * 0.25, th * 0.3, '#e7d59a', 'opacity="0.7"'),
      rect(x + off, y - th, bw, 3, '#000', 'opacity="0.25"'),
    );
    y -= th;
  });
  parts.push(poly([[x + 12, y], [x + 12 + widths[widths.length - 1]!, y], [x + widths[widths.length - 1]! - 10, y - 26], [x - 6, y - 26]], '#f0e8d6'));
  return g(parts.join(''));
}

function paintGlobus(fr: Frame): void {
  const { w, h, dice } = fr;
  const back = fr.layer(12);
  back.add(rect(0, 0, w, h, back.lin([[0, '#d6c6ad'], [1, '#a08b6e']], 0, 0, 1, 0)));
  back.add(rect(60, 40, 520, 600, '#fffbf0'), rect(70, 50, 500, 580, back.lin([[0, '#f6fbff'], [0.7, '#e8f1e2'], [1, '#b6cf9a']])));
  back.add(pathEl(blob(dice, 200, 520, 200, 130), '#8fb06a', 'opacity="0.6"'), pathEl(blob(dice, 450, 470, 160, 160), '#a9c585', 'opacity="0.5"'));
  back.add(rect(310, 40, 18, 600, '#e9dfcc'), rect(60, 320, 520, 16, '#e9dfcc'));
  for (let i = 0; i < 4; i++) {
    back.add(rect(1100, 100 + i * 150, 480, 14, '#6b4c32'));
    let x = 1110;
    while (x < 1560) {
      const bw = dice.range(18, 38);
      const bh = dice.range(80, 125);
      back.add(rect(x, 100 + i * 150 - bh, bw - 2, bh, dice.pick(['#7d2e2e', '#2e4a6b', '#c9a24a', '#3d6b4f', '#e6ddc8', '#5a3d6b'])));
      x += bw;
    }
  }
  const beam = fr.layer(0);
  beam.add(poly([[60, 40], [580, 40], [1150, 900], [300, 1067], [60, 640]], '#fff6dd', `opacity="0.16" ${beam.blur(40)}`));

  const desk = fr.layer(0.8);
  desk.add(rect(0, 690, w, h - 690, desk.lin([[0, '#7a5233'], [0.4, '#94673f'], [1, '#5e3c22']]), desk.tex(0.002, 0.12, 0.25, 3)));
  desk.add(rect(0, 686, w, 10, '#3e2818'), rect(0, 696, w, 50, desk.lin([[0, '#000', 0.3], [1, '#000', 0]])));
  desk.add(ell(380, 880, 520, 150, '#ffeac2', `opacity="0.22" ${desk.blur(50)}`));

  const obj = fr.layer(0);
  obj.add(globe(obj, 820, 385, 255));
  obj.add(ell(1330, 790, 240, 34, '#000', `opacity="0.4" ${obj.blur(14)}`));
  obj.add(bookStack(obj, 1160, 790, [330, 310, 345, 300], ['#8b2f2f', '#2f4f6f', '#c8a24a', '#3d6b4f']));
  obj.add(ell(320, 950, 260, 40, '#000', `opacity="0.35" ${obj.blur(14)}`));
  obj.add(
    poly([[110, 930], [440, 880], [530, 950], [180, 1010]], '#e9e2d0'),
    poly([[110, 920], [440, 870], [530, 938], [180, 998]], obj.lin([[0, '#3a5a7a'], [1, '#22384d']], 0, 0, 1, 1)),
    line([400, 876], [492, 945], '#1a1a1a', 4, 'opacity="0.7"'),
  );
  obj.add(line([560, 960], [760, 900], '#d9a62a', 9, 'stroke-linecap="round"'), line([555, 962], [575, 956], '#2a2a2a', 9, 'stroke-linecap="round"'));
}

/* ---- 10: Burundi -------------------------------------------------------- */

/**
 * A hill with terraced fields: contour lines that follow its ridge, growing
 * further apart towards the viewer, with a patchwork of crops between them.
 */
function terracedHill(s: Svg, ridgePts: readonly Pt[], bottom: number, palette: readonly string[], bands: number): string {
  const d = s.dice;
  const shape = landPath(ridgePts, bottom);
  const clip = s.clip(`<path d="${shape}"/>`);
  const parts: string[] = [pathEl(shape, palette[0]!)];
  const top = Math.min(...ridgePts.map((p) => p[1]));
  const span = bottom - top;
  const x0 = ridgePts[0]![0];
  const x1 = ridgePts[ridgePts.length - 1]![0];
  const curves: Array<(x: number) => number> = [];
  for (let i = 0; i <= bands + 1; i++) {
    const off = ((i / bands) ** 1.6) * span;
    const ph = d.u() * 6;
    curves.push((x) => ridgeAt(ridgePts, x) + off + Math.sin(x * 0.012 + ph) * (3 + off * 0.04));
  }
  const fields: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i <= bands; i++) {
    const upper = curves[i]!;
    const lower = curves[i + 1]!;
    for (let xa = x0; xa < x1; ) {
      const xb = Math.min(x1, xa + d.range(90, 320) * (0.5 + i / bands));
      const pts: Pt[] = [];
      for (let x = xa; x <= xb; x += 20) pts.push([x, upper(x)]);
      pts.push([xb, upper(xb)]);
      for (let x = xb; x >= xa; x -= 20) pts.push([x, lower(x)]);
      pts.push([xa, lower(xa)]);
      fields.push(poly(pts, vary(d, d.pick(palette), 0.06)));
      xa = xb;
    }
    const edge: Pt[] = [];
    for (let x = x0; x <= x1; x += 20) edge.push([x, lower(x)]);
    const t = (i + 1) / (bands + 1);
    lines.push(`<polyline points="${edge.map(([x, y]) => `${n1(x)},${n1(y)}`).join(' ')}" fill="none" stroke="#2a3d16" stroke-width="${n1(1 + t * 4)}" opacity="0.4"/>`);
    lines.push(`<polyline points="${edge.map(([x, y]) => `${n1(x)},${n1(y - 1 - t * 3)}`).join(' ')}" fill="none" stroke="#e8f0c8" stroke-width="${n1(0.6 + t * 1.5)}" opacity="0.22"/>`);
  }
  parts.push(g(fields.join(''), s.tex(0.06, 0.12, 0.22, 3)), g(lines.join('')));
  parts.push(rect(x0, top - 20, x1 - x0, span * 0.5, s.lin([[0, '#dfe8e4', 0.35], [1, '#dfe8e4', 0]])));
  return g(parts.join(''), clip);
}

function paintBurundi(fr: Frame): void {
  const { w, h, dice } = fr;
  const sky = fr.layer(1.5);
  sky.add(rect(0, 0, w, h, sky.lin([[0, '#7fa6cc'], [0.5, '#c3d6e2'], [1, '#e7ecea']])));
  sky.add(cloud(sky, 300, 170, 420, '#c5ccd5'), cloud(sky, 1150, 120, 360, '#c5ccd5'), cirrus(sky, 750, 60, 700, 0.4));
  for (let i = 0; i < 6; i++) sky.add(g(cloud(sky, 120 + i * 280 + dice.jit(60), dice.range(300, 360), dice.range(100, 180), '#cfd5da'), 'opacity="0.7"'));
  const far = fr.layer(2.2);
  const hazes = ['#9db3b8', '#86a49a', '#6f9478'];
  hazes.forEach((c, i) => far.add(pathEl(landPath(ridge(dice, -50, w + 50, 400 + i * 45, 26 - i * 4, 1.4 + i * 0.5, 30), h), c)));
  far.add(rect(0, 380, w, 200, far.lin([[0, '#eef2ee', 0], [0.6, '#eef2ee', 0.35], [1, '#eef2ee', 0]])));

  const mid = fr.layer(0.8);
  const midRidge = ridge(dice, -50, w + 50, 560, 50, 1.6);
  mid.add(terracedHill(mid, midRidge, h, ['#5f8c3a', '#6f9a42', '#86a94e', '#4e7a30', '#9aa85a', '#a89a5a', '#7f9a48'], 14));
  const hx = 1060;
  const hy = ridgeAt(midRidge, hx + 150) + 40;
  const hospital: string[] = [
    poly([[hx, hy], [hx + 330, hy], [hx + 330, hy - 70], [hx, hy - 70]], mid.lin([[0, '#fbfaf5'], [1, '#d9d5ca']])),
    poly([[hx + 330, hy], [hx + 385, hy - 18], [hx + 385, hy - 82], [hx + 330, hy - 70]], '#bdb8ab'),
    poly([[hx - 14, hy - 66], [hx + 344, hy - 66], [hx + 395, hy - 80], [hx + 350, hy - 120], [hx + 30, hy - 120]], mid.lin([[0, '#c4553a'], [1, '#8f3725']]), mid.tex(0.02, 0.4, 0.25)),
    rect(hx - 14, hy - 66, 358, 8, '#000', `opacity="0.25" ${mid.blur(3)}`),
  ];
  for (let i = 0; i < 9; i++) hospital.push(rect(hx + 18 + i * 35, hy - 50, 18, 26, '#3a4652'));
  hospital.push(rect(hx + 150, hy - 52, 30, 52, '#5a3a2a'));
  hospital.push(
    poly([[hx - 180, hy + 20], [hx - 20, hy + 20], [hx - 20, hy - 25], [hx - 180, hy - 25]], '#efece3'),
    poly([[hx - 190, hy - 22], [hx - 10, hy - 22], [hx - 30, hy - 60], [hx - 170, hy - 60]], '#a9472f'),
    rect(hx + 420, hy - 110, 34, 44, '#9aa3a8'),
    line([hx + 424, hy - 66], [hx + 424, hy], '#6b6b6b', 3),
    line([hx + 450, hy - 66], [hx + 450, hy], '#6b6b6b', 3),
  );
  for (let i = 0; i < 4; i++) hospital.push(rect(hx - 165 + i * 38, hy - 14, 16, 20, '#3a4652'));
  mid.add(g(hospital.join('')));
  for (let i = 0; i < 26; i++) {
    const x = dice.range(0, w);
    const y = ridgeAt(midRidge, x) + dice.range(10, 120);
    if (x > hx - 200 && x < hx + 470 && y < hy + 10) continue;
    mid.add(tree(mid, x, y, dice.range(40, 90), ['#2e4d1f', '#3f6a2a', '#6f9a48'], dice.chance(0.3)));
  }

  const near = fr.layer(0);
  const nearRidge = ridge(dice, -50, w + 50, 820, 70, 1.2);
  near.add(terracedHill(near, nearRidge, h, ['#4f7d2c', '#628f36', '#7da343', '#5a8a33', '#a0884a', '#8a6a3a', '#6f9a3c'], 7));
  const road = `M-20,${n1(h)}C300,${n1(h - 60)} 420,${n1(ridgeAt(nearRidge, 500) + 40)} 640,${n1(ridgeAt(nearRidge, 640) + 8)}`;
  near.add(pathEl(road, 'none', `stroke="#a4552c" stroke-width="60" stroke-linecap="round"`), pathEl(road, 'none', `stroke="#c06a3a" stroke-width="38" opacity="0.7" ${near.tex(0.1, 0.1, 0.3)}`));
  for (let i = 0; i < 8; i++) {
    const x = dice.range(900, w);
    near.add(tree(near, x, ridgeAt(nearRidge, x) + dice.range(30, 160), dice.range(140, 220), ['#2a4a1a', '#3d6a25', '#79a84a']));
  }
  for (let i = 0; i < 5; i++) {
    const bx = dice.range(40, 700);
    const by = ridgeAt(nearRidge, bx) + dice.range(60, 200);
    const leaves: string[] = [];
    for (let k = 0; k < 7; k++) {
      const a = -Math.PI / 2 + (k - 3) * 0.45;
      leaves.push(`<path d="M${n1(bx)},${n1(by - 60)}q${n1(Math.cos(a) * 50)},${n1(Math.sin(a) * 60 - 20)} ${n1(Math.cos(a) * 100)},${n1(Math.sin(a) * 70 + 30)}q${n1(-Math.cos(a) * 40)},${n1(-10)} ${n1(-Math.cos(a) * 100)},${n1(-Math.sin(a) * 70 - 30)}Z" fill="${dice.pick(['#4f8a2a', '#5f9a32', '#3f7422'])}"/>`);
    }
    near.add(line([bx, by], [bx, by - 60], '#6b7a3a', 10), g(leaves.join('')));
  }
  const mist = fr.layer(0);
  mist.add(rect(0, 460, w, 160, mist.lin([[0, '#f4f6f2', 0], [0.5, '#f4f6f2', 0.22], [1, '#f4f6f2', 0]])));
}

/* ---- 11: Bürgerschaftliches Engagement (Stadtfest) -------------------- */

/** A string of triangular bunting flags hanging along a sagging line. */
function bunting(s: Svg, x0: number, y0: number, x1: number, y1: number, sag: number, colors: readonly string[]): string {
  const d = s.dice;
  const at = (t: number): Pt => [lerp(x0, x1, t), lerp(y0, y1, t) + sag * 4 * t * (1 - t)];
  const parts: string[] = [`<path d="M${n1(x0)},${n1(y0)}Q${n1((x0 + x1) / 2)},${n1((y0 + y1) / 2 + sag * 2)} ${n1(x1)},${n1(y1)}" fill="none" stroke="#e8e2d0" stroke-width="2.5"/>`];
  const n = Math.round(Math.abs(x1 - x0) / 62);
  for (let i = 0; i < n; i++) {
    const a = at((i + 0.15) / n);
    const b = at((i + 0.85) / n);
    const mx = (a[0] + b[0]) / 2 + d.jit(4);
    const my = (a[1] + b[1]) / 2 + 58;
    const c = colors[i % colors.length]!;
    parts.push(poly([a, b, [mx, my]], s.lin([[0, shade(c, 0.1)], [1, shade(c, -0.2)]], 0, 0, 1, 0)));
  }
  return g(parts.join(''));
}

/** Half-timbered house front for backgrounds. */
function fachwerk(s: Svg, x: number, w: number, top: number, groundY: number): string {
  const beam = '#5a3a26';
  const parts: string[] = [
    poly([[x - 10, top], [x + w / 2, top - w * 0.6], [x + w + 10, top]], '#9a4a34'),
    rect(x, top, w, groundY - top, '#f1e9d8'),
  ];
  for (let yy = top; yy < groundY; yy += 90) parts.push(rect(x, yy, w, 8, beam));
  for (let xx = x; xx <= x + w; xx += w / 4) parts.push(rect(xx - 4, top, 8, groundY - top, beam));
  for (let yy = top; yy < groundY - 90; yy += 90) {
    parts.push(line([x, yy + 8], [x + w / 4, yy + 90], beam, 6), line([x + w, yy + 8], [x + (w * 3) / 4, yy + 90], beam, 6));
    parts.push(rect(x + w * 0.35, yy + 25, w * 0.12, 45, '#3a4a58'), rect(x + w * 0.55, yy + 25, w * 0.12, 45, '#3a4a58'));
  }
  return g(parts.join(''));
}

function paintStadtfest(fr: Frame): void {
  const { w, h, dice } = fr;
  const back = fr.layer(7);
  back.add(rect(0, 0, w, h, back.lin([[0, '#7fb0de'], [0.5, '#cfe0ec'], [1, '#a69b8a']])));
  back.add(fachwerk(back, -40, 380, 260, 700), fachwerk(back, 360, 330, 300, 700), fachwerk(back, 1230, 400, 240, 700));
  back.add(tree(back, 900, 700, 520, ['#3b5e2a', '#4f7a35', '#8ab05a']), tree(back, 1110, 700, 420, ['#3b5e2a', '#557f38', '#93b862']));
  back.add(poly([[620, 520], [800, 430], [980, 520]], '#f7f7f4'), rect(630, 520, 340, 160, '#e9e4d8'), poly([[120, 540], [260, 470], [400, 540]], '#f2f2ef'));
  back.add(rect(0, 640, w, h - 640, back.lin([[0, '#9f9586'], [1, '#7a7064']])));
  const crowd: string[] = [];
  for (let i = 0; i < 22; i++) {
    const f = figure(back, { x: dice.range(-20, w + 20), y: dice.range(470, 520), size: dice.range(34, 44), skin: dice.pick(SKIN), hair: dice.pick(HAIR), top: dice.pick(['#c0392b', '#2e86ab', '#f1c40f', '#ecf0f1', '#27ae60', '#8e44ad', '#34495e']), legs: '#3a3d44', face: 'none' });
    crowd.push(f.body);
  }
  back.add(...crowd);
  const flags = fr.layer(1.2);
  const colors = ['#d63a3a', '#f2c230', '#2f7fc1', '#3a9a5b', '#f08a2c', '#f4f1ea'];
  flags.add(bunting(flags, -30, 40, w + 30, 110, 90, colors), bunting(flags, -30, 170, w + 30, 120, 70, [...colors].reverse()));

  const team = fr.layer(0.3);
  const size = 92;
  const xs = [330, 565, 800, 1035, 1270];
  const people = xs.map((x, i) =>
    figure(team, {
      x,
      y: 300 + dice.jit(12),
      size: size * dice.range(0.95, 1.05),
      skin: SKIN[(i * 2 + 1) % SKIN.length]!,
      hair: HAIR[i % HAIR.length]!,
      hairStyle: (['short', 'long', 'curly', 'bob', 'short'] as const)[i]!,
      top: '#2a9d8f',
      legs: dice.pick(['#33435a', '#2b2d33', '#6b5a48']),
      arms: 'forward',
      hem: 4.5,
      light: -0.4,
      tilt: dice.jit(5),
    }),
  );
  team.add(...xs.map((x) => ell(x + 40, 990, 110, 18, '#000', `opacity="0.3" ${team.blur(10)}`)));
  team.add(...people.map((p) => p.body));
  const bannerTop = 300 + 3.55 * size;
  const bx0 = 210;
  const bx1 = 1390;
  const edge = (y: number, amp: number): Pt[] => Array.from({ length: 11 }, (_, i): Pt => [lerp(bx0, bx1, i / 10), y + Math.sin(i * 1.3) * amp]);
  const folds: Stop[] = [];
  for (let i = 0; i <= 14; i++) folds.push([i / 14, i % 2 === 0 ? '#000000' : '#ffffff', i % 2 === 0 ? 0.16 : 0.1]);
  const clip = team.clip(poly([...edge(bannerTop, 6), ...edge(bannerTop + 200, 10).reverse()], '#000'));
  team.add(
    g(
      rect(bx0, bannerTop - 20, bx1 - bx0, 240, '#f7f4ec') +
        rect(bx0, bannerTop + 150, bx1 - bx0, 60, '#e76f51') +
        `<circle cx="${n1(bx0 + 180)}" cy="${n1(bannerTop + 75)}" r="52" fill="#2a9d8f"/><circle cx="${n1(bx0 + 250)}" cy="${n1(bannerTop + 75)}" r="52" fill="#f4a261" opacity="0.9"/>` +
        rect(bx0 + 360, bannerTop + 50, 640, 22, '#264653', 'rx="8"') +
        rect(bx0 + 360, bannerTop + 90, 460, 18, '#264653', 'rx="8" opacity="0.7"') +
        rect(bx0, bannerTop - 20, bx1 - bx0, 240, team.lin(folds, 0, 0, 1, 0)),
      clip,
    ),
  );
  team.add(...people.map((p) => p.hands));
  const sun = fr.layer(0);
  sun.add(rect(0, 0, w, h, sun.rad([[0, '#fff1cf', 0.3], [1, '#fff1cf', 0]], 0.1, 0.05, 0.7)));
}

/* ---- 12: SEZ-Zentrale (Bürogebäude) ---------------------------------- */

function paintBuero(fr: Frame): void {
  const { w, h, dice } = fr;
  const sky = fr.layer(0.8);
  sky.add(rect(0, 0, w, h, sky.lin([[0, '#2f6fb6'], [0.6, '#8db8df'], [1, '#d9e6ee']])));
  sky.add(cloud(sky, 1380, 110, 300), cirrus(sky, 400, 80, 700, 0.45));
  sky.add(pathEl(landPath(ridge(dice, -50, w + 50, 640, 25, 2), h), '#7d9a7a'), pathEl(landPath(ridge(dice, -50, w + 50, 670, 18, 3), h), '#6b8a62'));

  const bld = fr.layer(0.4);
  const nearX = 230;
  const farX = 1330;
  const nearTop = 70;
  const nearBot = 880;
  const farTop = 300;
  const farBot = 800;
  const floors = 9;
  const cols = 14;
  const uMap = (u: number): number => u / (u + 0.55 * (1 - u));
  const at = (u: number, v: number): Pt => {
    const uu = uMap(u);
    const x = lerp(nearX, farX, uu);
    return [x, lerp(lerp(nearTop, farTop, uu), lerp(nearBot, farBot, uu), v)];
  };
  const facade: Pt[] = [at(0, 0), at(1, 0), at(1, 1), at(0, 1)];
  const facadeD = `M${facade.map(([x, y]) => `${n1(x)},${n1(y)}`).join('L')}Z`;
  bld.add(poly([[nearX - 230, nearTop + 40], [nearX, nearTop], [nearX, nearBot], [nearX - 230, nearBot - 20]], bld.lin([[0, '#8d949a'], [1, '#6d747a']], 0, 0, 1, 0)));
  for (let f = 0; f < floors; f++) {
    const y0 = lerp(nearTop + 40, nearBot - 20, (f + 0.2) / floors);
    const y1 = lerp(nearTop, nearBot, (f + 0.2) / floors);
    bld.add(poly([[nearX - 215, y0 + 8], [nearX - 15, y1 + 8], [nearX - 15, y1 + 62], [nearX - 215, y0 + 62]], '#3f4d5a'));
  }
  const reflect = bld.lin([[0, '#9cc0e0'], [0.35, '#5d8fbf'], [0.7, '#3b5f84'], [1, '#2a3b4c']], 0, nearTop, 0, nearBot, true);
  bld.add(pathEl(facadeD, reflect));
  bld.add(g(cloud(bld, 700, 260, 380, '#9fb6cc') + cloud(bld, 1100, 380, 260, '#9fb6cc'), `opacity="0.55" ${bld.clip(`<path d="${facadeD}"/>`)}`));
  for (let f = 0; f <= floors; f++) {
    const v = f / floors;
    bld.add(poly([at(0, v - 0.012), at(1, v - 0.012), at(1, v + 0.03), at(0, v + 0.03)], bld.lin([[0, '#e9e7e2'], [1, '#b9b6ae']], 0, 0, 1, 0)));
  }
  for (let c = 0; c <= cols; c++) {
    const u = c / cols;
    bld.add(poly([at(u - 0.004, 0), at(u + 0.004, 0), at(u + 0.004, 1), at(u - 0.004, 1)], '#c9ccce'));
  }
  for (let i = 0; i < 22; i++) {
    const f = dice.int(0, floors - 1);
    const c = dice.int(0, cols - 1);
    bld.add(poly([at(c / cols, (f + 0.05) / floors), at((c + 1) / cols, (f + 0.05) / floors), at((c + 1) / cols, (f + 0.9) / floors), at(c / cols, (f + 0.9) / floors)], dice.pick(['#f3ead8', '#1f2b36', '#d8e4ee']), 'opacity="0.35"'));
  }
  bld.add(poly([at(0, 0.89), at(1, 0.89), at(1, 1), at(0, 1)], bld.lin([[0, '#2b353e'], [1, '#151b20']])));
  bld.add(poly([at(0.3, 0.88), at(0.5, 0.88), at(0.5, 0.9), at(0.3, 0.9)], '#d9d9d6'));
  bld.add(poly([[0, 860], [w, 780], [w, h], [0, h]], bld.lin([[0, '#b3ada2'], [1, '#8d877d']])));
  bld.add(poly([[0, 960], [w, 840], [w, h], [0, h]], bld.lin([[0, '#5a5d61'], [1, '#3e4145']]), bld.tex(0.3, 0.3, 0.2, 2)));
  for (let i = 0; i < 8; i++) bld.add(poly([[i * 220, 1015 - i * 19], [i * 220 + 110, 1006 - i * 19], [i * 220 + 110, 1012 - i * 19], [i * 220, 1021 - i * 19]], '#e8e6df'));

  const green = fr.layer(0);
  green.add(tree(green, 110, 950, 620, ['#2d4a22', '#3f6a2c', '#86ad55']), tree(green, 1480, 880, 560, ['#2d4a22', '#48722f', '#8fb45c']), tree(green, 960, 840, 300, ['#33552a', '#4c7834', '#93b862']));
  for (let i = 0; i < 9; i++) green.add(pathEl(blob(dice, 300 + i * 120, 870 - i * 10, 80, 40), dice.pick(['#3f6a2c', '#4f7d36', '#5f8f40']), green.tex(0.1, 0.1, 0.4, 2, 'turbulence')));
  const f1 = figure(green, { x: 640, y: 700, size: 30, skin: SKIN[2], hair: HAIR[0], top: '#c0392b', legs: '#2b2d33', face: 'none' });
  const f2 = figure(green, { x: 700, y: 696, size: 30, skin: SKIN[0], hair: HAIR[3], hairStyle: 'long', top: '#2e4a6b', legs: '#3a3d44', face: 'none' });
  green.add(f1.body, f2.body);
}

/* ---- 13: Startseite (Landschaft Baden-Württemberg) -------------------- */

/**
 * Vineyard on a slope: rows of vines running away from the viewer, so they
 * converge towards a vanishing point and thin out with distance.
 */
function vineyard(s: Svg, area: string, vp: Pt, x0: number, x1: number, bottomY: number, rows: number): string {
  const d = s.dice;
  const parts: string[] = [pathEl(area, s.lin([[0, '#a3a864'], [1, '#8b8a50']]), s.tex(0.04, 0.08, 0.25, 3))];
  const vines: string[] = [];
  for (let i = 0; i <= rows; i++) {
    const bx = lerp(x0, x1, i / rows) + d.jit(4);
    const half = ((x1 - x0) / rows) * 0.24;
    vines.push(poly([[bx - half, bottomY], [bx + half, bottomY], [vp[0] + half * 0.03, vp[1]], [vp[0] - half * 0.03, vp[1]]], d.pick(['#3b5a22', '#44652a', '#35511e'])));
  }
  parts.push(g(vines.join(''), s.tex(0.12, 0.12, 0.5, 3, 'turbulence')));
  parts.push(pathEl(area, s.lin([[0, '#f3e4c2', 0.35], [0.5, '#f3e4c2', 0.05], [1, '#f3e4c2', 0]])));
  return g(parts.join(''), s.clip(`<path d="${area}"/>`));
}

function paintLandschaft(fr: Frame): void {
  const { w, h, dice } = fr;
  const sky = fr.layer(1.2);
  sky.add(rect(0, 0, w, h, sky.lin([[0, '#5d8cc4'], [0.45, '#aac6e0'], [0.62, '#f1e3c8'], [1, '#f3dcb4']])));
  sky.add(cloud(sky, 260, 130, 380, '#d4c8bf'), cloud(sky, 820, 90, 240, '#d4c8bf'), cloud(sky, 1320, 160, 420, '#d4c8bf'), cirrus(sky, 900, 230, 900, 0.35));
  for (const cx of [140, 520, 610, 1080, 1460]) sky.add(g(cloud(sky, cx + dice.jit(50), dice.range(330, 440), dice.range(70, 260), '#d9cabb'), `opacity="${n3(dice.range(0.45, 0.75))}"`));
  const far = fr.layer(1.6);
  far.add(pathEl(landPath(ridge(dice, -50, w + 50, 475, 16, 1.3, 30), h), '#9aabbd'));
  far.add(pathEl(landPath(ridge(dice, -50, w + 50, 510, 14, 2, 30), h), '#86a0a8'));
  const castleX = 1190;
  const cr = ridge(dice, -50, w + 50, 548, 32, 1.5, 30);
  far.add(pathEl(landPath(cr, h), '#62805c', far.tex(0.08, 0.08, 0.3, 3)));
  for (let i = 0; i < 60; i++) {
    const x = dice.range(0, w);
    far.add(ell(x, ridgeAt(cr, x) + dice.range(4, 40), dice.range(10, 22), dice.range(7, 12), dice.pick(['#46683f', '#517548', '#3c5c37']), 'opacity="0.9"'));
  }
  const cy = ridgeAt(cr, castleX);
  far.add(rect(castleX - 40, cy - 36, 80, 40, '#d8cfbf'), rect(castleX - 12, cy - 70, 26, 40, '#e2dacb'), poly([[castleX - 16, cy - 70], [castleX + 1, cy - 95], [castleX + 18, cy - 70]], '#8a4a36'));
  far.add(rect(0, 440, w, 200, far.lin([[0, '#f6ead6', 0], [0.6, '#f6ead6', 0.35], [1, '#f6ead6', 0]])));

  const valley = fr.layer(0.7);
  valley.add(rect(0, 590, w, h - 590, valley.lin([[0, '#7f9a58'], [1, '#5a7d3c']])));
  const fieldCam = new Camera(800, 470, 1600, 60);
  const fields: string[] = [];
  for (let z = 300; z < 1000; z += dice.range(60, 120)) {
    const dz = dice.range(70, 150);
    for (let x = -2200; x < 2200; ) {
      const dx = dice.range(60, 200);
      fields.push(poly([fieldCam.p(x, 0, z), fieldCam.p(x + dx, 0, z), fieldCam.p(x + dx, 0, z + dz), fieldCam.p(x, 0, z + dz)], vary(dice, dice.pick(['#86a24e', '#9db05a', '#c8b56a', '#6f9444', '#a9b86a', '#7c9a4a']), 0.04)));
      x += dx;
    }
  }
  valley.add(g(fields.join(''), valley.tex(0.05, 0.2, 0.2, 2)));
  valley.add(rect(0, 580, w, 90, valley.lin([[0, '#e9e6d6', 0.45], [1, '#e9e6d6', 0]])));
  const river = 'M-40,770C260,742 480,698 760,678C980,664 1200,652 1640,642L1640,664C1220,676 1000,688 780,700C520,720 300,778 -40,825Z';
  valley.add(pathEl(river, 'none', `stroke="#3c5a2c" stroke-width="8" opacity="0.6"`));
  valley.add(pathEl(river, valley.lin([[0, '#e4eef2'], [0.5, '#b9cfdc'], [1, '#d6e2e6']], 0, 0, 1, 0)));
  valley.add(pathEl(river, valley.lin([[0, '#2e4a28', 0.35], [0.3, '#2e4a28', 0], [1, '#2e4a28', 0]])));
  for (let i = 0; i < 30; i++) {
    const x = dice.range(0, w);
    valley.add(line([x, 680 - x * 0.02 + dice.range(-4, 8)], [x + dice.range(15, 40), 680 - x * 0.02 + dice.range(-4, 8)], '#ffffff', 1.5, 'opacity="0.5"'));
  }
  const town: Array<{ x: number; y: number; s: number }> = [];
  for (let i = 0; i < 46; i++) town.push({ x: dice.range(860, 1330), y: dice.range(612, 648), s: dice.range(0.8, 1.3) });
  town.sort((a, b) => a.y - b.y);
  const houses: string[] = [];
  const church = { x: 1060, y: 632 };
  for (const t of town) {
    if (Math.abs(t.x - church.x) < 30 && t.y < church.y) continue;
    const hw = 22 * t.s;
    const hh = 14 * t.s;
    houses.push(rect(t.x, t.y - hh, hw, hh, dice.pick(['#f2ead9', '#efe2c6', '#e9dccb', '#f5f0e6'])), poly([[t.x - 2, t.y - hh], [t.x + hw / 2, t.y - hh - 10 * t.s], [t.x + hw + 2, t.y - hh]], dice.pick(['#a8472f', '#b55a3a', '#8f3c2a'])));
    if (t.y > 642) houses.push(rect(t.x + 4, t.y - hh + 4, 4, 5, '#4a4a4a'));
  }
  houses.push(rect(church.x - 9, church.y - 80, 18, 80, '#efe7d8'), poly([[church.x - 11, church.y - 80], [church.x, church.y - 125], [church.x + 11, church.y - 80]], '#4a5a50'), rect(church.x + 9, church.y - 38, 50, 38, '#e9dfcc'), poly([[church.x + 7, church.y - 38], [church.x + 34, church.y - 56], [church.x + 61, church.y - 38]], '#9a4430'));
  valley.add(g(houses.join('')));
  for (let i = 0; i < 28; i++) {
    const x = dice.range(0, w);
    const y = lerp(760, 650, x / w) + dice.range(-20, 6);
    valley.add(tree(valley, x, y, dice.range(30, 60), ['#2f4f25', '#44693a', '#7d9f55'], dice.chance(0.4)));
  }

  const near = fr.layer(0);
  near.add(vineyard(near, 'M-20,700C200,690 520,740 820,900L840,1080L-20,1080Z', [330, 600], -900, 1300, 1080, 46));
  near.add(vineyard(near, 'M700,1080C900,860 1250,790 1640,770L1640,1080Z', [1300, 640], 200, 2600, 1080, 52));
  near.add(pathEl('M760,1080C860,960 980,880 1120,830', 'none', `stroke="#d8c9a6" stroke-width="18" opacity="0.9"`));
  near.add(tree(near, 1500, 800, 230, ['#2a4a1f', '#3e6a2a', '#86ad55']), tree(near, 1420, 810, 160, ['#2a4a1f', '#44702e', '#8ab35a']));
  near.add(rect(0, 0, w, h, near.lin([[0, '#ffe2b0', 0], [0.6, '#ffe2b0', 0], [1, '#ffe2b0', 0.08]])));
  const light = fr.layer(0);
  light.add(rect(0, 0, w, h, light.rad([[0, '#fff0cf', 0.35], [1, '#fff0cf', 0]], 0.75, 0.15, 0.6)));
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
  // Two town halls (Swabian and southern) with partner flags; two people shake hands in between.
  { file: 'kommunale-partnerschaften.jpg', format: 'landscape', paint: paintPartnerschaft },
  // Coffee cups and scattered roasted beans on a wooden café table, warm browns.
  { file: 'fairer-handel-kommune.jpg', format: 'landscape', paint: paintKaffee, look: { warmth: 0.3, vignette: 0.45 } },
  // Empty classroom seen from the back: desks and chairs, green board, window light, a globe.
  { file: 'bildungsarbeit.jpg', format: 'landscape', paint: paintKlassenzimmer, look: { warmth: 0.15 } },
  // Six people of different backgrounds around a community table with mugs and fruit.
  { file: 'engagement-migration.jpg', format: 'landscape', paint: paintGemeinschaft, look: { warmth: 0.22 } },
  // Market stall under a striped awning: crates of bananas, oranges, mangos, apples.
  { file: 'fairer-handel.jpg', format: 'landscape', paint: paintMarktstand, look: { warmth: 0.15 } },
  // Large desk globe by a bright window, stacked books, a notebook and a pencil.
  { file: 'globales-lernen.jpg', format: 'landscape', paint: paintGlobus, look: { warmth: 0.2, bloom: 0.3 } },
  // Green terraced hills of Burundi with a small red-roofed hospital on a ridge.
  { file: 'burundi-partnerschaft.jpg', format: 'landscape', paint: paintBurundi, look: { warmth: 0.12 } },
  // Volunteers in matching shirts holding a banner at a town festival under bunting.
  { file: 'buergerschaftliches-engagement.jpg', format: 'landscape', paint: paintStadtfest, look: { warmth: 0.15 } },
  // Modern office building with a glass facade in Stuttgart, trees in front.
  { file: 'sez-zentrale.jpg', format: 'landscape', paint: paintBuero, look: { warmth: 0.05 } },
  // Baden-Württemberg panorama: vineyards, river, small town with church, hills and a castle.
  { file: 'startseite.jpg', format: 'landscape', paint: paintLandschaft, look: { warmth: 0.25 } },
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
  const outDir = fileURLToPath(new URL('../assets/images', import.meta.url));
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
