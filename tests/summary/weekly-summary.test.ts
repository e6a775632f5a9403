import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate, mondayOf } from '../../lambda/domain/local-time';
import { prepareSummary } from '../../lambda/conversation/weekly-report';
import { GOALS } from '../../lambda/domain/plan-builder';
import { secondsHeld, type RunRecord } from '../../lambda/domain/progress';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import { IDLE } from '../../lambda/domain/routine-state';
import { EN } from '../../lambda/speech/catalogues/en';
import { createComposer } from '../../lambda/speech/compose';
import { numberWords } from '../../lambda/speech/spoken-numbers';
import { plainText } from '../../lambda/speech/timeline';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import { userKeyOf } from '../../lambda/storage/user-key';
import { content } from '../support/content';
import { engineContext } from '../support/engine-context';
import { createTestHandler, logged } from '../support/skill';
import { BEDTIME_STEPS, countedRepository, probe, realRepository, throttling } from '../persistence/harness';
import {
  cacheTimeZone,
  cardText,
  QUICK_RELIEF_STEPS,
  runRecord,
  seedHistory,
  Speaker,
  startSettingsApi,
  unreachableEndpoint,
  zonedIso,
  type SettingsApi,
} from './summary-harness';

const AKL = 'Pacific/Auckland';
/** Monday two weeks before the real current week in Auckland, so every date below is a known weekday of the recent past. */
const MONDAY = addDays(mondayOf(localDate(new Date().toISOString(), AKL)), -14);
/** The instant of `hour`:00 in Auckland, `days` after MONDAY. */
const akl = (days: number, hour: number): string => zonedIso(addDays(MONDAY, days), hour, AKL);
/** Quick relief (5 minutes, 3 stretches) at 08:00 Auckland on Monday, Tuesday and Wednesday of MONDAY's week. */
const threeMornings = () => [0, 1, 2].map((day) => runRecord(akl(day, 8)));

const TRACK_PAIN = 'To track your pain too, say turn on pain check-ins.';
const IN_AIM = "That's right in the three to five times a week usually suggested for prevention.";
const MOST_SEATED = 'The stretch you did most was the seated figure four.';
const NOTHING_YET =
  "You haven't stretched yet this week. Even one short routine today is a good start. Say quick relief whenever you are ready.";

let api: SettingsApi;
beforeAll(async () => {
  api = await startSettingsApi();
});
afterAll(() => api.close());

/**
 * A user on a handler whose clock stands at `nowIso`, on a device whose
 * Settings API answers `zone` (a zone name, or an HTTP status to fail with).
 */
function speakerAt(nowIso: string, zone: string | number): Speaker {
  const deviceId = `amzn1.ask.device.${randomUUID()}`;
  api.answers.set(deviceId, zone);
  const handler = createTestHandler({}, { clock: () => new Date(nowIso) });
  return new Speaker(handler, undefined, { endpoint: api.endpoint, deviceId });
}

/** A user in Auckland with `records`, the zone already cached, on a device whose Settings API answers `zone`. */
async function aucklandUser(nowIso: string, records: RunRecord[], zone: string | number = AKL): Promise<Speaker> {
  const speaker = speakerAt(nowIso, zone);
  await seedHistory(speaker.userId, records);
  await cacheTimeZone(speaker.userId, AKL);
  return speaker;
}

