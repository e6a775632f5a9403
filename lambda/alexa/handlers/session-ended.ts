import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { endSession } from '../../conversation/turn';
import { conversationServices, userOf, type SkillServices } from '../respond';

/** Alexa closed the session (timeout, "exit", an error): nothing may be spoken, but unsaved progress is saved. */
export function sessionEndedHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
    handle: async (input) => {
      await endSession(
        input.attributesManager.getSessionAttributes(),
        userOf(input.requestEnvelope),
        conversationServices(services, input.requestEnvelope),
      );
      return input.responseBuilder.getResponse();
    },
  };
}

/** Requests the skill has no use for (other system events, future request types): an empty answer, no error. */
export function otherRequestHandler(): RequestHandler {
  return {
    canHandle: () => true,
    handle: (input) => input.responseBuilder.getResponse(),
  };
}
