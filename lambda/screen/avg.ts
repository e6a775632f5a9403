/**
 * The part of Alexa Vector Graphics (AVG 1.2, for the APL `VectorGraphic` component) the stretch figures use:
 * stroked and filled paths, and groups moved and scaled. Figures are drawn for the right side; {@link mirrorAvg}
 * gives the left by rewriting coordinates rather than by a group transform, so what a device draws is plain
 * path data that a test can read.
 */

/** One AVG path, with the presentation attributes an SVG figure may carry. */
export interface AvgPath {
  readonly type: 'path';
  readonly pathData: string;
  readonly fill?: string;
  readonly fillOpacity?: number;
  readonly stroke?: string;
  readonly strokeOpacity?: number;
  readonly strokeWidth?: number;
  readonly strokeLineCap?: 'butt' | 'round' | 'square';
  readonly strokeLineJoin?: 'miter' | 'round' | 'bevel';
}

/**
 * An AVG group. AVG applies a group's scale before its translation (about pivot 0, 0), which is what SVG's
 * `translate(x y) scale(sx sy)` means, so the two convert exactly.
 */
export interface AvgGroup {
  readonly type: 'group';
  readonly translateX?: number;
  readonly translateY?: number;
  readonly scaleX?: number;
  readonly scaleY?: number;
  readonly items: readonly AvgItem[];
}

/** Something an AVG graphic draws. */
export type AvgItem = AvgPath | AvgGroup;

/** A whole AVG graphic, ready for an APL document's `graphics`. */
export interface AvgGraphic {
  readonly type: 'AVG';
  readonly version: '1.2';
  readonly width: number;
  readonly height: number;
  readonly viewportWidth: number;
  readonly viewportHeight: number;
  readonly items: readonly AvgItem[];
}

/** One path command with its numbers, absolute coordinates only. */
export interface PathCommand {
  readonly command: PathLetter;
  readonly args: readonly number[];
}

/** The path commands figures may use: absolute ones only, so mirroring needs no running position. */
export type PathLetter = 'M' | 'L' | 'H' | 'V' | 'Q' | 'C' | 'A' | 'Z';

/** How many numbers each command takes per repetition. */
export const PATH_ARITY: Readonly<Record<PathLetter, number>> = { M: 2, L: 2, H: 1, V: 1, Q: 4, C: 6, A: 7, Z: 0 };

const TOKEN = /([A-Za-z])|(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)|([\s,]+)|(.)/g;

/**
 * Splits SVG path data into commands. Throws, naming the problem, on anything outside the absolute commands of
 * {@link PATH_ARITY} or on a wrong count of numbers, so a figure that would mirror wrongly never gets built.
 */
export function parsePathData(d: string): PathCommand[] {
  const commands: { command: PathLetter; args: number[] }[] = [];
  for (const match of d.matchAll(TOKEN)) {
    const [, letter, number, , other] = match;
    if (other !== undefined) throw new Error(`unexpected "${other}" in path data`);
    if (letter !== undefined) {
      if (!(letter in PATH_ARITY)) throw new Error(`path command "${letter}" is not allowed: use absolute M, L, H, V, Q, C, A or Z`);
      commands.push({ command: letter as PathLetter, args: [] });
    } else if (number !== undefined) {
      const current = commands.at(-1);
      if (!current) throw new Error('path data must start with a command');
      current.args.push(Number(number));
    }
  }
  for (const { command, args } of commands) {
    const arity = PATH_ARITY[command];
    if (arity === 0 ? args.length > 0 : args.length === 0 || args.length % arity !== 0) {
      throw new Error(`path command "${command}" has ${args.length} numbers, not a multiple of ${arity}`);
    }
  }
  return commands;
}

/** Writes commands back as path data, one space between every token. */
export function formatPathData(commands: readonly PathCommand[]): string {
  return commands.map(({ command, args }) => [command, ...args.map((n) => String(Math.round(n * 1000) / 1000))].join(' ')).join(' ');
}

/** Which arguments of each command are x coordinates (per repetition). */
const X_ARGS: Readonly<Record<PathLetter, readonly number[]>> = { M: [0], L: [0], H: [0], V: [], Q: [0, 2], C: [0, 2, 4], A: [5], Z: [] };

/** Path data reflected about the vertical line x = `axis`; an arc's rotation and sweep flip with it. */
export function mirrorPathData(d: string, axis: number): string {
  const mirrored = parsePathData(d).map(({ command, args }) => {
    const arity = PATH_ARITY[command];
    const flipped = args.map((value, i) => {
      const at = i % arity;
      if (X_ARGS[command].includes(at)) return 2 * axis - value;
      if (command === 'A' && at === 2) return -value;
      if (command === 'A' && at === 4) return 1 - value;
      return value;
    });
    return { command, args: flipped };
  });
  return formatPathData(mirrored);
}

const mirrorItem = (item: AvgItem, axis: number): AvgItem => {
  if (item.type === 'path') return { ...item, pathData: mirrorPathData(item.pathData, axis) };
  // A group draws its children at translate + scale * x, so its children mirror about the axis carried into their frame.
  const inner = (axis - (item.translateX ?? 0)) / (item.scaleX ?? 1);
  return { ...item, items: item.items.map((child) => mirrorItem(child, inner)) };
};

/** The graphic reflected left to right: a right-side figure becomes the left side. */
export function mirrorAvg(graphic: AvgGraphic): AvgGraphic {
  return { ...graphic, items: graphic.items.map((item) => mirrorItem(item, graphic.viewportWidth / 2)) };
}
