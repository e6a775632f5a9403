import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REMINDERS_SCOPE, remindersFor, remindersGranted, type RemindersClient } from '../../lambda/alexa/reminders';
import { EVERY_DAY, WEEKDAYS_ONLY, type ReminderSchedule } from '../../lambda/domain/reminder-schedule';
import type { LogEvent } from '../../lambda/log';
import { sdkHandlerInput, startAlexaApi, withApiAccess, type AlexaApi, type ReminderFault } from '../support/alexa-api';
import { intent, launch } from '../support/envelopes';

let api: AlexaApi;
let logged: LogEvent[];
let token: string;

beforeAll(async () => {
  api = await startAlexaApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.fault = 'none';
  api.rawAnswer = null;
  api.reminderRequests.length = 0;
  logged = [];
  token = `token-${Math.random().toString(36).slice(2)}`;
});

/** The client a handler gets for a request from a device whose API is at `endpoint` (the fake), with the user's token. */
async function client(budgetMs?: number, endpoint = api.endpoint): Promise<RemindersClient> {
  const input = await sdkHandlerInput(withApiAccess(intent('SetReminderIntent'), { endpoint, token }));
  const reminders = remindersFor(input, (event) => logged.push(event), budgetMs);
  if (!reminders) throw new Error('Expected a client');
  return reminders;
}

const EVENINGS: ReminderSchedule = { time: '19:00', days: [...EVERY_DAY] };
const NOW = '2026-11-21T10:00:00.000Z'; // Saturday
const TEXT = 'Time for your sciatica stretches.';

describe('a client only where the request can reach the API', () => {
  it('none without an API access token', async () => {
    const input = await sdkHandlerInput(launch());
    expect(input.serviceClientFactory).toBeDefined();
    expect(remindersFor(input, () => undefined)).toBeNull();
  });

  it('none without a service client factory (a skill built without an API client)', async () => {
    const input = await sdkHandlerInput(withApiAccess(launch(), { endpoint: api.endpoint, token }));
    expect(remindersFor({ ...input, serviceClientFactory: undefined }, () => undefined)).toBeNull();
  });
});

