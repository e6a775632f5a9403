import { getRequestType, type ErrorHandler } from 'ask-sdk-core';
import { SKILL_EVENT_PREFIX } from './skill-events';
import { PROMPTS } from '../../speech/prompts';

/** Where error summaries go; injected so tests can read them and production uses console. */
export type ErrorLog = (summary: Record<string, string>) => void;

/**
 * The last line of defence: a kind, useful sentence instead of Alexa's
 * "There was a problem with the requested skill's response". The session
 * attributes are left as the request brought them, so no progress is lost.
 * Only the error's class and message are logged: never slots or user ids.
 * Skill events are left to fail, so Alexa delivers them again.
 */
export function errorHandler(log: ErrorLog): ErrorHandler {
  return {
    canHandle: (input) => !getRequestType(input.requestEnvelope).startsWith(SKILL_EVENT_PREFIX),
    handle: (input, error) => {
      log({ event: 'handler-error', name: error.name, message: error.message });
      return input.responseBuilder.speak(PROMPTS.errorSorry).reprompt(PROMPTS.errorSorry).getResponse();
    },
  };
}
