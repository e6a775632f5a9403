import type { RequestEnvelope } from 'ask-sdk-model';
import type { VirtualAlexa } from 'virtual-alexa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REMINDERS_SCOPE } from '../../lambda/alexa/reminders';
import { EN } from '../../lambda/speech/catalogues/en';
import { ES } from '../../lambda/speech/catalogues/es';
import { startAlexaApi, withApiAccess, type AlexaApi } from '../support/alexa-api';
import { heard, intend, say, startConversation, type Heard } from '../support/conversation';

const r = EN.reminders;
const ZONE = 'Europe/London';
let api: AlexaApi;

beforeAll(async () => {
  api = await startAlexaApi();
});
afterAll(async () => {
  await api.close();
});
beforeEach(() => {
  api.fault = 'none';
});

/** A device with API access through the fake Alexa API; `granted`: the user has allowed reminders. */
function device(granted: boolean, locale = 'en-US'): { va: VirtualAlexa; token: string } {
  const va = startConversation({ locale });
  const token = `token-${Math.random().toString(36).slice(2)}`;
  va.filter((request: RequestEnvelope) => {
    const access = withApiAccess(request, { endpoint: api.endpoint, token, grantedScopes: granted ? [REMINDERS_SCOPE] : [] });
    // virtual-alexa names no device; Alexa always does, and the Settings API answers per device.
    const deviceId = `device-${token}`;
    Object.assign(request, access);
    request.context.System.device = { ...request.context.System.device, deviceId, supportedInterfaces: {} };
    api.answers.set(deviceId, ZONE);
  });
  return { va, token };
}

/** "Remind me to stretch every day at 7 pm", as Alexa sends it: the time in 24-hour digits. */
const everyDayAtSeven = (va: VirtualAlexa): Promise<Heard> => intend(va, 'SetReminderIntent', { time: '19:00', days: 'every day' });

/** The token of the voice permission request in a response, which Alexa hands back with the answer. */
function permissionToken(answer: Heard): string {
  const directive = answer.response.response.directives?.find((d) => d.type === 'Connections.SendRequest') as
    { token?: string } | undefined;
  if (directive?.token === undefined) throw new Error('no permission request in the response');
  return directive.token;
}

/** Alexa's answer to the permission question, with the request's token. */
async function permissionAnswer(va: VirtualAlexa, status: 'ACCEPTED' | 'DENIED', token: string): Promise<Heard> {
  const response = await va.request().connectionsResponse('AskFor', { permissionScope: REMINDERS_SCOPE, status }, token).send();
  return heard(response, `permission ${status}`);
}

