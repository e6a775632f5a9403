import type { Content } from '../domain/content';
import type { StartPosition } from '../domain/position-moves';
import type { Side } from '../domain/routine-state';

/**
 * Which drawing to show, by key into `content/figures.json` (the SVG file names in content/figures/). Each stretch
 * is drawn once, for the right side; the left is the same drawing mirrored.
 */
export interface FigureChoice {
  readonly key: string;
  /** True for the left side of a two-sided stretch: show the drawing reflected left to right. */
  readonly mirrored: boolean;
}

/** The figure key of a start position: "position-sitting-on-chair". */
export function positionFigureKey(position: StartPosition): string {
  return `position-${position}`;
}

/** The figure key of a stretch's key pose: "stretch-pigeon". */
export function stretchFigureKey(stretchId: string): string {
  return `stretch-${stretchId}`;
}

/**
 * The key pose to show for one side of a stretch, or undefined for a stretch the content does not have. A
 * one-sided stretch is never mirrored, whatever side is passed.
 */
export function figureFor(stretchId: string, side: Side | null, content: Content): FigureChoice | undefined {
  const stretch = content.stretch(stretchId);
  if (!stretch) return undefined;
  return { key: stretchFigureKey(stretch.id), mirrored: stretch.dose.bothSides && side === 'left' };
}
