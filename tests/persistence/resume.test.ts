import { describe, expect, it } from 'vitest';
import { secondsHeld } from '../../lambda/domain/progress';
import { EN } from '../../lambda/speech/catalogues/en';
import { content } from '../support/content';
import { newUserId } from '../support/envelopes';
import { createTestHandler } from '../support/skill';
import {
  BEDTIME_STEPS,
  countedRepository,
  Device,
  probe,
  storedFor,
  WELCOME,
  writesIn,
  type Answer,
  type Calls,
  type Requests,
} from './harness';

const DISCLAIMER = "I'm a stretching guide, not a substitute for professional medical advice.";
const OFFER_FIGURE_FOUR = 'You were on the lying figure four, right side, in the bedtime routine.';
const SUGGEST_QUICK_RELIEF = 'Shall we do the quick relief routine?';

/** A new user on a handler over the global DynamoDB Local. */
const newDevice = (): Device => new Device(createTestHandler(), newUserId());

/** Launch, "start my bedtime routine", then "next" `nexts` times (the bedtime routine has 6 sides). */
async function bedtimeThrough(device: Device, nexts: number): Promise<void> {
  const launched = await device.launch();
  expect(launched.text).toContain(DISCLAIMER);
  await device.startRoutine('bedtime');
  for (let i = 0; i < nexts; i += 1) expect((await device.nextSide()).open).toBe(true);
}

