import { getRequestType, type RequestHandler } from 'ask-sdk-core';

/** The floors' launch handler: a fixed greeting that keeps the session open. */
export const launch: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) => input.responseBuilder.speak('Hello world.').reprompt('Say next.').withShouldEndSession(false).getResponse(),
};

/** The floors' answer to every intent, so the same turns can be played against them as against the skill. */
export const anyIntent: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: (input) => input.responseBuilder.speak('Hello again.').reprompt('Say next.').withShouldEndSession(false).getResponse(),
};