describe('a daily reminder by voice', () => {
  it('confirms the time and days first, then creates it with the right trigger and recurrence', async () => {
    const { va, token } = device(true);
    await say(va, 'open sciatica stretches');
    const asked = await everyDayAtSeven(va);
    expect(asked.text).toBe(`${r.confirm('every day at 7 PM')} ${r.promptConfirm}`);
    expect(api.reminders(token)).toHaveLength(0);
    const done = await say(va, 'yes');
    expect(done.text.startsWith(r.set('every day at 7 PM'))).toBe(true);
    const [created] = api.reminders(token);
    expect(created?.trigger).toMatchObject({
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: ZONE,
      recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0'] },
    });
    expect(JSON.stringify(created?.alertInfo)).toContain(r.text);
  });

  it.each(['es-US', 'es-ES'])('in %s: confirmed, created and read at its time in Spanish', async (locale) => {
    const { va, token } = device(true, locale);
    await say(va, 'abre estiramientos para la ciática');
    const asked = await say(va, 'recuérdame estirar todos los días a las siete de la tarde');
    const when = ES.reminders.when({ time: '19:00', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] });
    expect(asked.text).toBe(`${ES.reminders.confirm(when)} ${ES.reminders.promptConfirm}`);
    const done = await say(va, 'sí');
    expect(done.text.startsWith(ES.reminders.set(when))).toBe(true);
    const [created] = api.reminders(token);
    expect(created?.trigger).toMatchObject({ recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0'] } });
    expect(created?.alertInfo).toEqual({ spokenInfo: { content: [{ locale, text: ES.reminders.text }] } });
  });

  it('asks for the time when it is missing, and takes days by name', async () => {
    const { va, token } = device(true);
    await say(va, 'open sciatica stretches');
    const asked = await say(va, 'set a reminder');
    expect(asked.text).toBe(`${r.askTime} ${r.promptTime}`);
    const confirmed = await intend(va, 'SetReminderIntent', { time: '08:00', days: 'weekdays' });
    expect(confirmed.text).toBe(`${r.confirm('on weekdays at 8 AM')} ${r.promptConfirm}`);
    await say(va, 'yes');
    expect(api.reminders(token)[0]?.trigger).toMatchObject({
      recurrence: { recurrenceRules: ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0;BYSECOND=0'] },
    });
  });

  it('"no" at the confirmation sets nothing', async () => {
    const { va, token } = device(true);
    await say(va, 'open sciatica stretches');
    await everyDayAtSeven(va);
    expect((await say(va, 'no')).text.startsWith(r.notSet)).toBe(true);
    expect(api.reminders(token)).toHaveLength(0);
  });

  it('without the permission, hands over to Alexa to ask for it; "accepted" creates the reminder', async () => {
    const { va, token } = device(false);
    await say(va, 'open sciatica stretches');
    await everyDayAtSeven(va);
    const handedOver = await say(va, 'yes');
    expect(handedOver.response.response.directives).toContainEqual(
      expect.objectContaining({
        type: 'Connections.SendRequest',
        name: 'AskFor',
        payload: expect.objectContaining({ permissionScope: REMINDERS_SCOPE }),
      }),
    );
    expect(handedOver.response.response.shouldEndSession).toBeUndefined();
    expect(api.reminders(token)).toHaveLength(0);
    expect(permissionToken(handedOver)).toBe('19:00|MO,TU,WE,TH,FR,SA,SU');
    const accepted = await permissionAnswer(va, 'ACCEPTED', permissionToken(handedOver));
    expect(accepted.text.startsWith(r.set('every day at 7 PM'))).toBe(true);
    expect(api.reminders(token)).toHaveLength(1);
  });

  it('"denied" says how to allow it in the Alexa app, with the consent card', async () => {
    const { va, token } = device(false);
    await say(va, 'open sciatica stretches');
    await everyDayAtSeven(va);
    const handedOver = await say(va, 'yes');
    const denied = await permissionAnswer(va, 'DENIED', permissionToken(handedOver));
    expect(denied.text.startsWith(r.permissionNeeded.join(' '))).toBe(true);
    expect(denied.response.response.card).toMatchObject({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    expect(api.reminders(token)).toHaveLength(0);
  });

  it('lists and cancels the reminders', async () => {
    const { va, token } = device(true);
    await say(va, 'open sciatica stretches');
    await everyDayAtSeven(va);
    await say(va, 'yes');
    expect((await say(va, 'what reminders do I have')).text.startsWith(r.listed(['every day at 7 PM']))).toBe(true);
    expect((await say(va, 'cancel my reminder')).text.startsWith(r.cancelled(1))).toBe(true);
    expect(api.reminders(token)).toHaveLength(0);
    expect((await say(va, 'what reminders do I have')).text.startsWith(r.listed([]))).toBe(true);
  });

  it('"delete my history" cancels the reminders too', async () => {
    const { va, token } = device(true);
    await say(va, 'open sciatica stretches');
    await everyDayAtSeven(va);
    await say(va, 'yes');
    await say(va, 'delete my history');
    const deleted = await say(va, 'yes');
    expect(deleted.text).toContain(r.deletedToo(1));
    expect(api.reminders(token)).toHaveLength(0);
  });
});

describe('when the Reminders API fails', () => {
  it.each([
    ['forbidden', r.permissionNeeded.join(' ')],
    ['unauthorized', r.permissionNeeded.join(' ')],
    ['unsupported', r.unsupported],
    ['error', r.failed],
    ['hang', r.failed],
  ] as const)('%s: a clear answer, nothing created, and the conversation goes on', async (fault, words) => {
    const { va, token } = device(true);
    await say(va, 'open sciatica stretches');
    await everyDayAtSeven(va);
    api.fault = fault;
    const answer = await say(va, 'yes');
    expect(answer.text.startsWith(words)).toBe(true);
    expect(answer.open).toBe(true);
    api.fault = 'none';
    expect(api.reminders(token)).toHaveLength(0);
    expect((await say(va, 'yes')).text).toMatch(/^This short, gentle routine is for a flare up/);
  });
});
