import { getRequestType, type RequestHandler } from 'ask-sdk-core';

/** Alexa closed the session (timeout, "exit", an error); nothing may be spoken. */
export function sessionEndedHandler(): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
    handle: (input) => input.responseBuilder.getResponse(),
  };
}

/** Requests the skill has no use for (system events, future request types): an empty answer, no error. */
export function otherRequestHandler(): RequestHandler {
  return {
    canHandle: () => true,
    handle: (input) => input.responseBuilder.getResponse(),
  };
}