describe('the weekly summary, through the real handler and DynamoDB Local', () => {
  it('two routines done for real, then "how did I do this week": twice on one day, minutes and stretches, and a card', async () => {
    const speaker = new Speaker(createTestHandler());
    await speaker.launch();
    expect((await speaker.inPosition(await speaker.say('AMAZON.YesIntent'))).open).toBe(true);
    for (let side = 2; side <= 5; side += 1) expect((await speaker.nextSide()).open).toBe(true);
    const end = await speaker.nextSide();
    expect(end.text).toContain("That's the end of the quick relief routine. Well done: you did three stretches.");
    expect(end.open).toBe(false);

    expect((await speaker.inPosition(await speaker.oneShot('StartRoutineIntent', { routine: 'bedtime' }))).open).toBe(true);
    for (let side = 2; side <= 4; side += 1) await speaker.nextSide();
    expect((await speaker.say('AMAZON.StopIntent')).text).toBe('Good work today: you did two stretches. Goodbye, and take it easy.');

    const summary = await speaker.oneShot('WeeklySummaryIntent');
    const minutes = Math.round((secondsHeld(QUICK_RELIEF_STEPS, content) + secondsHeld(BEDTIME_STEPS.slice(0, 4), content)) / 60);
    expect(minutes).toBe(9);
    expect(summary.text).toBe(
      `This week you stretched twice, on one day: ${numberWords(minutes)} minutes of stretching, and five stretches in all. ${MOST_SEATED} ` +
        "Last week you had none, so that's a step up. For prevention, three to five times a week is a good aim: one more session would get you there. " +
        TRACK_PAIN,
    );
    expect(summary.open).toBe(false);
    const monday = mondayOf(localDate(new Date().toISOString(), 'UTC'));
    expect(summary.card).toEqual({
      type: 'Simple',
      title: 'Your week so far',
      content: [
        `${monday} to ${addDays(monday, 6)} (UTC)`,
        '',
        'Sessions: 2 on 1 day',
        `Minutes of stretching: ${minutes}`,
        'Stretches done: 5',
        'Current streak: 1 day',
        'Done most: Seated figure four',
        'The week before: 0 sessions, 0 minutes',
        '',
        "Aim: 3 to 5 sessions a week. More isn't better.",
        'Not a substitute for professional medical advice.',
      ].join('\n'),
    });
  });

  const AUCKLAND_WEEK =
    'This week you stretched three times, on three days: fifteen minutes of stretching, and nine stretches in all. ' +
    `You're on a three day streak. ${MOST_SEATED} Last week you had none, so that's a step up. ${IN_AIM} ${TRACK_PAIN}`;

  it('three mornings in a row in Auckland, asked on the third evening: three days and a streak, in the Settings API zone', async () => {
    const speaker = speakerAt(akl(2, 20), AKL);
    await seedHistory(speaker.userId, threeMornings());
    const summary = await speaker.oneShot('WeeklySummaryIntent');
    expect(summary.text).toBe(AUCKLAND_WEEK);
    expect(summary.open).toBe(false);
    expect((await realRepository().load(userKeyOf(speaker.userId))).profile.timeZone).toBe(AKL);
    expect(cardText(summary)).toMatch(new RegExp(`^${MONDAY} to ${addDays(MONDAY, 6)} \\(Pacific/Auckland\\)\n\nSessions: 3 on 3 days\n`));
    expect(api.requests.at(-1)).toEqual({
      path: `/v2/devices/${encodeURIComponent(speaker.api?.deviceId ?? '')}/settings/System.timeZone`,
      authorization: 'Bearer test-token',
    });
  });

  it.each([
    ['answers 500', 500],
    ['cannot be reached', 'unreachable'],
  ] as const)('the same mornings when the Settings API %s and no zone is cached: counted in UTC, no apology', async (_, failure) => {
    const speaker = speakerAt(akl(2, 20), 500);
    if (failure === 'unreachable' && speaker.api) speaker.api = { ...speaker.api, endpoint: await unreachableEndpoint() };
    await seedHistory(speaker.userId, threeMornings());
    const summary = await speaker.oneShot('WeeklySummaryIntent');
    // 08:00 in Auckland is the evening before in UTC: Monday's session falls on Sunday of the week before.
    expect(summary.text).toBe(
      "This week you stretched twice, on two days: ten minutes of stretching, and six stretches in all. You're on a three day streak. " +
        `${MOST_SEATED} That's one more than last week. For prevention, three to five times a week is a good aim: one more session would get you there. ${TRACK_PAIN}`,
    );
    expect(summary.open).toBe(false);
    expect(cardText(summary)?.split('\n')[0]).toBe(`${MONDAY} to ${addDays(MONDAY, 6)} (UTC)`);
    expect((await realRepository().load(userKeyOf(speaker.userId))).profile.timeZone).toBeNull();
  });

  it('a zone cached in the profile is used when the Settings API fails, and nothing is written', async () => {
    const speaker = await aucklandUser(akl(2, 20), threeMornings(), 500);
    const before = api.requests.length;
    const summary = await speaker.oneShot('WeeklySummaryIntent');
    expect(api.requests.length).toBe(before + 1);
    expect(summary.text).toBe(AUCKLAND_WEEK);
    expect(summary.open).toBe(false);
    expect((await realRepository().load(userKeyOf(speaker.userId))).profile.timeZone).toBe(AKL);
  });

  it('"how about last week": last week\'s numbers, compared with the week before, on a "Your last week" card', async () => {
    const speaker = await aucklandUser(akl(9, 20), threeMornings());
    const last = await speaker.oneShot('WeeklySummaryIntent', { week: 'last week' });
    expect(last.text).toBe(
      'Last week you stretched three times, on three days: fifteen minutes of stretching, and nine stretches in all. ' +
        `${MOST_SEATED} The week before you had none, so that's a step up. ${IN_AIM} ${TRACK_PAIN}`,
    );
    expect(last.open).toBe(false);
    expect(last.card).toMatchObject({ type: 'Simple', title: 'Your last week' });

    const thisWeek = await speaker.oneShot('WeeklySummaryIntent', { week: 'this week' });
    expect(thisWeek.text).toBe(NOTHING_YET);
    expect(thisWeek.card).toMatchObject({ type: 'Simple', title: 'Your week so far' });
  });

  it('no sessions at all: an invitation to start, the session ends, and the card shows zeros', async () => {
    const speaker = await aucklandUser(akl(2, 20), []);
    const summary = await speaker.oneShot('WeeklySummaryIntent');
    expect(summary.text).toBe(NOTHING_YET);
    expect(summary.open).toBe(false);
    expect(cardText(summary)).toContain('\nSessions: 0 on 0 days\nMinutes of stretching: 0\n');
  });

  it('three sessions on one Tuesday: the gentle "More isn\'t better" note', async () => {
    const speaker = await aucklandUser(
      akl(1, 20),
      [7, 12, 18].map((hour) => runRecord(akl(1, hour))),
    );
    const summary = await speaker.oneShot('WeeklySummaryIntent');
    expect(summary.text).toBe(
      'This week you stretched three times, on one day: fifteen minutes of stretching, and nine stretches in all. ' +
        `${MOST_SEATED} Last week you had none, so that's a step up. ${IN_AIM} One gentle note: on Tuesday you stretched three times. ` +
        `More isn't better: once or twice a day is enough, even in a flare-up. ${TRACK_PAIN}`,
    );
    expect(summary.open).toBe(false);
  });

  it('asked mid-routine, the summary counts a stretch finished on both sides, not a single side, and the routine carries on', async () => {
    const speaker = new Speaker(createTestHandler());
    expect((await speaker.inPosition(await speaker.oneShot('StartRoutineIntent', { routine: 'bedtime' }))).open).toBe(true);
    const oneSide = await speaker.say('WeeklySummaryIntent');
    expect(oneSide.text.startsWith(EN.summary.nothingThisWeek[0] ?? '')).toBe(true);
    expect(oneSide.open).toBe(true);
    expect(oneSide.text.endsWith("Say next when you're ready for your left side.")).toBe(true);

    expect((await speaker.nextSide()).text).toMatch(/^Now your left side\./);
    const mid = await speaker.say('WeeklySummaryIntent');
    expect(mid.text).toBe(
      'This week you stretched once, on one day: two minutes of stretching, and one stretch in all. ' +
        "Last week you had none, so that's a step up. For prevention, three to five times a week is a good aim: two more sessions would get you there. " +
        `${TRACK_PAIN} Next up: the lying hamstring stretch with a band. Say next when you're ready.`,
    );
    expect(mid.open).toBe(true);
    expect(mid.reprompt).toBe('Say next to start the lying hamstring stretch with a band, or stop to finish.');
    expect(mid.card).toMatchObject({ type: 'Simple', title: 'Your week so far' });

    const onward = await speaker.nextSide();
    expect(onward.text).toMatch(/^We'll start with your right side\./);
  });

  it('one DynamoDB query for a summary: records() only mid-session, plus the session load in a new session', async () => {
    const counted = await countedRepository();
    const calls = probe(counted.repository);
    const speaker = new Speaker(createTestHandler({}, { repository: calls.repository }));
    await speaker.inPosition(await speaker.oneShot('StartRoutineIntent', { routine: 'bedtime' }));
    await speaker.nextSide();
    calls.take();
    counted.take();

    await speaker.say('WeeklySummaryIntent');
    expect(calls.take()).toEqual({ load: 0, records: 1, saveRun: 0, updateProfile: 0, deleteUser: 0 });
    expect(counted.take()).toEqual({ QueryCommand: 1 });

    await speaker.say('AMAZON.StopIntent');
    calls.take();
    counted.take();
    const fresh = await speaker.oneShot('WeeklySummaryIntent');
    expect(fresh.text).toMatch(/^This week you stretched once, on one day: two minutes of stretching/);
    expect(calls.take()).toEqual({ load: 1, records: 1, saveRun: 0, updateProfile: 0, deleteUser: 0 });
    // The session load reads the profile, and the run it points at (the routine was stopped part way).
    expect(counted.take()).toEqual({ QueryCommand: 2, GetItemCommand: 1 });
  });

  it.each([
    ['rejects', 'ProvisionedThroughputExceededException', () => Promise.reject(throttling())],
    ['never answers', 'Error', () => new Promise<never>(() => undefined)],
  ])('history unreachable (records() %s): a short apology, no card, and the session ends', async (_, failure, records) => {
    const repository: ProgressRepository = { ...realRepository(), records };
    const speaker = new Speaker(createTestHandler({}, { repository }));
    await seedHistory(speaker.userId, [runRecord(new Date().toISOString())]);
    const started = Date.now();
    const logFrom = logged.length;
    const reply = await speaker.oneShot('WeeklySummaryIntent');
    expect(Date.now() - started).toBeLessThan(4500);
    expect(reply.text).toBe(EN.summary.unavailable);
    expect(EN.summary.unavailable).toBe("Sorry, I can't reach your history right now. Please ask me again in a little while.");
    expect(reply.open).toBe(false);
    expect(reply.card).toBeUndefined();
    expect(logged.slice(logFrom)).toEqual([{ event: 'summary-read-failed', name: failure }]);
  });
});

describe('a flare-up goal of once or twice a day, judged day by day', () => {
  /**
   * The summary a user with a flare-up goal hears, one-shot on Wednesday evening in Auckland: the history read from
   * DynamoDB Local by the turn layer's summary step, then the engine and the composer. The handler passes the goal
   * of `goalOf`, which is prevention's until the profile holds a personal plan.
   */
  async function heard(records: RunRecord[]): Promise<{ text: string; card: string | undefined }> {
    const userId = `amzn1.ask.account.TEST-${randomUUID()}`;
    await seedHistory(userId, records);
    const nowIso = akl(2, 20);
    const event = await prepareSummary('this', {
      repository: realRepository(),
      user: userKeyOf(userId),
      deviceTimeZone: AKL,
      cachedTimeZone: AKL,
      goal: GOALS.flare,
      nowIso,
      budgetMs: 2500,
      log: () => undefined,
    });
    const speech = createComposer(content, EN)(createRoutineEngine(content).apply(IDLE, event, engineContext({ now: nowIso })));
    return { text: plainText(speech.speech), card: speech.card?.text };
  }

  it('Monday twice, Tuesday none, Wednesday once: reached on two of three days', async () => {
    const { text, card } = await heard([runRecord(akl(0, 8)), runRecord(akl(0, 18)), runRecord(akl(2, 8))]);
    expect(text).toBe(
      'This week you stretched three times, on two days: fifteen minutes of stretching, and nine stretches in all. ' +
        `${MOST_SEATED} Last week you had none, so that's a step up. ` +
        `Your aim is once or twice a day: so far, you've reached it on two of three days. ${TRACK_PAIN}`,
    );
    expect(card).toContain("\n\nAim: 1 to 2 sessions a day, reached on 2 of 3 days. More isn't better.\n");
  });

  it('every day so far, one of them three times: the gentle busy-day note, and no claim of once or twice every day', async () => {
    const { text } = await heard([
      runRecord(akl(0, 8)),
      runRecord(akl(1, 7)),
      runRecord(akl(1, 12)),
      runRecord(akl(1, 18)),
      runRecord(akl(2, 8)),
    ]);
    expect(text).toContain(
      "Last week you had none, so that's a step up. One gentle note: on Tuesday you stretched three times. More isn't better: once or twice a day is enough, even in a flare-up.",
    );
    expect(text).not.toContain('every day');
  });

  it('once every day so far: right in the aim', async () => {
    const { text } = await heard([0, 1, 2].map((day) => runRecord(akl(day, 8))));
    expect(text).toContain("You've stretched every day so far, right in your aim of once or twice a day.");
  });
});