describe('create, list, remove against the fake Reminders API', () => {
  it('creates a daily reminder: the body carries the first trigger, the zone, the rule, the words and a push notification', async () => {
    const created = await (await client()).create(EVENINGS, 'Europe/London', NOW, TEXT, 'en-GB');
    expect(created.ok).toBe(true);
    const [stored] = api.reminders(token);
    expect(created).toEqual({ ok: true, value: { alertToken: stored?.alertToken } });
    expect(api.reminderRequests).toEqual([
      {
        method: 'POST',
        path: '/v1/alerts/reminders',
        authorization: `Bearer ${token}`,
        body: {
          requestTime: NOW,
          trigger: {
            type: 'SCHEDULED_ABSOLUTE',
            scheduledTime: '2026-11-21T19:00:00.000',
            timeZoneId: 'Europe/London',
            recurrence: { startDateTime: '2026-11-21T19:00:00.000', recurrenceRules: ['FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0'] },
          },
          alertInfo: { spokenInfo: { content: [{ locale: 'en-GB', text: TEXT }] } },
          pushNotification: { status: 'ENABLED' },
        },
      },
    ]);
    expect(logged).toEqual([]);
  });

  it('creates a weekday reminder that first goes off on Monday', async () => {
    await (await client()).create({ time: '08:30', days: [...WEEKDAYS_ONLY] }, 'America/New_York', NOW, TEXT, 'en-US');
    expect(api.reminderRequests.at(-1)?.body).toMatchObject({
      trigger: {
        scheduledTime: '2026-11-23T08:30:00.000',
        timeZoneId: 'America/New_York',
        recurrence: {
          startDateTime: '2026-11-23T08:30:00.000',
          recurrenceRules: ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=30;BYSECOND=0'],
        },
      },
    });
  });

  it("lists this user's reminders with their schedules, and none of another user's", async () => {
    const reminders = await client();
    const evening = await reminders.create(EVENINGS, 'Europe/London', NOW, TEXT, 'en-GB');
    const weekdays = await reminders.create({ time: '07:05', days: ['FR', 'MO'] }, 'Europe/London', NOW, TEXT, 'en-GB');
    const mine = token;
    token = 'someone-else';
    await (await client()).create(EVENINGS, 'Europe/London', NOW, TEXT, 'en-GB');
    token = mine;
    const listed = await reminders.list();
    expect(listed).toEqual({
      ok: true,
      value: [
        { alertToken: evening.ok && evening.value.alertToken, status: 'ON', schedule: EVENINGS },
        { alertToken: weekdays.ok && weekdays.value.alertToken, status: 'ON', schedule: { time: '07:05', days: ['MO', 'FR'] } },
      ],
    });
    expect(api.reminderRequests.at(-1)).toEqual({
      method: 'GET',
      path: '/v1/alerts/reminders',
      authorization: `Bearer ${mine}`,
      body: undefined,
    });
  });

  it('an empty list when the user has none', async () => {
    expect(await (await client()).list()).toEqual({ ok: true, value: [] });
  });

  it('removes one reminder and leaves the other', async () => {
    const reminders = await client();
    const first = await reminders.create(EVENINGS, 'Europe/London', NOW, TEXT, 'en-GB');
    const second = await reminders.create(EVENINGS, 'Europe/London', NOW, TEXT, 'en-GB');
    if (!first.ok || !second.ok) throw new Error('Expected two reminders');
    expect(await reminders.remove(first.value.alertToken)).toEqual({ ok: true, value: null });
    expect(api.reminderRequests.at(-1)).toMatchObject({ method: 'DELETE', path: `/v1/alerts/reminders/${first.value.alertToken}` });
    expect(api.reminders(token).map((reminder) => reminder.alertToken)).toEqual([second.value.alertToken]);
  });

  it('removing a reminder that is already gone is a failure, logged by status', async () => {
    expect(await (await client()).remove('no-such-reminder')).toEqual({ ok: false, failure: 'failed' });
    expect(logged).toEqual([{ event: 'reminders-failed', name: '404' }]);
  });

  it('a schedule the skill did not write lists as null', async () => {
    api.rawAnswer = {
      status: 200,
      body: JSON.stringify({
        totalCount: '2',
        alerts: [
          { alertToken: 'a', status: 'ON', trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: 600 } },
          {
            alertToken: 'b',
            status: 'COMPLETED',
            trigger: { type: 'SCHEDULED_ABSOLUTE', recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0;COUNT=3'] } },
          },
        ],
      }),
    };
    expect(await (await client()).list()).toEqual({
      ok: true,
      value: [
        { alertToken: 'a', status: 'ON', schedule: null },
        { alertToken: 'b', status: 'COMPLETED', schedule: null },
      ],
    });
  });

  it('a reminder listed back in the older form (freq, byDay, the time in scheduledTime) keeps its schedule', async () => {
    const older = (freq: string, byDay: string[] | null, scheduledTime: string) => ({
      alertToken: freq,
      status: 'ON',
      trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime, recurrence: { freq, byDay, startDateTime: '', recurrenceRules: [] } },
    });
    api.rawAnswer = {
      status: 200,
      body: JSON.stringify({
        alerts: [older('DAILY', null, '2026-11-21T19:00:00.000'), older('WEEKLY', ['SA', 'SU'], '2026-11-21T09:30:00.000')],
      }),
    };
    expect(await (await client()).list()).toEqual({
      ok: true,
      value: [
        { alertToken: 'DAILY', status: 'ON', schedule: EVENINGS },
        { alertToken: 'WEEKLY', status: 'ON', schedule: { time: '09:30', days: ['SA', 'SU'] } },
      ],
    });
  });
});

