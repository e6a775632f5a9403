import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { stepKey, stepsOf, type Plan } from '../../lambda/domain/routine-state';
import { createProgressRepository } from '../../lambda/storage/create-repository';
import { userKeyOf } from '../../lambda/storage/user-key';
import { content } from '../support/content';
import { intent, launch, newUserId } from '../support/envelopes';
import { createTestHandler, spokenText, testConfig } from '../support/skill';
import { NEW_PROFILE } from '../../lambda/domain/progress';

const WIDE = ['2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z'] as const;

/** The plan of a routine from the real content. */
function planOf(routineId: string): Plan {
  const routine = content.routine(routineId);
  if (!routine) throw new Error(`no routine ${routineId}`);
  return { routineId, stretchIds: [...routine.stretchIds] };
}

/** The first `count` step keys of a routine, as they are finished one "next" at a time. */
function firstSteps(routineId: string, count: number): string[] {
  return stepsOf(planOf(routineId), content).slice(0, count).map(stepKey);
}

/** The run id a response's session attributes carry. */
function runIdOf(response: ResponseEnvelope): string {
  const id = (response.sessionAttributes as { routine?: { run?: { id?: string } } } | undefined)?.routine?.run?.id;
  if (!id) throw new Error('no run in the session attributes');
  return id;
}

describe('two devices of the same user at the same time', () => {
  it('both runs are kept in history with their own finished steps, and the saved run is one of them, whole', async () => {
    const userId = newUserId();
    const speaker = createTestHandler({ SPEECH_RENDERER: 'ssml' });
    const phone = createTestHandler({ SPEECH_RENDERER: 'ssml' });
    const turn = (handler: typeof speaker, previous: ResponseEnvelope, name: string, slots: Record<string, string> = {}) =>
      handler(intent(name, slots, { userId, attributes: previous.sessionAttributes }));

    let [s, p] = await Promise.all([speaker(launch({ userId })), phone(launch({ userId }))]);
    [s, p] = await Promise.all([
      turn(speaker, s, 'StartRoutineIntent', { routine: 'bedtime' }),
      turn(phone, p, 'StartRoutineIntent', { routine: 'seated' }),
    ]);
    const speakerRun = runIdOf(s);
    const phoneRun = runIdOf(p);
    expect(speakerRun).not.toBe(phoneRun);
    // Both get into position, then three sides each; the speaker also lies down between its second and third.
    [s, p] = await Promise.all([turn(speaker, s, 'AMAZON.NextIntent'), turn(phone, p, 'AMAZON.NextIntent')]);
    [s, p] = await Promise.all([turn(speaker, s, 'AMAZON.NextIntent'), turn(phone, p, 'AMAZON.NextIntent')]);
    s = await turn(speaker, s, 'AMAZON.NextIntent');
    [s, p] = await Promise.all([turn(speaker, s, 'AMAZON.NextIntent'), turn(phone, p, 'AMAZON.NextIntent')]);
    const [speakerBye, phoneBye] = await Promise.all([turn(speaker, s, 'AMAZON.StopIntent'), turn(phone, p, 'AMAZON.StopIntent')]);
    expect(speakerBye.response.shouldEndSession).toBe(true);
    expect(phoneBye.response.shouldEndSession).toBe(true);
    // Both turns save their own run's item and update the same profile at the same instant; whether either
    // device also says "I couldn't save your progress just now" is not asserted either way.
    for (const response of [speakerBye, phoneBye]) expect(spokenText(response)).toContain('Goodbye, and take it easy.');

    const speakerDone = firstSteps('bedtime', 3);
    const phoneDone = firstSteps('seated', 3);
    expect(speakerDone).toEqual(['seated-calf-band:right', 'seated-calf-band:left', 'lying-hamstring-band:right']);
    expect(phoneDone).toEqual(['chair-cat-cow:both', 'seated-figure-four:right', 'seated-figure-four:left']);

    const user = userKeyOf(userId);
    const repository = createProgressRepository(testConfig(), () => new Date(), content);
    const records = await repository.records(user, ...WIDE);
    expect(records).toHaveLength(2);
    const speakerRecord = records.find((record) => record.run.id === speakerRun);
    const phoneRecord = records.find((record) => record.run.id === phoneRun);
    expect(speakerRecord).toMatchObject({
      plan: planOf('bedtime'),
      done: speakerDone,
      stretchesDone: 2,
      completed: false,
      endedAt: expect.any(String),
    });
    expect(phoneRecord).toMatchObject({
      plan: planOf('seated'),
      done: phoneDone,
      stretchesDone: 2,
      completed: false,
      endedAt: expect.any(String),
    });

    const active = (await repository.load(user)).active;
    expect(active).not.toBeNull();
    const winner = active?.point.run.id;
    expect([speakerRun, phoneRun]).toContain(winner);
    const routineId = winner === speakerRun ? 'bedtime' : 'seated';
    const plan = planOf(routineId);
    const planKeys = stepsOf(plan, content).map(stepKey);
    expect(active?.point.plan).toEqual(plan);
    for (const key of active?.point.done ?? []) expect(planKeys).toContain(key);
    expect(active?.point.done).toEqual(winner === speakerRun ? speakerDone : phoneDone);
    expect(active?.point.step).toBe(2);

    const { profile } = await repository.load(user);
    expect(profile).toEqual({
      ...NEW_PROFILE,
      disclaimerHeard: true,
      favouriteRoutine: null,
      timesDone: { 'seated-calf-band': 1, 'lying-hamstring-band': 1, 'chair-cat-cow': 1, 'seated-figure-four': 1 },
      // Each device's run became a session, and the log of recent sessions keeps both.
      recentSessions: [speakerRecord, phoneRecord].map((record) => `${record?.run.startedAt}|${record?.run.id}`).sort(),
    });
  });

  it('ten count updates for the same stretch at the same moment add up to ten', async () => {
    const user = userKeyOf(newUserId());
    const repository = createProgressRepository(testConfig(), () => new Date(), content);
    await Promise.all(Array.from({ length: 10 }, () => repository.updateProfile(user, { practised: ['cat-cow'] })));
    expect((await repository.load(user)).profile.timesDone).toEqual({ 'cat-cow': 10 });
  });

  it('ten devices each ending a session at the same moment lose no count of any stretch', async () => {
    const user = userKeyOf(newUserId());
    const repository = createProgressRepository(testConfig(), () => new Date(), content);
    const stretches = ['cat-cow', 'pigeon', 'seated-twist'];
    await Promise.all(Array.from({ length: 10 }, (_, i) => repository.updateProfile(user, { practised: stretches.slice(0, (i % 3) + 1) })));
    // i % 3 = 0, 1, 2 occur 4, 3 and 3 times: cat-cow every time, pigeon 6 times, seated-twist 3 times.
    expect((await repository.load(user)).profile.timesDone).toEqual({ 'cat-cow': 10, pigeon: 6, 'seated-twist': 3 });
  });
});
