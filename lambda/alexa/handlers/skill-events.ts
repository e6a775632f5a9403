import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import * as z from '../../zod';
import { packFor } from '../language-pack';
import { reminderPortFor } from '../reminder-port';
import { userOf, type SkillServices } from '../respond';

/** ask-sdk-model's SkillDisabled type lacks `body`, so the event is read with zod. */
const skillDisabledSchema = z.object({
  type: z.literal('AlexaSkillEvent.SkillDisabled'),
  body: z.optional(z.object({ userInformationPersistenceStatus: z.enum(['PERSISTED', 'NOT_PERSISTED']) })),
});

/** Request types Alexa delivers as skill events; a failure there is reported to Alexa, which retries. */
export const SKILL_EVENT_PREFIX = 'AlexaSkillEvent.';

/**
 * The user disabled the skill. Its reminders are cancelled where the event
 * gives API access (a reminder saying "open sciatica stretches" would make no
 * sense any more); a failure there is logged, not retried. When Alexa says
 * their data is not to be kept (`NOT_PERSISTED`), every item of theirs is
 * deleted. A failed delete throws, so the event is retried rather than
 * silently dropped.
 */
export function skillDisabledHandler(services: SkillServices): RequestHandler {
  return {
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
    handle: async (input) => {
      const reminders = reminderPortFor(input, services.log, packFor(services.packs, input.requestEnvelope).catalogue);
      if (reminders) await reminders.cancelAll();
      const event = skillDisabledSchema.safeParse(input.requestEnvelope.request);
      const user = userOf(input.requestEnvelope);
      if (event.success && event.data.body?.userInformationPersistenceStatus === 'NOT_PERSISTED' && user) {
        await services.repository.deleteUser(user);
        services.log({ event: 'user-data-deleted' });
      }
      return input.responseBuilder.getResponse();
    },
  };
}
