import type { Dose, Movement } from '../domain/content-schema';
import { holdPause, pause, say, speechMs, type TimelineItem } from './timeline';

/** A count-down cue is spoken every this many seconds of a hold. */
const COUNTDOWN_STEP_S = 10;

/** Time to ease back into the stretch before a repeat's hold is counted. */
export const EASE_BACK_MS = 5000;

/** What a side's hold needs from the stretch, with {side} already filled in. */
export interface HoldLines {
  readonly hold: readonly string[];
  readonly release: string;
  /** How a moving dose is paced, sides filled in; null for holds and breaths. */
  readonly movement: Movement | null;
}

/** The catalogue's words for holds, reps and breaths. */
export interface DoseWords {
  /** "Twenty seconds to go." at each whole ten seconds left ("Ten more seconds." at ten). */
  readonly secondsLeft: (seconds: number) => string;
  /** "Once more, your right side." before a rep after the first. */
  readonly again: string;
  /** "Ease back into the stretch, slowly." before that rep's hold is counted. */
  readonly easeBack: string;
  /** Before the last breath. */
  readonly lastBreath: string;
  /** Halfway through the breaths: "That's five. Five more." */
  readonly breathsHalfway: (done: number, left: number) => string;
}

/**
 * A timed hold: silence broken only by calm count-downs at each whole ten
 * seconds left. Each cue's own speaking time comes out of the silence after it, so
 * the hold from the opening cue to "release" lasts `seconds`.
 */
export function countdown(seconds: number, secondsLeft: DoseWords['secondsLeft']): TimelineItem[] {
  const items: TimelineItem[] = [];
  const marks: number[] = [];
  const firstMark = Math.ceil(seconds / COUNTDOWN_STEP_S) * COUNTDOWN_STEP_S - COUNTDOWN_STEP_S;
  for (let left = firstMark; left > 0; left -= COUNTDOWN_STEP_S) marks.push(left);
  let elapsedMs = 0;
  let spokenMs = 0;
  for (const left of marks) {
    const at = (seconds - left) * 1000;
    items.push(holdPause(at - elapsedMs - spokenMs));
    const cue = secondsLeft(left);
    items.push(say(cue));
    elapsedMs = at;
    spokenMs = speechMs(cue);
  }
  items.push(holdPause(seconds * 1000 - elapsedMs - spokenMs));
  return items;
}

/**
 * A moving dose, paced by voice for its whole length: the two full cues on
 * the first cycle, then the short ones, one every half cycle. A cue that
 * takes longer to say than its half cycle pushes the next one back, so
 * nothing overlaps and the pacing catches up where it can.
 */
export function paced(seconds: number, movement: Movement): TimelineItem[] {
  const halfMs = (movement.cycleSeconds * 1000) / 2;
  const halves = Math.max(2, Math.round((seconds * 1000) / halfMs));
  const items: TimelineItem[] = [];
  let elapsedMs = 0;
  for (let k = 0; k < halves; k += 1) {
    const [first, second] = k < 2 ? movement.cues : movement.short;
    const cue = k % 2 === 0 ? first : second;
    elapsedMs += speechMs(cue);
    items.push(say(cue));
    const nextAt = (k + 1) * halfMs;
    items.push(holdPause(Math.max(0, nextAt - elapsedMs)));
    elapsedMs = Math.max(elapsedMs, nextAt);
  }
  return items;
}

function oneRep(dose: Dose, lines: HoldLines, rep: number, words: DoseWords): TimelineItem[] {
  if (dose.kind === 'breaths') {
    const full = rep <= 2;
    const items: TimelineItem[] = [
      ...(rep === 1 ? lines.hold.map(say) : []),
      say(full ? dose.inhaleCue : dose.inhaleShort),
      pause(dose.inhaleSeconds * 1000),
      say(full ? dose.exhaleCue : dose.exhaleShort),
      pause(dose.exhaleSeconds * 1000),
    ];
    const left = dose.reps - rep;
    if (left === 1) items.push(say(words.lastBreath));
    else if (rep === Math.floor(dose.reps / 2) && left > 1) items.push(say(words.breathsHalfway(rep, left)));
    return items;
  }
  const timed =
    dose.kind === 'moving' && lines.movement
      ? paced(dose.seconds, lines.movement)
      : countdown(dose.kind === 'hold' ? dose.holdSeconds : dose.seconds, words.secondsLeft);
  return [...lines.hold.map(say), ...timed, say(lines.release)];
}

/**
 * Every rep of one side: holds with rests between them, or paced breaths.
 * Before each rep after the first, the user is told to ease back into the
 * stretch and given time to, so its hold is counted from then.
 */
export function doseTimeline(dose: Dose, lines: HoldLines, words: DoseWords): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (let rep = 1; rep <= dose.reps; rep += 1) {
    if (rep > 1 && dose.kind !== 'breaths') {
      items.push(pause(dose.restSeconds * 1000), say(words.again), say(words.easeBack), pause(EASE_BACK_MS));
    }
    items.push(...oneRep(dose, lines, rep, words));
  }
  return items;
}
