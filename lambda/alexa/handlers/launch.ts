import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { respond, type SkillServices } from '../respond';

/** "Alexa, open sciatica stretches": welcome, and offer a routine. */
export function launchHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => respond(input, { type: 'launch' }, services),
  };
}
