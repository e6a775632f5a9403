import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { scheduleFromToken } from '../../domain/reminder-schedule';
import * as z from '../../zod';
import { respond, type SkillServices } from '../respond';

/** Alexa's answer to the voice permission request (`Connections.Response` to `AskFor`); ask-sdk-model types it loosely, so it is read with zod. */
const permissionAnswerSchema = z.object({
  type: z.literal('Connections.Response'),
  name: z.literal('AskFor'),
  payload: z.optional(z.object({ status: z.optional(z.string()) })),
  token: z.optional(z.string()),
});

/**
 * The user answered Alexa's question about the reminders permission:
 * "ACCEPTED" creates the reminder they confirmed; "DENIED", "NOT_ANSWERED"
 * or anything unreadable says how to allow it in the Alexa app instead.
 */
export function permissionResponseHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'Connections.Response',
    handle: (input) => {
      const answer = permissionAnswerSchema.safeParse(input.requestEnvelope.request);
      const accepted = answer.success && answer.data.payload?.status === 'ACCEPTED';
      const schedule = answer.success ? scheduleFromToken(answer.data.token) : null;
      return respond(input, { type: 'reminder-permission', accepted, schedule }, services, { remindersGranted: accepted });
    },
  };
}
