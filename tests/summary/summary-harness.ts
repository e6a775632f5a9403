import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import type { SkillHandler } from '../../lambda/alexa/skill';
import { secondsHeld, stretchesIn, type RunRecord } from '../../lambda/domain/progress';
import { createProgressRepository } from '../../lambda/storage/create-repository';
import { SORT_KEYS } from '../../lambda/storage/stored-items';
import { userKeyOf } from '../../lambda/storage/user-key';
import { rawTable } from '../dynamo/raw-table';
import { content } from '../support/content';
import { freePort } from '../support/dynamodb-local';
import { intent, launch, sessionEnded, type EnvelopeOptions } from '../support/envelopes';
import { MOVING } from '../support/positions';
import { spokenText, TEST_TABLE, testConfig } from '../support/skill';

// The Settings API stub lives with the fake Reminders API in tests/support/alexa-api.ts; the summary tests still import it from here.
export { startSettingsApi, type SettingsApi } from '../support/alexa-api';

/** Every side of the quick relief routine, in the order they are done. */
export const QUICK_RELIEF_STEPS = [
  'seated-figure-four:right',
  'seated-figure-four:left',
  'cat-cow:both',
  'lying-figure-four:right',
  'lying-figure-four:left',
];

/** An endpoint on loopback where nothing listens (a port the OS just handed out and took back): an unreachable Settings API. */
export async function unreachableEndpoint(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}

/** One answer as the user gets it: words, reprompt words, whether the session stays open, and the card. */
export interface Reply {
  readonly text: string;
  readonly reprompt: string | null;
  readonly open: boolean;
  readonly card: ui.Card | undefined;
  readonly response: ResponseEnvelope;
}

/** The text of a reply's Simple card, or null when it has none (or another kind). */
export function cardText(reply: Reply): string | null {
  return reply.card?.type === 'Simple' ? (reply.card.content ?? null) : null;
}

/** Where the skill may reach the Settings API from this device; without it the envelope has no API token. */
export interface DeviceApi {
  readonly endpoint: string;
  readonly deviceId: string;
}

/**
 * One user on one device, talking to the real handler: envelopes come from
 * tests/support/envelopes.ts, with context.System pointed at a Settings API
 * stub when `api` is given, and session attributes carried while the
 * session stays open, as Alexa does.
 */
export class Speaker {
  private attributes: Record<string, unknown> | undefined;

  constructor(
    private readonly handler: SkillHandler,
    readonly userId: string = `amzn1.ask.account.TEST-${randomUUID()}`,
    public api: DeviceApi | null = null,
  ) {}

  /** "Alexa, open sciatica stretches": a new session. */
  launch(): Promise<Reply> {
    this.attributes = undefined;
    return this.send((options) => launch(options));
  }

  /** An intent in the current session (a new one when none is open); `slots` map slot names to heard values. */
  say(intentName: string, slots: Record<string, string> = {}): Promise<Reply> {
    return this.send((options) => intent(intentName, slots, options));
  }

  /** A one-shot request: the intent opens a new session. */
  oneShot(intentName: string, slots: Record<string, string> = {}): Promise<Reply> {
    this.attributes = undefined;
    return this.say(intentName, slots);
  }

  /** "next". */
  next(): Promise<Reply> {
    return this.say('AMAZON.NextIntent');
  }

  /** "next" to the next side: when Alexa first asks the user to move into a new position, "next" again once there. */
  async nextSide(): Promise<Reply> {
    return this.inPosition(await this.next());
  }

  /** When a reply asks the user to get into a new position, "next" once there, so what comes back is the side itself. */
  async inPosition(reply: Reply): Promise<Reply> {
    return reply.open && MOVING.test(reply.text) ? this.next() : reply;
  }

  /** Alexa closes the session (the user stayed silent after the reprompt). */
  async timeout(): Promise<Reply> {
    const reply = await this.send((options) => sessionEnded(options));
    this.attributes = undefined;
    return reply;
  }

  private async send(build: (options: EnvelopeOptions) => RequestEnvelope): Promise<Reply> {
    const base = build({ userId: this.userId, ...(this.attributes ? { attributes: this.attributes } : {}) });
    const system = base.context.System;
    const envelope: RequestEnvelope = this.api
      ? {
          ...base,
          context: {
            ...base.context,
            System: {
              ...system,
              apiEndpoint: this.api.endpoint,
              apiAccessToken: 'test-token',
              device: { ...system.device, deviceId: this.api.deviceId, supportedInterfaces: {} },
            },
          },
        }
      : base;
    const response = await this.handler(envelope);
    const open = response.response.shouldEndSession === false;
    this.attributes = open ? response.sessionAttributes : undefined;
    const reprompt = response.response.reprompt?.outputSpeech;
    const repromptText =
      reprompt?.type === 'SSML'
        ? reprompt.ssml
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
        : null;
    return { text: spokenText(response), reprompt: repromptText, open, card: response.response.card, response };
  }
}

/**
 * The UTC instant of a local wall-clock time in `timeZone`, as toISOString()
 * text. Two rounds of offset correction are exact away from the hour a
 * daylight-saving change skips.
 */
export function zonedIso(date: string, hour: number, timeZone: string, minute = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour, minute);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  let guess = wall;
  for (let round = 0; round < 2; round += 1) {
    const parts = Object.fromEntries(format.formatToParts(new Date(guess)).map((p) => [p.type, Number(p.value)]));
    const seen = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
    guess += wall - seen;
  }
  return new Date(guess).toISOString();
}

/** A run record of quick relief that started at `startedAt` and did `done` (by default every side), with no pain scores. */
export function runRecord(startedAt: string, done: readonly string[] = QUICK_RELIEF_STEPS): RunRecord {
  return {
    run: { id: randomUUID(), startedAt },
    plan: { routineId: 'quick-relief', stretchIds: ['seated-figure-four', 'lying-figure-four', 'cat-cow'] },
    done: [...done],
    stretchesDone: stretchesIn(done).length,
    secondsHeld: secondsHeld(done, content),
    completed: done.length === QUICK_RELIEF_STEPS.length,
    endedAt: new Date(new Date(startedAt).getTime() + 7 * 60_000).toISOString(),
    pain: { before: null, after: null },
  };
}

/**
 * Puts a user's history straight into DynamoDB Local through the real
 * repository, and marks the disclaimer as heard so the summary is spoken
 * without it (a first-time user hears the disclaimer first).
 */
export async function seedHistory(alexaUserId: string, records: readonly RunRecord[]): Promise<void> {
  const repository = createProgressRepository(testConfig(), () => new Date(), content);
  const user = userKeyOf(alexaUserId);
  await repository.updateProfile(user, { disclaimerHeard: true });
  for (const record of records) await repository.saveRun(user, { record, point: null }, null, 1);
}

/**
 * Writes a cached time zone straight into the user's PROFILE item. The
 * repository cannot do it: its `SET timeZone = :zone` uses a DynamoDB
 * reserved word and fails with a ValidationException (see the report).
 */
export async function cacheTimeZone(alexaUserId: string, timeZone: string): Promise<void> {
  const client = await rawTable();
  await client.send(
    new UpdateCommand({
      TableName: TEST_TABLE,
      Key: { pk: userKeyOf(alexaUserId), sk: SORT_KEYS.profile },
      UpdateExpression: 'SET #zone = :zone',
      ExpressionAttributeNames: { '#zone': 'timeZone' },
      ExpressionAttributeValues: { ':zone': timeZone },
    }),
  );
}
