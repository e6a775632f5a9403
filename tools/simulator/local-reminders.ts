import type { RequestEnvelope } from 'ask-sdk-model';
import type { VirtualAlexa } from 'virtual-alexa';
import { REMINDERS_SCOPE } from '../../lambda/alexa/reminders';
import { scheduleFromRules } from '../../lambda/domain/reminder-schedule';
import { startAlexaApi, withApiAccess, type AlexaApi } from '../../tests/support/alexa-api';

/** The simulator's one device, which the local Alexa API answers for. */
const DEVICE_ID = 'simulator-device';

/** A reminder as printed: its time and days, or its raw trigger when it is not one the skill writes. */
function describe(trigger: unknown): string {
  const rules = (trigger as { recurrence?: { recurrenceRules?: string[] } } | undefined)?.recurrence?.recurrenceRules ?? [];
  const schedule = scheduleFromRules(rules);
  return schedule ? `${schedule.days.length === 7 ? 'every day' : schedule.days.join(', ')} at ${schedule.time}` : JSON.stringify(trigger);
}

/**
 * A local stand-in for the Alexa API, so reminders work in the simulator:
 * the device's time zone is this machine's, the reminders permission is
 * granted (virtual-alexa cannot play Alexa's own permission question), and
 * what the Reminders API would hold is printed after every answer that
 * changed it. Reminders live as long as the simulator does.
 */
export async function localReminders(
  va: VirtualAlexa,
  user: string,
): Promise<{ changes: () => string | null; close: () => Promise<void> }> {
  const api: AlexaApi = await startAlexaApi();
  const token = `simulator-${user}`;
  api.answers.set(DEVICE_ID, Intl.DateTimeFormat().resolvedOptions().timeZone);
  va.filter((request: RequestEnvelope) => {
    Object.assign(request, withApiAccess(request, { endpoint: api.endpoint, token, grantedScopes: [REMINDERS_SCOPE] }));
    request.context.System.device = { ...request.context.System.device, deviceId: DEVICE_ID, supportedInterfaces: {} };
  });
  let seen = '';
  return {
    changes() {
      const now = api
        .reminders(token)
        .map((reminder) => describe(reminder.trigger))
        .join('; ');
      if (now === seen) return null;
      seen = now;
      return now === '' ? 'the Reminders API now holds no reminder of this skill' : `the Reminders API now holds: ${now}`;
    },
    close: () => api.close(),
  };
}
