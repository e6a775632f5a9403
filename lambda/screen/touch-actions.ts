import type { RoutineEvent } from '../domain/routine-events';

/** The on-screen buttons, by the argument their `SendEvent` carries. */
export const TOUCH_ACTIONS = ['repeat', 'pause', 'resume', 'next', 'hurts'] as const;
/** One on-screen button. */
export type TouchAction = (typeof TOUCH_ACTIONS)[number];

/**
 * The engine event each button stands for: exactly what the spoken command becomes, so a touch and "Alexa, next"
 * take the same path. "It hurts" by touch says nothing more specific, so it is plain pain, as the spoken phrase is.
 */
export const TOUCH_EVENTS: Readonly<Record<TouchAction, RoutineEvent>> = {
  repeat: { type: 'repeat' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  next: { type: 'next' },
  hurts: { type: 'hurts', symptom: 'pain' },
};
