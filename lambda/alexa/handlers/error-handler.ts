import { getRequestType, type ErrorHandler } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { errorName, type Log } from '../../log';
import type { Catalogue } from '../../speech/catalogue';
import { SKILL_EVENT_PREFIX } from './skill-events';

/**
 * The last line of defence: a kind, useful sentence instead of Alexa's
 * "There was a problem with the requested skill's response". The session
 * attributes are left as the request brought them, so no progress is lost.
 * Only the error's class is logged: its message could hold user text.
 * Skill events are left to fail, so Alexa delivers them again.
 */
export function errorHandler(log: Log, catalogueFor: (envelope: RequestEnvelope) => Catalogue): ErrorHandler {
  return {
    canHandle: (input) => !getRequestType(input.requestEnvelope).startsWith(SKILL_EVENT_PREFIX),
    handle: (input, error) => {
      log({ event: 'handler-error', name: errorName(error) });
      const catalogue = catalogueFor(input.requestEnvelope);
      return input.responseBuilder.speak(catalogue.errorSorry).reprompt(catalogue.errorSorry).getResponse();
    },
  };
}
