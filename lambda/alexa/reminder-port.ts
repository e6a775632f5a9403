import type { HandlerInput } from 'ask-sdk-core';
import type { ReminderPort } from '../conversation/reminder-calls';
import type { Log } from '../log';
import type { Catalogue } from '../speech/catalogue';
import { deviceTimeZone } from './device-settings';
import { remindersFor, remindersGranted } from './reminders';

/**
 * The Reminders API for one request, as the turn layer calls it: the time
 * zone from the Settings API (a reminder at 7 PM must be 7 PM where the
 * device is, so without it nothing is created), the spoken text from the
 * catalogue, and "cancel" as a list and a delete of each. Null when the
 * request carries no API access.
 *
 * @param granted - true when the permission is known to be granted beyond what the envelope says (Alexa's "accepted" answer)
 */
export function reminderPortFor(input: HandlerInput, log: Log, catalogue: Catalogue, granted = false): ReminderPort | null {
  const client = remindersFor(input, log);
  if (!client) return null;
  const locale = input.requestEnvelope.request.locale ?? 'en-US';
  return {
    granted: granted || remindersGranted(input.requestEnvelope),
    async create(schedule, nowIso) {
      const zone = await deviceTimeZone(input, log);
      if (!zone) return { ok: false, failure: 'failed' };
      return client.create(schedule, zone, nowIso, catalogue.reminders.text, locale);
    },
    async list() {
      const listed = await client.list();
      return listed.ok ? { ok: true, value: listed.value.filter((r) => r.status === 'ON').map((r) => r.schedule) } : listed;
    },
    async cancelAll() {
      const listed = await client.list();
      if (!listed.ok) return listed;
      const active = listed.value.filter((r) => r.status === 'ON');
      const removed = await Promise.all(active.map((r) => client.remove(r.alertToken)));
      const failed = removed.find((r) => !r.ok);
      return failed && !failed.ok ? { ok: false, failure: failed.failure } : { ok: true, value: active.length };
    },
  };
}
