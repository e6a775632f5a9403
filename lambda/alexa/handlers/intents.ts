import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { BUILTIN_INTENTS, CUSTOM_INTENTS } from '../intents';
import { createIntentMapper } from '../request-event';
import { respond, type SkillServices } from '../respond';

const isIntent = (input: HandlerInput): boolean => getRequestType(input.requestEnvelope) === 'IntentRequest';

/**
 * A handler for a group of intents. Every intent goes through the routine
 * engine, because only the engine knows where the user is: "next" or "yes"
 * mean different things mid-hold, after "it hurts", or at the menu.
 */
function intentGroupHandler(services: SkillServices, names: ReadonlySet<string> | null): RequestHandler {
  const toEvent = createIntentMapper(services.content);
  return {
    canHandle: (input) => isIntent(input) && (names === null || names.has(getIntentName(input.requestEnvelope))),
    handle: (input) => respond(input, toEvent(input.requestEnvelope.request as IntentRequest), services),
  };
}

/** The skill's own intents: start a routine or a stretch, easier, more detail, it hurts, and the rest. */
export function customIntentHandler(services: SkillServices): RequestHandler {
  return intentGroupHandler(services, new Set<string>(Object.values(CUSTOM_INTENTS)));
}

/** The AMAZON built-ins: navigation, yes/no, help, stop, cancel, fallback, navigate home. */
export function builtinIntentHandler(services: SkillServices): RequestHandler {
  return intentGroupHandler(services, new Set<string>(Object.values(BUILTIN_INTENTS)));
}

/** Any other intent (a newer model, a test typo): "didn't catch that" and the current prompt. */
export function unknownIntentHandler(services: SkillServices): RequestHandler {
  return intentGroupHandler(services, null);
}
