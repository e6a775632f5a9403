import { readFileSync } from 'node:fs';
import type { RenderedImage } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { startPositionSchema } from '../../lambda/domain/position-moves';
import { parsePathData, type AvgGraphic, type AvgPath } from '../../lambda/screen/avg';
import { figureFor, positionFigureKey, stretchFigureKey } from '../../lambda/screen/figure-key';
import { avgPng, CARD_BACKGROUND, CARD_MARGIN, renderAvg } from '../../tools/figures/avg-to-png';
import { CARD_PNG_SIZES, cardImages, FIGURES_JSON, loadFigures, renderFiguresJson } from '../../tools/figures/figure-set';
import { content } from '../support/content';

const figures = loadFigures();
const committed = JSON.parse(readFileSync(FIGURES_JSON, 'utf8')) as Record<string, AvgGraphic>;

/** Every path of a graphic, groups flattened (the figures use none, but the subset allows them). */
const pathsOf = (graphic: AvgGraphic): AvgPath[] => {
  const walk = (items: AvgGraphic['items']): AvgPath[] => items.flatMap((item) => (item.type === 'path' ? [item] : walk(item.items)));
  return walk(graphic.items);
};

const BACKGROUND = [0, 2, 4].map((i) => parseInt(CARD_BACKGROUND.slice(1 + i, 3 + i), 16));

/** 1 for each pixel, in row order, that stands clearly apart from the card background, else 0. */
const inkOf = (image: RenderedImage): Uint8Array => {
  // resvg copies the whole buffer on every read of .pixels, so read it once.
  const pixels = image.pixels;
  const ink = new Uint8Array(pixels.length / 4);
  for (let i = 0; i < ink.length; i += 1) ink[i] = [0, 1, 2].some((c) => Math.abs(pixels[4 * i + c]! - BACKGROUND[c]!) > 64) ? 1 : 0;
  return ink;
};

/** How many pixels are inked. */
const count = (ink: Uint8Array): number => ink.reduce((sum, v) => sum + v, 0);

/** The first and last inked column, then the first and last inked row. */
const inkBox = (ink: Uint8Array, width: number): number[] => {
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  ink.forEach((v, i) => {
    if (!v) return;
    const [x, y] = [i % width, Math.floor(i / width)];
    [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
  });
  return [left, right, top, bottom];
};

describe('figures', () => {
  it('has a key pose for every stretch and a drawing for every start position', () => {
    const wanted = [...content.stretches.map((s) => stretchFigureKey(s.id)), ...startPositionSchema.options.map(positionFigureKey)];
    expect(Object.keys(figures).sort()).toEqual(wanted.sort());
  });

  it('keeps content/figures.json in step with the SVGs', () => {
    expect(readFileSync(FIGURES_JSON, 'utf8'), `${FIGURES_JSON} is out of date: run npm run figures`).toBe(renderFiguresJson(figures));
  });

  it('copies path data from the SVG exactly', () => {
    const svg = readFileSync('content/figures/stretch-pigeon.svg', 'utf8');
    const fromSvg = [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]);
    expect(pathsOf(committed['stretch-pigeon']!).map((p) => p.pathData)).toEqual(fromSvg);
  });

  it('draws every figure as AVG 1.2 on a 200 by 200 viewport, in one stroke colour with round caps', () => {
    for (const [key, figure] of Object.entries(figures)) {
      expect(figure, key).toMatchObject({ type: 'AVG', version: '1.2', width: 200, height: 200, viewportWidth: 200, viewportHeight: 200 });
      const paths = pathsOf(figure);
      expect(new Set(paths.map((p) => p.stroke)), key).toEqual(new Set([paths[0]?.stroke]));
      expect(
        paths.every((p) => p.strokeLineCap === 'round'),
        key,
      ).toBe(true);
    }
  });
});

