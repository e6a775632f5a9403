import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { RoutineEvent } from '../../domain/routine-events';
import { TOUCH_ACTIONS, TOUCH_EVENTS } from '../../screen/touch-actions';
import * as z from '../../zod';
import { respond, type SkillServices } from '../respond';

/** The request an APL `SendEvent` makes when a button is touched. */
const USER_EVENT = 'Alexa.Presentation.APL.UserEvent';

/** A button's event: its first argument names the button. Anything else a device sends is not understood. */
const userEventSchema = z.looseObject({ arguments: z.tuple([z.enum(TOUCH_ACTIONS)], z.unknown()) });

/** The engine event a touch stands for; a touch the skill did not draw is "not understood", never a crash. */
export function touchEventOf(request: unknown): RoutineEvent {
  const parsed = userEventSchema.safeParse(request);
  return parsed.success ? TOUCH_EVENTS[parsed.data.arguments[0]] : { type: 'not-understood' };
}

/** Next, Repeat, Pause, Resume and It hurts on an Echo Show's screen: the same turns as saying them. */
export function touchEventHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === USER_EVENT,
    handle: (input) => respond(input, touchEventOf(input.requestEnvelope.request), services),
  };
}
