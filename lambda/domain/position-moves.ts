import * as z from '../zod';

/**
 * Where the body is when a stretch begins. Changing it takes time, so a
 * change is never timed (see `MOVE_WAIT_MS`). It lives here, not with the
 * content schema, because the resume point stored and carried in session
 * attributes names it too, and the bundle should not carry the content
 * schema for that.
 */
export const startPositionSchema = z.enum([
  'standing',
  'against-wall',
  'sitting-on-chair',
  'sitting-on-floor',
  'kneeling',
  'hands-and-knees',
  'lying-on-back',
]);

/** One of the start positions. */
export type StartPosition = z.infer<typeof startPositionSchema>;

/**
 * How far down each start position is: 0 on your feet, 1 on a chair, 2 on the
 * floor, 3 lying down. A routine is one trip down when this never goes back up.
 */
export const POSITION_LEVEL: Readonly<Record<StartPosition, number>> = {
  standing: 0,
  'against-wall': 0,
  'sitting-on-chair': 1,
  'sitting-on-floor': 2,
  kneeling: 2,
  'hands-and-knees': 2,
  'lying-on-back': 3,
};

/** Levels at and below this are on the floor (or in bed). */
const FLOOR_LEVEL = 2;

/**
 * Waits, in milliseconds, for getting into a new position. A person with
 * sciatica gets down to the floor slowly: a hand on a chair, one knee, then
 * the other, then sitting or lying back, which takes twenty to thirty seconds
 * without hurrying; getting up again takes as long. Smaller moves (standing
 * to a chair, hands and knees to kneeling, sitting to lying on the floor)
 * take ten to fifteen. After the wait Alexa still listens about 8 s, reprompts
 * and listens 8 s more, so a slow mover has close to a minute in all, and if
 * even that runs out the place is saved and offered at the next launch.
 */
export const MOVE_WAIT_MS = {
  /** Down to the floor, or up from it. */
  floorChange: 30_000,
  /** Sitting on the floor or kneeling to lying down, and back. */
  withinFloor: 15_000,
  /** Standing to a chair and back, or a new position at the same height. */
  small: 10_000,
} as const;

/**
 * The wait for moving from `from` (null: not known, as at the start of a run,
 * after a pause, or when resuming) to `to`. An unknown start is taken to be
 * standing, the furthest from the floor, so a first floor stretch gets the
 * full wait; someone already there can say "Alexa, next" to cut it short.
 */
export function moveWaitMs(from: StartPosition | null, to: StartPosition): number {
  const start = from === null ? 0 : POSITION_LEVEL[from];
  const end = POSITION_LEVEL[to];
  if (start < FLOOR_LEVEL !== end < FLOOR_LEVEL) return MOVE_WAIT_MS.floorChange;
  if (start !== end && end >= FLOOR_LEVEL) return MOVE_WAIT_MS.withinFloor;
  return MOVE_WAIT_MS.small;
}

/** True when the positions, in order, never go back up: one trip down to the floor. */
export function isOneTripDown(positions: readonly StartPosition[]): boolean {
  return positions.every((position, i) => i === 0 || POSITION_LEVEL[position] >= POSITION_LEVEL[positions[i - 1] ?? position]);
}
