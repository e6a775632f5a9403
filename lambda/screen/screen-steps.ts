import { itemMs, type Timeline } from '../speech/timeline';

/**
 * What a screen shows over the length of one response, in step with its audio: the line being spoken, and during
 * a timed hold, the seconds left. Offsets are measured on the same timeline the audio is rendered from, with the
 * same estimate of speaking time, so a hold's countdown starts where its silence starts and ends where it ends.
 */
export type ScreenStep =
  | { readonly kind: 'cue'; readonly atMs: number; readonly text: string }
  /** A timed hold: the countdown shows whole seconds left, from `ceil(ms / 1000)` down to zero at `atMs + ms`. */
  | { readonly kind: 'hold'; readonly atMs: number; readonly ms: number };

/**
 * The steps of a timeline. A hold runs from its first hold silence to the end of the last one that follows with
 * only spoken lines between them: the "twenty seconds to go" said inside a hold is part of the hold, not a new cue.
 * Every other spoken line becomes the cue on screen when it starts.
 */
export function screenSteps(timeline: Timeline): ScreenStep[] {
  const steps: ScreenStep[] = [];
  let atMs = 0;
  let hold: { atMs: number; endMs: number } | null = null;
  /** Spoken lines since the last hold silence: cues if no hold silence follows them, part of the hold if one does. */
  let pending: { atMs: number; text: string }[] = [];
  const closeHold = (): void => {
    if (hold) steps.push({ kind: 'hold', atMs: hold.atMs, ms: hold.endMs - hold.atMs });
    hold = null;
  };
  const flushCues = (): void => {
    pending.forEach((line) => steps.push({ kind: 'cue', ...line }));
    pending = [];
  };
  for (const item of timeline) {
    const ms = itemMs(item);
    if (item.kind === 'pause' && item.hold === true) {
      if (hold) pending = [];
      else flushCues();
      hold ??= { atMs, endMs: atMs };
      hold.endMs = atMs + ms;
    } else if (item.kind === 'say') {
      pending.push({ atMs, text: item.text });
    } else {
      closeHold();
      flushCues();
    }
    atMs += ms;
  }
  closeHold();
  flushCues();
  return steps;
}
