import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { createIntentMapper } from '../request-event';
import { answer, type SkillServices } from '../turn';

/**
 * Every intent, custom and built-in, goes through the routine engine: the
 * engine knows where the user is, so "next" or "yes" mean the right thing.
 * Unknown intent names get a spoken "didn't catch that" and the current prompt.
 */
export function intentHandler(services: SkillServices): RequestHandler {
  const toEvent = createIntentMapper(services.content);
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
    handle: (input) => answer(input, toEvent(input.requestEnvelope.request as IntentRequest), services),
  };
}
