import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startPositionSchema } from '../../lambda/domain/position-moves';
import { parsePathData, type AvgGraphic, type AvgPath } from '../../lambda/screen/avg';
import { figureFor, positionFigureKey, stretchFigureKey } from '../../lambda/screen/figure-key';
import { avgPng, CARD_BACKGROUND, renderAvg } from '../../tools/figures/avg-to-png';
import { CARD_PNG_SIZE, cardImages, FIGURES_JSON, loadFigures, renderFiguresJson } from '../../tools/figures/figure-set';
import { content } from '../support/content';

const figures = loadFigures();
const committed = JSON.parse(readFileSync(FIGURES_JSON, 'utf8')) as Record<string, AvgGraphic>;

/** Every path of a graphic, groups flattened (the figures use none, but the subset allows them). */
const pathsOf = (graphic: AvgGraphic): AvgPath[] => {
  const walk = (items: AvgGraphic['items']): AvgPath[] => items.flatMap((item) => (item.type === 'path' ? [item] : walk(item.items)));
  return walk(graphic.items);
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

  it.each(['position-hands-and-knees', 'stretch-seated-figure-four', 'stretch-seated-figure-four-left'])(
    'renders %s as a square card image with a drawing on it',
    (name) => {
      const image = renderAvg(images.get(name)!, CARD_PNG_SIZE);
      expect([image.width, image.height]).toEqual([CARD_PNG_SIZE, CARD_PNG_SIZE]);
      const background = [0, 2, 4].map((i) => parseInt(CARD_BACKGROUND.slice(1 + i, 3 + i), 16));
      // resvg copies the whole buffer on every read of .pixels, so read it once.
      const pixels = image.pixels;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if ([0, 1, 2].some((c) => Math.abs(pixels[i + c]! - background[c]!) > 64)) inked += 1;
      }
      // A stick figure covers a few per cent of the card: neither blank nor a filled square.
      expect(inked / (CARD_PNG_SIZE * CARD_PNG_SIZE)).toBeGreaterThan(0.02);
      expect(inked / (CARD_PNG_SIZE * CARD_PNG_SIZE)).toBeLessThan(0.3);
    },
  );

  it('writes a PNG of the card size', () => {
    const png = avgPng(figures['position-standing']!, CARD_PNG_SIZE);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_PNG_SIZE, CARD_PNG_SIZE]);
  });
});
