import { parsePathData, type AvgGraphic, type AvgGroup, type AvgItem, type AvgPath } from '../../lambda/screen/avg';

/**
 * Reads one figure SVG and converts it to AVG. Figures are written in the part of SVG that AVG has an exact
 * counterpart for: `<path>` with plain colour and stroke attributes, and `<g>` moved and scaled. Anything else
 * (CSS, text, circles, gradients, comments, lower-case path commands) fails here, naming the file and element,
 * rather than being approximated on a device.
 */

/** A figure outside the AVG-compatible subset; the message names the file and the element. */
export class FigureSubsetError extends Error {
  override readonly name = 'FigureSubsetError';
}

const COLOUR = /^#[0-9a-f]{6}$/i;
const NUMBER = String.raw`-?(?:\d+\.?\d*|\.\d+)`;
const TRANSFORM = new RegExp(
  String.raw`^(?:translate\((${NUMBER})(?:[ ,]+(${NUMBER}))?\))?\s*(?:scale\((${NUMBER})(?:[ ,]+(${NUMBER}))?\))?$`,
);
const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: Element[];
}

/** Splits the text into elements, refusing anything between tags but white space. */
function parseElements(file: string, text: string): Element {
  const root: Element = { name: '#root', attributes: {}, children: [] };
  const stack: Element[] = [root];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const between = text.slice(last, match.index).trim();
    if (between) throw new FigureSubsetError(`${file}: unexpected content "${between.slice(0, 40)}": only <svg>, <g> and <path> elements`);
    last = match.index + match[0].length;
    const [, closing, name = '', attributeText = '', selfClosing] = match;
    const parent = stack.at(-1) ?? root;
    if (closing) {
      if (parent.name !== name) throw new FigureSubsetError(`${file}: </${name}> closes <${parent.name}>`);
      stack.pop();
      continue;
    }
    const attributes = Object.fromEntries([...attributeText.matchAll(ATTRIBUTE)].map(([, key = '', value = '']) => [key, value]));
    const element: Element = { name, attributes, children: [] };
    parent.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  const rest = text.slice(last).trim();
  if (rest) throw new FigureSubsetError(`${file}: unexpected content "${rest.slice(0, 40)}" after the last element`);
  if (stack.length > 1) throw new FigureSubsetError(`${file}: <${stack.at(-1)?.name}> is never closed`);
  return root;
}

const PATH_ATTRIBUTES = new Set([
  'd',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
]);

function fail(file: string, element: Element, problem: string): never {
  throw new FigureSubsetError(`${file}: <${element.name}> ${problem}`);
}

function onlyAttributes(file: string, element: Element, allowed: ReadonlySet<string>): void {
  const extra = Object.keys(element.attributes).find((key) => !allowed.has(key));
  if (extra) fail(file, element, `has "${extra}", which AVG cannot draw the same way`);
}

function colour(file: string, element: Element, key: string): string | undefined {
  const value = element.attributes[key];
  if (value === undefined || value === 'none') return undefined;
  if (!COLOUR.test(value)) fail(file, element, `${key}="${value}" must be "none" or a #rrggbb colour`);
  return value;
}

function number(file: string, element: Element, key: string): number | undefined {
  const value = element.attributes[key];
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) fail(file, element, `${key}="${value}" must be a number`);
  return parsed;
}

function oneOf<T extends string>(file: string, element: Element, key: string, values: readonly T[]): T | undefined {
  const value = element.attributes[key];
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) fail(file, element, `${key}="${value}" must be one of ${values.join(', ')}`);
  return value as T;
}

function toPath(file: string, element: Element): AvgPath {
  onlyAttributes(file, element, PATH_ATTRIBUTES);
  if (element.children.length > 0) fail(file, element, 'may not contain other elements');
  const d = element.attributes.d;
  if (!d) fail(file, element, 'has no path data');
  try {
    parsePathData(d);
  } catch (error) {
    fail(file, element, (error as Error).message);
  }
  // Keys are set in one fixed order, and only when present, so the generated JSON is stable and minimal.
  const path: Record<string, unknown> = { type: 'path', pathData: d };
  const optional: [string, unknown][] = [
    ['fill', colour(file, element, 'fill')],
    ['fillOpacity', number(file, element, 'fill-opacity')],
    ['stroke', colour(file, element, 'stroke')],
    ['strokeOpacity', number(file, element, 'stroke-opacity')],
    ['strokeWidth', number(file, element, 'stroke-width')],
    ['strokeLineCap', oneOf(file, element, 'stroke-linecap', ['butt', 'round', 'square'])],
    ['strokeLineJoin', oneOf(file, element, 'stroke-linejoin', ['miter', 'round', 'bevel'])],
  ];
  for (const [key, value] of optional) if (value !== undefined) path[key] = value;
  return path as unknown as AvgPath;
}

function toGroup(file: string, element: Element): AvgGroup {
  onlyAttributes(file, element, new Set(['transform']));
  const transform = element.attributes.transform ?? '';
  const match = TRANSFORM.exec(transform.trim());
  if (!match) fail(file, element, `transform="${transform}" must be translate(x y) then scale(sx sy), nothing else`);
  const [, tx, ty, sx, sy] = match;
  const group: Record<string, unknown> = { type: 'group' };
  if (tx !== undefined) Object.assign(group, { translateX: Number(tx), translateY: Number(ty ?? 0) });
  if (sx !== undefined) Object.assign(group, { scaleX: Number(sx), scaleY: Number(sy ?? sx) });
  group.items = toItems(file, element.children);
  return group as unknown as AvgGroup;
}

function toItems(file: string, elements: readonly Element[]): AvgItem[] {
  return elements.map((element) => {
    if (element.name === 'path') return toPath(file, element);
    if (element.name === 'g') return toGroup(file, element);
    return fail(file, element, 'is not in the AVG-compatible subset: use <path> and <g transform> only');
  });
}

/** Converts one figure's SVG text to AVG, or throws a {@link FigureSubsetError} naming `file` and the element. */
export function svgToAvg(file: string, text: string): AvgGraphic {
  const [svg, ...others] = parseElements(file, text).children;
  if (!svg || svg.name !== 'svg' || others.length > 0) throw new FigureSubsetError(`${file}: must be exactly one <svg> element`);
  onlyAttributes(file, svg, new Set(['xmlns', 'width', 'height', 'viewBox']));
  const box = (svg.attributes.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [minX, minY, width, height] = box;
  if (box.length !== 4 || minX !== 0 || minY !== 0 || !(width! > 0) || !(height! > 0)) {
    fail(file, svg, 'needs viewBox="0 0 width height": AVG viewports start at 0, 0');
  }
  if (number(file, svg, 'width') !== width || number(file, svg, 'height') !== height)
    fail(file, svg, 'width and height must match the viewBox');
  return {
    type: 'AVG',
    version: '1.2',
    width: width!,
    height: height!,
    viewportWidth: width!,
    viewportHeight: height!,
    items: toItems(file, svg.children),
  };
}
