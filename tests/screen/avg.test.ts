import { describe, expect, it } from 'vitest';
import { mirrorAvg, mirrorPathData, parsePathData, type AvgGraphic } from '../../lambda/screen/avg';
import { FigureSubsetError, svgToAvg } from '../../tools/figures/svg-to-avg';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">${body}</svg>`;

describe('svgToAvg', () => {
  it('converts paths and translated, scaled groups exactly', () => {
    const avg = svgToAvg(
      'a.svg',
      svg('<g transform="translate(10 20) scale(2)"><path d="M 1 2 L 3 4" stroke="#112233" stroke-width="6" stroke-linecap="round"/></g>'),
    );
    expect(avg.items).toEqual([
      {
        type: 'group',
        translateX: 10,
        translateY: 20,
        scaleX: 2,
        scaleY: 2,
        items: [{ type: 'path', pathData: 'M 1 2 L 3 4', stroke: '#112233', strokeWidth: 6, strokeLineCap: 'round' }],
      },
    ]);
  });

  it.each([
    ['<circle cx="1" cy="1" r="1"/>', '<circle> is not in the AVG-compatible subset'],
    ['<text>hi</text>', 'unexpected content "hi"'],
    ['<path d="M 1 1 l 2 2"/>', '<path> path command "l" is not allowed'],
    ['<path d="M 1 1" style="stroke: red"/>', '<path> has "style"'],
    ['<path d="M 1 1" fill="url(#g)"/>', '<path> fill="url(#g)" must be "none" or a #rrggbb colour'],
    ['<g transform="rotate(45)"><path d="M 1 1"/></g>', '<g> transform="rotate(45)"'],
    ['<!-- note --><path d="M 1 1"/>', 'unexpected content "<!-- note -->"'],
  ])('refuses %s, naming the file and element', (body, message) => {
    expect(() => svgToAvg('content/figures/bad.svg', svg(body))).toThrow(FigureSubsetError);
    expect(() => svgToAvg('content/figures/bad.svg', svg(body))).toThrow(`content/figures/bad.svg: ${message}`);
  });

  it('refuses a viewBox that does not start at 0, 0', () => {
    expect(() => svgToAvg('b.svg', '<svg width="200" height="200" viewBox="10 0 200 200"></svg>')).toThrow('b.svg: <svg> needs viewBox');
  });
});

describe('mirroring', () => {
  it('reflects every x about the axis and keeps every y', () => {
    expect(mirrorPathData('M 10 20 L 30 40 H 50 V 60 Q 70 80 90 100 C 1 2 3 4 5 6', 100)).toBe(
      'M 190 20 L 170 40 H 150 V 60 Q 130 80 110 100 C 199 2 197 4 195 6',
    );
  });

  it('flips an arc’s sweep and rotation so a circle stays a circle', () => {
    expect(mirrorPathData('M 110 40 A 10 10 30 1 1 90 40 Z', 100)).toBe('M 90 40 A 10 10 -30 1 0 110 40 Z');
  });

  it('mirrors a group’s children in the group’s own frame, so the drawn result is reflected', () => {
    const graphic: AvgGraphic = {
      type: 'AVG',
      version: '1.2',
      width: 200,
      height: 200,
      viewportWidth: 200,
      viewportHeight: 200,
      items: [{ type: 'group', translateX: 20, scaleX: 2, items: [{ type: 'path', pathData: 'M 10 0' }] }],
    };
    const [group] = mirrorAvg(graphic).items;
    // Drawn at 20 + 2 * 10 = 40 before; after, 20 + 2 * 70 = 160, which is 200 - 40.
    expect(group).toEqual({ type: 'group', translateX: 20, scaleX: 2, items: [{ type: 'path', pathData: 'M 70 0' }] });
  });

  it('refuses path data that would mirror wrongly', () => {
    expect(() => parsePathData('M 1 1 L 2')).toThrow('"L" has 1 numbers, not a multiple of 2');
    expect(() => parsePathData('10 10')).toThrow('must start with a command');
  });
});