describe('coming back after a session ends part way through a routine', () => {
  it('stop after two stretches, then a new session resumes the same run at the right side and finishes it', async () => {
    const device = newDevice();
    await bedtimeThrough(device, 3);
    const runId = (await storedFor(device.userId)).active?.point.run.id;
    expect(runId).toBeTruthy();

    const stop = await device.say('AMAZON.StopIntent');
    expect(stop).toMatchObject({ text: 'Good work today: you did two stretches. Goodbye, and take it easy.', open: false });

    const again = await device.launch();
    expect(again.text).toBe(`${WELCOME} ${OFFER_FIGURE_FOUR} ${EN.promptResumeOffer}`);
    expect(again.text).not.toContain(DISCLAIMER);
    expect(again.open).toBe(true);

    const yes = await device.say('AMAZON.YesIntent');
    expect(yes.text).toMatch(/^Let's pick up where you left off: the lying figure four, right side\. Lie on your back/);
    expect(yes.text.endsWith("When you're lying on your back, say next.")).toBe(true);
    expect(yes.open).toBe(true);
    const right = await device.next();
    expect(right.text).toMatch(/^We'll start with your right side\. Cross your right ankle over your left knee\./);
    expect(right.text.endsWith("Say next when you're ready for your left side.")).toBe(true);

    const left = await device.nextSide();
    expect(left.text).toMatch(/^Now your left side\. Cross your left ankle over your right knee\./);
    expect(left.text.endsWith('That was the last stretch. Say next to finish.')).toBe(true);

    const end = await device.nextSide();
    expect(end.text).toMatch(/^That's the end of the bedtime routine\. Well done: you did three stretches\./);
    expect(end.open).toBe(false);

    const stored = await storedFor(device.userId);
    expect(stored.records).toHaveLength(1);
    expect(stored.records[0]).toMatchObject({
      run: { id: runId },
      plan: { routineId: 'bedtime' },
      done: BEDTIME_STEPS,
      completed: true,
      stretchesDone: 3,
      secondsHeld: secondsHeld(BEDTIME_STEPS, content),
    });
    expect(stored.records[0]?.endedAt).toEqual(expect.any(String));
    expect(stored.active).toBeNull();
    expect(stored.profile).toMatchObject({ disclaimerHeard: true, favouriteRoutine: null });
    expect(stored.profile.timesDone).toEqual({ 'seated-calf-band': 1, 'lying-hamstring-band': 1, 'lying-figure-four': 1 });
  });

  it('"no" at the offer lists the routines and forgets the run, so the next launch offers nothing to resume', async () => {
    const device = newDevice();
    await bedtimeThrough(device, 3);
    await device.say('AMAZON.StopIntent');
    expect((await device.launch()).text).toContain(OFFER_FIGURE_FOUR);

    const no = await device.say('AMAZON.NoIntent');
    expect(no.text).toMatch(/^There are five routines: quick relief, with three stretches, bedtime, .* Which would you like\?$/);
    expect(no.open).toBe(true);
    const stored = await storedFor(device.userId);
    expect(stored.active).toBeNull();
    expect(stored.records.map((r) => ({ done: r.done.length, completed: r.completed }))).toEqual([{ done: 4, completed: false }]);

    const later = await device.launch();
    expect(later.text).toBe(`${WELCOME} ${SUGGEST_QUICK_RELIEF} Or say bedtime, seated, floor, or all nine.`);
    expect(later.open).toBe(true);
  });

  it('"start over" at the offer starts stretch one as a new run, and keeps the old run\'s record apart', async () => {
    const device = newDevice();
    await bedtimeThrough(device, 3);
    await device.say('AMAZON.StopIntent');
    const oldRun = (await storedFor(device.userId)).active?.point.run.id;
    await device.launch();

    const over = await device.say('AMAZON.StartOverIntent');
    expect(over.text).toMatch(/^Starting over from the top\. Stretch one of three: the seated calf stretch with a band\./);
    expect(over.text.endsWith("When you're sitting down, say next.")).toBe(true);
    expect(over.open).toBe(true);
    expect((await device.next()).text).toMatch(/^We'll start with your right side\./);

    const stored = await storedFor(device.userId);
    const newRun = stored.active?.point.run.id;
    expect(newRun).toBeTruthy();
    expect(newRun).not.toBe(oldRun);
    expect(stored.active?.point.done).toEqual(['seated-calf-band:right']);
    const byRun = new Map(stored.records.map((r) => [r.run.id, r]));
    expect(stored.records).toHaveLength(2);
    expect(byRun.get(oldRun ?? '')).toMatchObject({ done: BEDTIME_STEPS.slice(0, 4), completed: false });
    expect(byRun.get(newRun ?? '')).toMatchObject({ done: ['seated-calf-band:right'], completed: false, endedAt: null });
  });

  it('a session that times out saves the position, and the next launch offers to resume there', async () => {
    const device = newDevice();
    await bedtimeThrough(device, 3);
    const ended = await device.timeout();
    expect(ended).toMatchObject({ text: '', open: false });

    const stored = await storedFor(device.userId);
    expect(stored.active?.point).toMatchObject({ step: 3, done: BEDTIME_STEPS.slice(0, 4) });
    // Counts are only written when a session ends, so these come from the SessionEndedRequest.
    expect(stored.profile.timesDone).toEqual({ 'seated-calf-band': 1, 'lying-hamstring-band': 1 });

    const again = await device.launch();
    expect(again.text).toBe(`${WELCOME} ${OFFER_FIGURE_FOUR} ${EN.promptResumeOffer}`);
    expect((await device.say('AMAZON.YesIntent')).text).toMatch(/^Let's pick up where you left off: the lying figure four, right side\./);
  });

  it('the window closes while the user is getting down to the floor: the place is saved and the next launch offers it', async () => {
    const device = newDevice();
    await device.launch();
    const moving = await device.say('StartRoutineIntent', { routine: 'bedtime' });
    expect(moving.text.endsWith("When you're sitting down, say next.")).toBe(true);
    expect(await device.timeout()).toMatchObject({ text: '', open: false });
    expect((await storedFor(device.userId)).active?.point).toMatchObject({ step: 0, done: [] });

    const again = await device.launch();
    expect(again.text).toBe(
      `${WELCOME} You were on the seated calf stretch with a band, right side, in the bedtime routine. ${EN.promptResumeOffer}`,
    );
    const yes = await device.say('AMAZON.YesIntent');
    expect(yes.text).toMatch(/^Let's pick up where you left off: the seated calf stretch with a band, right side\. Sit on the floor/);
    expect((await device.next()).text).toMatch(/^We'll start with your right side\./);
  });

  it('the window closes while moving between stretches: the next launch offers the stretch the user was moving to', async () => {
    const device = newDevice();
    await device.launch();
    await device.startRoutine('bedtime');
    await device.next();
    const moving = await device.next();
    expect(moving.text).toMatch(/^Stretch two of three: the lying hamstring stretch with a band\./);
    await device.timeout();
    expect((await storedFor(device.userId)).active?.point).toMatchObject({ step: 2, done: BEDTIME_STEPS.slice(0, 2) });
    expect((await device.launch()).text).toContain(
      'You were on the lying hamstring stretch with a band, right side, in the bedtime routine.',
    );
  });

  it('a timeout after "go back" saves the side gone back to, which no earlier turn wrote', async () => {
    const device = newDevice();
    await bedtimeThrough(device, 3);
    const back = await device.say('AMAZON.PreviousIntent');
    expect(back.text).toContain('Loop the band around your right foot.');
    expect((await storedFor(device.userId)).active?.point.step).toBe(3);

    await device.timeout();
    expect((await storedFor(device.userId)).active?.point).toMatchObject({ step: 2, done: BEDTIME_STEPS.slice(0, 4) });
    expect((await device.launch()).text).toContain(
      'You were on the lying hamstring stretch with a band, left side, in the bedtime routine.',
    );
  });

  it('"make the bedtime routine my default" is kept, and the next launch offers the bedtime routine', async () => {
    const device = newDevice();
    await device.launch();
    const set = await device.say('SetDefaultRoutineIntent', { routine: 'bedtime' });
    expect(set.text).toMatch(/^Done\. From now on, I'll offer the bedtime routine first\. Shall we do the bedtime routine\?/);
    expect(set.open).toBe(true);
    expect((await storedFor(device.userId)).profile).toMatchObject({ favouriteRoutine: 'bedtime', disclaimerHeard: true });

    const later = await device.launch();
    expect(later.text).toBe(`${WELCOME} Shall we do the bedtime routine? Or say quick relief, seated, floor, or all nine.`);
  });
});

describe('few round trips to DynamoDB', () => {
  it('one read per session, none for questions, one write per finished side after the first, a bounded total', async () => {
    const counted = await countedRepository();
    const calls = probe(counted.repository);
    const device = new Device(createTestHandler({}, { repository: calls.repository }), newUserId());
    const turns: { turn: string; calls: Calls; requests: number }[] = [];
    const record = (turn: string): Calls => {
      const taken = calls.take();
      const requests = Object.values(counted.take()).reduce((sum, n) => sum + n, 0);
      turns.push({ turn, calls: taken, requests });
      // Every repository call is exactly one DynamoDB request here: no hidden retries or conflicts, and no run to read at launch.
      expect(requests, turn).toBe(taken.load + writesIn(taken));
      return taken;
    };

    await device.launch();
    expect(record('launch')).toMatchObject({ load: 1, saveRun: 0, updateProfile: 0 });
    await device.startRoutine('bedtime');
    // The first side saves the run's item and points the profile at the run (with the disclaimer heard).
    expect(record('start')).toMatchObject({ load: 0, saveRun: 1, updateProfile: 1 });

    for (const question of ['HowManyLeftIntent', 'AMAZON.HelpIntent', 'WhatIsThisForIntent', 'AMAZON.RepeatIntent']) {
      expect((await device.say(question)).open).toBe(true);
      const taken = record(question);
      expect(taken.load + writesIn(taken), question).toBe(0);
    }
    for (let side = 2; side <= 6; side += 1) {
      await device.nextSide();
      expect(record(`next to side ${side}`)).toMatchObject({ load: 0, saveRun: 1, updateProfile: 0 });
    }
    const end = await device.nextSide();
    expect(end.open).toBe(false);
    // The last side completed the record; the closing words count the stretches and unpoint the run in one update.
    expect(record('closing words')).toMatchObject({ load: 0, saveRun: 0, updateProfile: 1 });

    const loads = turns.reduce((sum, t) => sum + t.calls.load, 0);
    const writes = turns.reduce((sum, t) => sum + writesIn(t.calls), 0);
    expect(loads).toBe(1);
    expect(writes).toBe(BEDTIME_STEPS.length + 2);
    console.info('round trips per turn', turns.map((t) => `${t.turn}: ${t.calls.load} load, ${writesIn(t.calls)} writes`).join('; '));

    await device.launch();
    expect(record('launch again')).toMatchObject({ load: 1, saveRun: 0, updateProfile: 0 });
  });

  it("a new user's quick relief routine, launch to finish in one session, sends at most 8 DynamoDB requests in all", async () => {
    const counted = await countedRepository();
    const device = new Device(createTestHandler({}, { repository: counted.repository }), newUserId());
    const turns = await throughRoutine(device, () => counted.take(), 'quick relief');

    console.info(`quick relief, new user, DynamoDB requests per turn (${totalOf(turns)} in all):\n${breakdown(turns)}`);
    expect(totalOf(turns)).toBeLessThanOrEqual(8);
    expect(turns[0]?.requests).toEqual({ QueryCommand: 1 });
    const sides = turns.filter((t) => t.answer.startsWith("We'll start") || t.answer.startsWith('Now your') || /^Place /.test(t.answer));
    expect(sides).toHaveLength(QUICK_RELIEF_STEPS.length);
    expect(sides[0]?.requests).toEqual({ PutItemCommand: 1, UpdateItemCommand: 1 });
    for (const side of sides.slice(1)) expect(side.requests, side.answer).toEqual({ PutItemCommand: 1 });
    expect(turns.at(-1)?.requests).toEqual({ UpdateItemCommand: 1 });

    const stored = await storedFor(device.userId);
    expect(stored.records).toHaveLength(1);
    expect(stored.records[0]).toMatchObject({ done: QUICK_RELIEF_STEPS, completed: true, stretchesDone: 3, endedAt: expect.any(String) });
    expect(stored.active).toBeNull();
    expect(stored.pointer).toBeNull();
    expect(stored.profile).toMatchObject({
      disclaimerHeard: true,
      timesDone: { 'seated-figure-four': 1, 'cat-cow': 1, 'lying-figure-four': 1 },
    });
  });

  it('a quick relief routine stopped midway and resumed next session loses no side, and its record is complete', async () => {
    const counted = await countedRepository();
    const device = new Device(createTestHandler({}, { repository: counted.repository }), newUserId());
    const first: Turn[] = [];
    const take = (answer: Answer, turn: string): void => {
      first.push({ turn, answer: answer.text, requests: counted.take() });
    };
    take(await device.launch(), 'launch');
    take(await device.say('StartRoutineIntent', { routine: 'quick relief' }), 'start');
    take(await device.next(), 'next');
    take(await device.next(), 'next');
    take(await device.say('AMAZON.StopIntent'), 'stop');
    const runId = (await storedFor(device.userId)).active?.point.run.id;
    expect(runId).toBeTruthy();
    expect((await storedFor(device.userId)).records[0]?.done).toEqual(QUICK_RELIEF_STEPS.slice(0, 2));
    counted.take();

    const again = await device.launch();
    expect(again.text).toContain('You were on the cat cow, in the quick relief routine.');
    const resumed: Turn[] = [{ turn: 'launch', answer: again.text, requests: counted.take() }];
    const yes = await device.say('AMAZON.YesIntent');
    expect(yes.text).toMatch(/^Let's pick up where you left off: the cat cow\./);
    resumed.push({ turn: 'yes', answer: yes.text, requests: counted.take() });
    resumed.push(...(await throughRoutine(device, () => counted.take())));
    console.info(
      `quick relief stopped midway (${totalOf(first)} requests):\n${breakdown(first)}\n` +
        `and resumed next session (${totalOf(resumed)} requests):\n${breakdown(resumed)}`,
    );
    // The stop writes the run's item with its place and, in one update, the counts and the pointer again.
    expect(first.at(-1)?.requests).toEqual({ PutItemCommand: 1, UpdateItemCommand: 1 });
    // A launch with a run to offer reads the profile, then the run it points at.
    expect(resumed[0]?.requests).toEqual({ QueryCommand: 1, GetItemCommand: 1 });
    // Then one PutItem per side and, at the end, one UpdateItem for the counts and the pointer: 6 in all.
    expect(totalOf(resumed)).toBe(6);

    const stored = await storedFor(device.userId);
    expect(stored.records).toHaveLength(1);
    expect(stored.records[0]).toMatchObject({
      run: { id: runId },
      done: QUICK_RELIEF_STEPS,
      completed: true,
      stretchesDone: 3,
      secondsHeld: secondsHeld(QUICK_RELIEF_STEPS, content),
      endedAt: expect.any(String),
    });
    expect(stored.active).toBeNull();
    expect(stored.pointer).toBeNull();
    expect(stored.profile.timesDone).toEqual({ 'seated-figure-four': 1, 'cat-cow': 1, 'lying-figure-four': 1 });
  });
});

/** The five sides of the quick relief routine, in the order they are done. */
const QUICK_RELIEF_STEPS = [
  'seated-figure-four:right',
  'seated-figure-four:left',
  'cat-cow:both',
  'lying-figure-four:right',
  'lying-figure-four:left',
];

/** One turn: what it was, the start of what Alexa said, and the DynamoDB requests it sent. */
interface Turn {
  readonly turn: string;
  readonly answer: string;
  readonly requests: Requests;
}

/**
 * Plays a routine to its closing words, one "next" at a time (into each
 * position and through each side), after a launch and a start when
 * `routine` is given; returns each turn with the requests it sent.
 */
async function throughRoutine(device: Device, take: () => Requests, routine?: string): Promise<Turn[]> {
  const turns: Turn[] = [];
  const played = (turn: string, answer: Answer): Answer => {
    turns.push({ turn, answer: answer.text, requests: take() });
    return answer;
  };
  if (routine) {
    played('launch', await device.launch());
    played(`start ${routine}`, await device.say('StartRoutineIntent', { routine }));
  }
  for (let i = 0; i < 20; i += 1) if (!played('next', await device.next()).open) return turns;
  throw new Error('the routine did not end');
}

const totalOf = (turns: readonly Turn[]): number => turns.reduce((sum, t) => sum + Object.values(t.requests).reduce((n, m) => n + m, 0), 0);

/** One line per turn: the turn, its requests, and the start of the answer. */
const breakdown = (turns: readonly Turn[]): string =>
  turns
    .map((t) => {
      const requests = Object.entries(t.requests).map(([command, n]) => `${n} ${command.replace('Command', '')}`);
      return `  ${t.turn.padEnd(20)} ${(requests.join(' + ') || 'none').padEnd(26)} "${t.answer.slice(0, 50)}..."`;
    })
    .join('\n');
