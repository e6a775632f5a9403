import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { answer, type SkillServices } from '../turn';

/** "Alexa, open sciatica stretches": welcome, and offer a routine. */
export function launchHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => answer(input, { type: 'launch' }, services),
  };
}
