import type { Dose } from '../domain/content-schema';
import { capitalize, numberWords } from './spoken-numbers';
import { holdPause, pause, say, speechMs, type TimelineItem } from './timeline';

/** A count-down cue is spoken every this many seconds of a hold. */
const COUNTDOWN_STEP_S = 10;

/** What a side's hold needs from the stretch, with {side} already filled in. */
export interface HoldLines {
  readonly hold: readonly string[];
  readonly release: string;
  readonly movement: readonly string[];
}

function remainingCue(seconds: number): string {
  return seconds === COUNTDOWN_STEP_S ? 'Ten more seconds.' : `${capitalize(numberWords(seconds))} seconds.`;
}

/**
 * A timed hold: silence broken only by calm count-downs at each whole ten
 * seconds left. Each cue's own speaking time comes out of the silence after it, so
 * the hold from the opening cue to "release" lasts `seconds`.
 */
export function countdown(seconds: number): TimelineItem[] {
  const items: TimelineItem[] = [];
  const marks: number[] = [];
  const firstMark = Math.ceil(seconds / COUNTDOWN_STEP_S) * COUNTDOWN_STEP_S - COUNTDOWN_STEP_S;
  for (let left = firstMark; left > 0; left -= COUNTDOWN_STEP_S) marks.push(left);
  let elapsedMs = 0;
  let spokenMs = 0;
  for (const left of marks) {
    const at = (seconds - left) * 1000;
    items.push(holdPause(at - elapsedMs - spokenMs));
    const cue = remainingCue(left);
    items.push(say(cue));
    elapsedMs = at;
    spokenMs = speechMs(cue);
  }
  items.push(holdPause(seconds * 1000 - elapsedMs - spokenMs));
  return items;
}

function oneRep(dose: Dose, lines: HoldLines, rep: number): TimelineItem[] {
  if (dose.kind === 'breaths') {
    const full = rep <= 2;
    const items: TimelineItem[] = [
      say(full ? dose.inhaleCue : dose.inhaleShort),
      pause(dose.inhaleSeconds * 1000),
      say(full ? dose.exhaleCue : dose.exhaleShort),
      pause(dose.exhaleSeconds * 1000),
    ];
    const left = dose.reps - rep;
    if (left === 1) items.push(say('Last one.'));
    else if (rep === Math.floor(dose.reps / 2) && left > 1)
      items.push(say(`That's ${numberWords(rep)}. ${capitalize(numberWords(left))} more.`));
    return items;
  }
  const seconds = dose.kind === 'hold' ? dose.holdSeconds : dose.seconds;
  return [...lines.hold.map(say), ...(dose.kind === 'moving' ? lines.movement.map(say) : []), ...countdown(seconds), say(lines.release)];
}

/**
 * Every rep of one side: holds with rests between them, or paced breaths.
 * `again` is said before each rep after the first ("Once more, your right side.").
 */
export function doseTimeline(dose: Dose, lines: HoldLines, again: string): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (let rep = 1; rep <= dose.reps; rep += 1) {
    if (rep > 1 && dose.kind !== 'breaths') {
      items.push(pause(dose.restSeconds * 1000), say(again), pause(2000));
    }
    items.push(...oneRep(dose, lines, rep));
  }
  return items;
}
