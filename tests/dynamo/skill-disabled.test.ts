import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { REMINDERS_SCOPE, remindersFor } from '../../lambda/alexa/reminders';
import { createProgressRepository } from '../../lambda/storage/create-repository';
import { userKeyOf } from '../../lambda/storage/user-key';
import { intent, launch, newUserId, SKILL_ID } from '../support/envelopes';
import { createTestHandler, logged, spokenText, TEST_TABLE, testConfig } from '../support/skill';
import { itemsOf, rawTable } from './raw-table';
import { content } from '../support/content';
import { sdkHandlerInput, startAlexaApi, withApiAccess } from '../support/alexa-api';

type Persistence = 'PERSISTED' | 'NOT_PERSISTED';

/** The event Alexa sends when a user disables the skill: out of session, with the persistence status in `body`. */
function skillDisabled(userId: string, status: Persistence): RequestEnvelope {
  const now = new Date().toISOString();
  return {
    version: '1.0',
    context: { System: { application: { applicationId: SKILL_ID }, user: { userId }, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: {
      type: 'AlexaSkillEvent.SkillDisabled',
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: now,
      eventCreationTime: now,
      eventPublishingTime: now,
      body: { userInformationPersistenceStatus: status },
    },
  } as unknown as RequestEnvelope;
}

const handler = createTestHandler({ SPEECH_RENDERER: 'ssml', SKILL_ID });
let raw: DynamoDBDocumentClient;

beforeAll(async () => {
  raw = await rawTable();
});

/** A user who launched, started the bedtime routine and said next: a profile pointing at the run, and the run's item, exist. */
async function partWayThrough(userId: string): Promise<ResponseEnvelope> {
  const launched = await handler(launch({ userId }));
  const started = await handler(intent('StartRoutineIntent', { routine: 'bedtime' }, { userId, attributes: launched.sessionAttributes }));
  const next = await handler(intent('AMAZON.NextIntent', {}, { userId, attributes: started.sessionAttributes }));
  expect(spokenText(next)).not.toMatch(/couldn't save|can't reach/);
  return next;
}

/** The kinds of item stored for a user (SESSION# keys shortened). */
async function kindsOf(userId: string): Promise<string[]> {
  return (await itemsOf(raw, userKeyOf(userId))).map((item) => String(item.sk).replace(/^SESSION#.*/, 'SESSION#'));
}

describe('the user disables the skill', () => {
  it("NOT_PERSISTED deletes every item of that user, and none of another user's", async () => {
    const leaving = newUserId();
    const staying = newUserId();
    await partWayThrough(leaving);
    await partWayThrough(staying);
    // An ACTIVE item as the previous version wrote them: still the user's data until its TTL, so it goes too.
    await raw.send(new PutCommand({ TableName: TEST_TABLE, Item: { pk: userKeyOf(leaving), sk: 'ACTIVE', version: 1 } }));
    expect(await kindsOf(leaving)).toEqual(['ACTIVE', 'PROFILE', 'SESSION#']);
    const stayingBefore = await itemsOf(raw, userKeyOf(staying));
    expect(stayingBefore).toHaveLength(2);

    const response = await handler(skillDisabled(leaving, 'NOT_PERSISTED'));

    expect(response.response).toEqual({});
    expect(response.response.outputSpeech).toBeUndefined();
    expect(await itemsOf(raw, userKeyOf(leaving))).toEqual([]);
    expect(await itemsOf(raw, userKeyOf(staying))).toEqual(stayingBefore);
    expect(logged).toContainEqual({ event: 'user-data-deleted' });

    const back = await handler(launch({ userId: leaving }));
    expect(spokenText(back)).toContain('Welcome to Sciatica Stretches.');
    expect(spokenText(back)).not.toContain('You were on the');
  });

  it('PERSISTED deletes nothing', async () => {
    const userId = newUserId();
    await partWayThrough(userId);
    const before = await itemsOf(raw, userKeyOf(userId));
    expect(before).toHaveLength(2);

    const response = await handler(skillDisabled(userId, 'PERSISTED'));

    expect(response.response).toEqual({});
    expect(await itemsOf(raw, userKeyOf(userId))).toEqual(before);
  });

  it('a failed delete makes the handler reject, so Alexa sends the event again, and nothing is lost meanwhile', async () => {
    const userId = newUserId();
    await partWayThrough(userId);
    const before = await itemsOf(raw, userKeyOf(userId));
    const realRepo = createProgressRepository(testConfig(), () => new Date(), content);
    const broken = createTestHandler(
      { SPEECH_RENDERER: 'ssml', SKILL_ID },
      { repository: { ...realRepo, deleteUser: () => Promise.reject(new Error('down')) } },
    );

    await expect(broken(skillDisabled(userId, 'NOT_PERSISTED'))).rejects.toThrow('down');
    expect(await itemsOf(raw, userKeyOf(userId))).toEqual(before);

    await handler(skillDisabled(userId, 'NOT_PERSISTED'));
    expect(await itemsOf(raw, userKeyOf(userId))).toEqual([]);
  });
});

describe('"delete my history" by voice', () => {
  it('asks first, and on yes deletes every item of the user', async () => {
    const userId = newUserId();
    const other = newUserId();
    await partWayThrough(userId);
    await partWayThrough(other);
    const otherBefore = await itemsOf(raw, userKeyOf(other));

    const asked = await handler(intent('DeleteHistoryIntent', {}, { userId }));
    expect(spokenText(asked)).toContain('Are you sure you want to delete everything?');
    expect(asked.response.shouldEndSession).toBe(false);
    expect(await kindsOf(userId)).toEqual(['PROFILE', 'SESSION#']);

    const done = await handler(intent('AMAZON.YesIntent', {}, { userId, attributes: asked.sessionAttributes }));
    expect(spokenText(done)).toBe('Done. Your history and settings are deleted. Goodbye.');
    expect(done.response.shouldEndSession).toBe(true);
    expect(await itemsOf(raw, userKeyOf(userId))).toEqual([]);
    expect(await itemsOf(raw, userKeyOf(other))).toEqual(otherBefore);
  });

  it('mid-routine, yes deletes the run in progress too, and the next launch offers nothing to resume', async () => {
    const userId = newUserId();
    const next = await partWayThrough(userId);
    const asked = await handler(intent('DeleteHistoryIntent', {}, { userId, attributes: next.sessionAttributes }));
    expect(spokenText(asked)).toContain('Are you sure you want to delete everything?');
    const done = await handler(intent('AMAZON.YesIntent', {}, { userId, attributes: asked.sessionAttributes }));
    expect(spokenText(done)).toBe('Done. Your history and settings are deleted. Goodbye.');
    expect(await itemsOf(raw, userKeyOf(userId))).toEqual([]);

    const back = await handler(launch({ userId }));
    expect(spokenText(back)).not.toContain('You were on the');
  });

  it('on no keeps everything', async () => {
    const userId = newUserId();
    await partWayThrough(userId);
    const before = await itemsOf(raw, userKeyOf(userId));

    const asked = await handler(intent('DeleteHistoryIntent', {}, { userId }));
    const kept = await handler(intent('AMAZON.NoIntent', {}, { userId, attributes: asked.sessionAttributes }));
    expect(spokenText(kept)).toContain("Okay, I've kept everything.");
    expect(kept.response.shouldEndSession).toBe(false);
    expect(await itemsOf(raw, userKeyOf(userId))).toEqual(before);
  });
});

describe('disabling the skill cancels its reminders, where the event gives API access', () => {
  it('every reminder of the skill is deleted through the Reminders API; a failing API does not stop the data deletion', async () => {
    const api = await startAlexaApi();
    try {
      const userId = newUserId();
      const token = `token-${randomUUID()}`;
      const access = { endpoint: api.endpoint, token, grantedScopes: [REMINDERS_SCOPE] };
      const input = await sdkHandlerInput(withApiAccess(launch({ userId }), access));
      const client = remindersFor(input, () => undefined);
      await client?.create({ time: '19:00', days: ['MO'] }, 'Europe/London', new Date().toISOString(), 'Time to stretch.', 'en-US');
      expect(api.reminders(token)).toHaveLength(1);
      await handler(withApiAccess(skillDisabled(userId, 'NOT_PERSISTED'), access));
      expect(api.reminders(token)).toHaveLength(0);

      await partWayThrough(userId);
      api.fault = 'error';
      await handler(withApiAccess(skillDisabled(userId, 'NOT_PERSISTED'), access));
      expect(await kindsOf(userId)).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
