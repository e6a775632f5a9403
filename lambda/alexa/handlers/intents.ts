import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { BUILTIN_INTENTS, CUSTOM_INTENTS } from '../intents';
import { packFor } from '../language-pack';
import { respond, type SkillServices } from '../respond';

const isIntent = (input: HandlerInput): boolean => getRequestType(input.requestEnvelope) === 'IntentRequest';

/**
 * A handler for a group of intents. Every intent goes through the routine
 * engine, because only the engine knows where the user is: "next" or "yes"
 * mean different things mid-hold, after "it hurts", or at the menu.
 */
function intentGroupHandler(services: SkillServices, names: ReadonlySet<string> | null): RequestHandler {
  return {
    canHandle: (input) => isIntent(input) && (names === null || names.has(getIntentName(input.requestEnvelope))),
    handle: (input) =>
      respond(input, packFor(services.packs, input.requestEnvelope).mapper()(input.requestEnvelope.request as IntentRequest), services),
  };
}

/**
 * The intent handlers, in the order they are tried: the skill's own intents
 * (start a routine or a stretch, easier, it hurts, a plan and the rest), the
 * AMAZON built-ins (navigation, yes/no, help, stop, fallback), then any other
 * intent (a newer model, a test typo), which gets "didn't catch that" and the
 * current prompt. Each request's intent is read with its own language's slot
 * vocabulary.
 */
export function intentHandlers(services: SkillServices): RequestHandler[] {
  return [
    intentGroupHandler(services, new Set<string>(Object.values(CUSTOM_INTENTS))),
    intentGroupHandler(services, new Set<string>(Object.values(BUILTIN_INTENTS))),
    intentGroupHandler(services, null),
  ];
}