describe('figureFor', () => {
  it('mirrors the left side of a two-sided stretch only', () => {
    expect(figureFor('pigeon', 'right', content)).toEqual({ key: 'stretch-pigeon', mirrored: false });
    expect(figureFor('pigeon', 'left', content)).toEqual({ key: 'stretch-pigeon', mirrored: true });
    expect(figureFor('cat-cow', null, content)).toEqual({ key: 'stretch-cat-cow', mirrored: false });
    expect(figureFor('cat-cow', 'left', content)).toEqual({ key: 'stretch-cat-cow', mirrored: false });
  });

  it('names a figure that exists for every stretch and side', () => {
    for (const stretch of content.stretches) {
      for (const side of ['right', 'left', null] as const) expect(committed[figureFor(stretch.id, side, content)?.key ?? '']).toBeDefined();
    }
  });

  it('has nothing for a stretch the content lacks', () => {
    expect(figureFor('handstand', 'right', content)).toBeUndefined();
  });
});

describe('card images', () => {
  const images = cardImages(figures, content);

  it('adds a mirrored left side for each two-sided stretch', () => {
    const twoSided = content.stretches.filter((s) => s.dose.bothSides).map((s) => `${stretchFigureKey(s.id)}-left`);
    expect([...images.keys()].filter((k) => k.endsWith('-left')).sort()).toEqual(twoSided.sort());
    const right = parsePathData(pathsOf(figures['stretch-pigeon']!)[0]!.pathData);
    const left = parsePathData(pathsOf(images.get('stretch-pigeon-left')!)[0]!.pathData);
    expect(left.map((c) => c.args[0]! + right[left.indexOf(c)]!.args[0]!)).toEqual(right.map(() => 200));
  });

  it('comes in the Standard card sizes the Alexa app asks for', () => {
    expect(CARD_PNG_SIZES).toEqual({ small: { width: 720, height: 480 }, large: { width: 1200, height: 800 } });
  });

  describe.each(Object.entries(CARD_PNG_SIZES))('%s', (suffix, size) => {
    const area = size.width * size.height;

    it.each(['position-hands-and-knees', 'stretch-seated-figure-four', 'stretch-seated-figure-four-left'])(
      `renders %s at ${size.width} by ${size.height} with a drawing on it`,
      (name) => {
        const image = renderAvg(images.get(name)!, size);
        expect([image.width, image.height]).toEqual([size.width, size.height]);
        // A stick figure covers a few per cent of the card: neither blank nor a filled rectangle.
        const share = count(inkOf(image)) / area;
        expect(share).toBeGreaterThan(0.02);
        expect(share).toBeLessThan(0.3);
      },
    );

    it('scales the figure to the height less the margins and centres it', () => {
      // A figure filling its whole viewport shows exactly where the card puts the viewport.
      const block: AvgGraphic = {
        ...figures['position-standing']!,
        items: [{ type: 'path', pathData: 'M 0 0 L 200 0 L 200 200 L 0 200 Z', fill: '#000000' }],
      };
      const box = inkBox(inkOf(renderAvg(block, size)), size.width);
      const side = size.height * (1 - 2 * CARD_MARGIN);
      const left = (size.width - side) / 2;
      const top = size.height * CARD_MARGIN;
      expect(box).toEqual([left, left + side - 1, top, top + side - 1]);
    });

    it('draws the left side as the right side mirrored', () => {
      const right = inkOf(renderAvg(images.get('stretch-pigeon')!, size));
      const left = inkOf(renderAvg(images.get('stretch-pigeon-left')!, size));
      const flipped = left.map((_, i) => left[i - (i % size.width) + size.width - 1 - (i % size.width)]!);
      // The pigeon is lopsided, so mirroring moves most of its ink.
      expect(count(left.map((v, i) => v ^ right[i]!))).toBeGreaterThan(count(right) / 2);
      // Anti-aliased edges may land a pixel apart once mirrored, and nothing more.
      expect(count(flipped.map((v, i) => v ^ right[i]!))).toBeLessThan(count(right) / 50);
    });

    it(`writes a ${suffix} PNG of that size`, () => {
      const png = avgPng(figures['position-standing']!, size);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size.width, size.height]);
    });
  });
});