describe('every fault, for every call', () => {
  const calls: readonly [string, (reminders: RemindersClient) => Promise<unknown>][] = [
    ['create', (reminders) => reminders.create(EVENINGS, 'Europe/London', NOW, TEXT, 'en-GB')],
    ['list', (reminders) => reminders.list()],
    ['remove', (reminders) => reminders.remove('some-reminder')],
  ];
  const faults: readonly [Exclude<ReminderFault, 'none' | 'hang'>, string, string][] = [
    ['unauthorized', 'permission', '401'],
    ['forbidden', 'permission', '403'],
    ['unsupported', 'unsupported', '400'],
    ['error', 'failed', '500'],
  ];

  it.each(calls.flatMap(([name, call]) => faults.map(([fault, failure, status]) => [name, fault, failure, status, call] as const)))(
    '%s when the API answers %s: %s, logged as %s',
    async (_, fault, failure, status, call) => {
      api.fault = fault;
      expect(await call(await client())).toEqual({ ok: false, failure });
      expect(logged).toEqual([{ event: 'reminders-failed', name: status }]);
    },
  );

  it.each(calls)('%s when the API never answers: failed within the budget', async (_, call) => {
    api.fault = 'hang';
    const reminders = await client(300);
    const started = performance.now();
    expect(await call(reminders)).toEqual({ ok: false, failure: 'failed' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(logged).toEqual([{ event: 'reminders-failed', name: 'Error' }]);
  });

  it.each(calls)('%s when nothing listens at the endpoint: failed', async (_, call) => {
    const closed = await startAlexaApi();
    await closed.close();
    expect(await call(await client(undefined, closed.endpoint))).toEqual({ ok: false, failure: 'failed' });
    // The SDK names its network error "AskSdk.DefaultApiClient Error", which is not a plain class name: the log says unknown.
    expect(logged).toEqual([{ event: 'reminders-failed', name: 'unknown' }]);
  });

  it('a 400 with another code is failed, not unsupported', async () => {
    api.rawAnswer = { status: 400, body: JSON.stringify({ code: 'INVALID_TRIGGER_SCHEDULED_TIME_FORMAT', message: 'bad' }) };
    expect(await (await client()).list()).toEqual({ ok: false, failure: 'failed' });
    expect(logged).toEqual([{ event: 'reminders-failed', name: '400' }]);
  });

  it('a 404 naming an unsupported device is unsupported', async () => {
    api.rawAnswer = { status: 404, body: JSON.stringify({ code: 'DEVICE_NOT_SUPPORTED' }) };
    expect(await (await client()).list()).toEqual({ ok: false, failure: 'unsupported' });
  });

  it('the fake, like Alexa, refuses a request without a bearer token', async () => {
    const refused = await fetch(`${api.endpoint}/v1/alerts/reminders`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('malformed answers are failures, never thrown', () => {
  it.each([
    ['create', 'no alert token', JSON.stringify({ status: 'ON' })],
    ['create', 'an empty alert token', JSON.stringify({ alertToken: '' })],
    ['create', 'a number for a token', JSON.stringify({ alertToken: 42 })],
    ['create', 'no body at all', ''],
    ['list', 'alerts that are not a list', JSON.stringify({ alerts: 'none' })],
    ['list', 'an alert without a token', JSON.stringify({ alerts: [{ status: 'ON' }] })],
    ['list', 'an alert without a status', JSON.stringify({ alerts: [{ alertToken: 'a' }] })],
    [
      'list',
      'rules that are not strings',
      JSON.stringify({ alerts: [{ alertToken: 'a', status: 'ON', trigger: { recurrence: { recurrenceRules: [1] } } }] }),
    ],
    ['list', 'a list that is a string', JSON.stringify('alerts')],
  ])('%s answered with %s: failed, logged as MalformedResponse', async (call, _, body) => {
    api.rawAnswer = { status: 200, body };
    const reminders = await client();
    const result = call === 'create' ? await reminders.create(EVENINGS, 'Europe/London', NOW, TEXT, 'en-GB') : await reminders.list();
    expect(result).toEqual({ ok: false, failure: 'failed' });
    expect(logged).toEqual([{ event: 'reminders-failed', name: 'MalformedResponse' }]);
  });

  it('a body that is not JSON: failed, logged by the SDK error class', async () => {
    api.rawAnswer = { status: 200, body: '{"alerts": [' };
    expect(await (await client()).list()).toEqual({ ok: false, failure: 'failed' });
    expect(logged).toEqual([{ event: 'reminders-failed', name: 'SyntaxError' }]);
  });

  it('a time zone the runtime does not know: failed before any request', async () => {
    expect(await (await client()).create(EVENINGS, 'Mars/Olympus_Mons', NOW, TEXT, 'en-GB')).toEqual({ ok: false, failure: 'failed' });
    expect(api.reminderRequests).toEqual([]);
    expect(logged).toEqual([{ event: 'reminders-failed', name: 'RangeError' }]);
  });

  it('logs never carry the reminder text, the token or the alert token', async () => {
    api.fault = 'forbidden';
    const reminders = await client();
    await reminders.create(EVENINGS, 'Europe/London', NOW, TEXT, 'en-GB');
    await reminders.remove('alert-token-1');
    const text = JSON.stringify(logged);
    for (const secret of [TEXT, token, 'alert-token-1']) expect(text).not.toContain(secret);
  });
});

describe('whether the user granted the reminders permission', () => {
  it.each([
    ['granted', [REMINDERS_SCOPE], true],
    ['only another scope', ['alexa::devices:all:geolocation:read'], false],
    ['no scopes', [], false],
  ] as const)('%s: %s', (_, scopes, granted) => {
    expect(remindersGranted(withApiAccess(launch(), { endpoint: api.endpoint, token, grantedScopes: scopes }))).toBe(granted);
  });

  it('denied, or no permissions at all, is not granted', () => {
    const denied = withApiAccess(launch(), { endpoint: api.endpoint, token });
    denied.context.System.user.permissions = { scopes: { [REMINDERS_SCOPE]: { status: 'DENIED' } } };
    expect(remindersGranted(denied)).toBe(false);
    expect(remindersGranted(launch())).toBe(false);
  });
});
