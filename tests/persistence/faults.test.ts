import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TURN_STORAGE_BUDGET_MS, TURN_TOTAL_BUDGET_MS } from '../../lambda/conversation/storage-sync';
import { secondsHeld } from '../../lambda/domain/progress';
import { EN } from '../../lambda/speech/catalogues/en';
import { content } from '../support/content';
import { freePort, startDynamoDbLocal, type LocalDynamo } from '../support/dynamodb-local';
import { newUserId } from '../support/envelopes';
import { createTestHandler } from '../support/skill';
import { BEDTIME_STEPS, Device, probe, realRepository, storedFor, WELCOME, type Answer, type Probe } from './harness';

const DISCLAIMER_START = 'A quick note before we start:';
const CALF_LEFT = /^Now your left side\. Loop the band around your left foot, with your left leg long\./;
const HAMSTRING_RIGHT = /^We'll start with your right side\. Loop the band around the ball of your right foot\./;
const HAMSTRING_LEFT = /^Now your left side\. Loop the band around your left foot\./;
const FIGURE_FOUR_RIGHT = /^Last one: the lying figure four\./;
/** A turn that waits on storage may take the budget plus this much. */
const SLACK_MS = 1500;

/** How often `note` is spoken in `answers`. */
const timesSaid = (answers: readonly Answer[], note: string): number => answers.reduce((n, a) => n + a.text.split(note).length - 1, 0);

/** A new user whose handler reaches the real DynamoDB Local through a probe that injects faults on demand. */
function withProbe(): { device: Device; faults: Probe } {
  const faults = probe();
  return { device: new Device(createTestHandler({}, { repository: faults.repository }), newUserId()), faults };
}

/** Launch and "start my bedtime routine", both answered with storage healthy. */
async function startBedtime(device: Device): Promise<Answer[]> {
  return [await device.launch(), await device.startRoutine('bedtime')];
}

/** Every answer kept the session open and none was the error apology. */
function expectFlowGoesOn(answers: readonly Answer[]): void {
  for (const answer of answers) {
    expect(answer.open, answer.text).toBe(true);
    expect(answer.text).not.toContain(EN.errorSorry);
  }
}

describe('throttled writes', () => {
  it('mid-routine: the sides go on, one note in the whole session, and the next healthy turn saves every side', async () => {
    const { device, faults } = withProbe();
    const session = await startBedtime(device);
    faults.fault.writes = 'throttle';
    const outage = [await device.nextSide(), await device.nextSide(), await device.nextSide()];
    expectFlowGoesOn(outage);
    expect(outage[0]?.text.startsWith(`${EN.storageSaveNote} `)).toBe(true);
    expect(outage[0]?.text.slice(EN.storageSaveNote.length + 1)).toMatch(CALF_LEFT);
    expect(outage[1]?.text).toMatch(HAMSTRING_RIGHT);
    expect(outage[2]?.text).toMatch(HAMSTRING_LEFT);
    const during = await storedFor(device.userId);
    expect(during.active?.point.done).toEqual(BEDTIME_STEPS.slice(0, 1));
    expect(during.records.map((r) => r.done)).toEqual([BEDTIME_STEPS.slice(0, 1)]);

    faults.fault.writes = 'none';
    const back = await device.nextSide();
    expect(back.text).toMatch(FIGURE_FOUR_RIGHT);
    const after = await storedFor(device.userId);
    expect(after.active?.point).toMatchObject({ step: 4, done: BEDTIME_STEPS.slice(0, 5) });
    expect(after.records).toHaveLength(1);
    expect(after.records[0]).toMatchObject({ done: BEDTIME_STEPS.slice(0, 5), stretchesDone: 3, completed: false });

    const end = [await device.nextSide(), await device.nextSide()];
    expect(end[1]?.open).toBe(false);
    expect(timesSaid([...session, ...outage, back, ...end], EN.storageSaveNote)).toBe(1);
    const final = await storedFor(device.userId);
    expect(final.records[0]).toMatchObject({ done: BEDTIME_STEPS, completed: true, secondsHeld: secondsHeld(BEDTIME_STEPS, content) });
    expect(final.active).toBeNull();
  });

  it('a long outage (twelve sides of the all nine routine) still loses no finished side once writes work again', async () => {
    const { device, faults } = withProbe();
    await device.launch();
    await device.startRoutine('all nine');
    faults.fault.writes = 'throttle';
    const outage: Answer[] = [];
    for (let i = 0; i < 12; i += 1) outage.push(await device.nextSide());
    expectFlowGoesOn(outage);
    expect((await storedFor(device.userId)).active?.point.done).toHaveLength(1);
    expect(timesSaid(outage, EN.storageSaveNote)).toBe(1);
    faults.fault.writes = 'none';
    expectFlowGoesOn([await device.nextSide()]);
    const stored = await storedFor(device.userId);
    expect(stored.active?.point.done).toHaveLength(14);
    expect(stored.records.map((r) => r.done.length)).toEqual([14]);
  });

  it('the session ends while storage is down and it is back by the end: everything is stored', async () => {
    const { device, faults } = withProbe();
    await startBedtime(device);
    faults.fault.writes = 'throttle';
    const down = await device.nextSide();
    expect(down.text.startsWith(EN.storageSaveNote)).toBe(true);
    expect(down.open).toBe(true);
    faults.fault.writes = 'none';
    expect(await device.timeout()).toMatchObject({ text: '', open: false });
    const stored = await storedFor(device.userId);
    expect(stored.active?.point).toMatchObject({ step: 1, done: BEDTIME_STEPS.slice(0, 2) });
    expect(stored.records.map((r) => r.done)).toEqual([BEDTIME_STEPS.slice(0, 2)]);
    expect(stored.profile).toMatchObject({ disclaimerHeard: true, timesDone: { 'seated-calf-band': 1 } });
  });
});

describe('the start-of-session read fails', () => {
  it('throttled: the welcome, one note, no resume offer, and the routine works and is saved', async () => {
    const { device, faults } = withProbe();
    await startBedtime(device);
    await device.nextSide();
    await device.say('AMAZON.StopIntent');
    const oldRun = (await storedFor(device.userId)).active?.point.run.id;

    faults.fault.reads = 'throttle';
    const launch = await device.launch();
    expect(launch.text.startsWith(`${WELCOME} ${EN.storageLoadNote} ${DISCLAIMER_START}`)).toBe(true);
    expect(launch.text).not.toContain('You were on');
    expect(launch.open).toBe(true);
    const turns = [await device.startRoutine('bedtime'), await device.nextSide()];
    expectFlowGoesOn(turns);
    expect(turns[1]?.text).toMatch(CALF_LEFT);
    expect(timesSaid([launch, ...turns], EN.storageLoadNote) + timesSaid([launch, ...turns], EN.storageSaveNote)).toBe(1);
    const stored = await storedFor(device.userId);
    expect(stored.active?.point.run.id).not.toBe(oldRun);
    expect(stored.active?.point.done).toEqual(BEDTIME_STEPS.slice(0, 2));
  });

  it('unreachable (nothing listens on the endpoint): the welcome, one note, and the routine works', async () => {
    const device = new Device(createTestHandler({ DYNAMODB_ENDPOINT: `http://127.0.0.1:${await freePort()}` }), newUserId());
    const answers = [await device.launch(), await device.startRoutine('bedtime'), await device.nextSide()];
    expectFlowGoesOn(answers);
    expect(answers[0]?.text.startsWith(`${WELCOME} ${EN.storageLoadNote} ${DISCLAIMER_START}`)).toBe(true);
    expect(answers[2]?.text).toMatch(CALF_LEFT);
    expect(timesSaid(answers, EN.storageLoadNote) + timesSaid(answers, EN.storageSaveNote)).toBe(1);
    console.info('unreachable endpoint, turn times (ms):', answers.map((a) => a.ms).join(', '));
  });
});

describe('a storage call that hangs', () => {
  const limit = TURN_STORAGE_BUDGET_MS + SLACK_MS;

  it('a load that never answers: launch answers within the budget, with the note, and the routine is saved', async () => {
    const { device, faults } = withProbe();
    faults.fault.reads = 'hang';
    const launch = await device.launch();
    expect(launch.ms).toBeLessThan(limit);
    expect(launch.text.startsWith(`${WELCOME} ${EN.storageLoadNote}`)).toBe(true);
    expect(launch.open).toBe(true);
    const start = await device.startRoutine('bedtime');
    expect(start.ms).toBeLessThan(SLACK_MS);
    expect((await storedFor(device.userId)).active?.point.done).toEqual(BEDTIME_STEPS.slice(0, 1));
    console.info(`hanging load: launch took ${launch.ms} ms`);
  });

  it('writes that never answer: each "next" answers within the budget and the sides go on', async () => {
    const { device, faults } = withProbe();
    await startBedtime(device);
    faults.fault.writes = 'hang';
    const turns = [await device.nextSide(), await device.nextSide()];
    expectFlowGoesOn(turns);
    for (const turn of turns) expect(turn.ms).toBeLessThan(limit);
    expect(turns[0]?.text.slice(EN.storageSaveNote.length + 1)).toMatch(CALF_LEFT);
    expect(turns[1]?.text).toMatch(HAMSTRING_RIGHT);
    faults.fault.writes = 'none';
    await device.nextSide();
    expect((await storedFor(device.userId)).active?.point.done).toEqual(BEDTIME_STEPS.slice(0, 4));
    console.info('hanging writes: turn times (ms):', turns.map((t) => t.ms).join(', '));
  });

  it('writes that land 10 s late: the turn answers within the budget, and no finished side is lost', async () => {
    const { device, faults } = withProbe();
    await startBedtime(device);
    faults.fault.writes = 'slow';
    const slow = await device.nextSide();
    expectFlowGoesOn([slow]);
    expect(slow.ms).toBeLessThan(limit);
    expect(slow.text.slice(EN.storageSaveNote.length + 1)).toMatch(CALF_LEFT);
    faults.fault.writes = 'none';
    expect((await device.nextSide()).text).toMatch(HAMSTRING_RIGHT);
    await faults.settled();
    const stored = await storedFor(device.userId);
    expect(stored.active?.point.step).toBe(2);
    expect(stored.active?.point.done).toEqual(BEDTIME_STEPS.slice(0, 3));
    expect(stored.records.map((r) => r.done)).toEqual([BEDTIME_STEPS.slice(0, 3)]);
    console.info(`writes landing 10 s late: turn took ${slow.ms} ms`);
  }, 30_000);

  it('a one-shot start whose read and writes both hang still answers within the whole-turn storage budget', async () => {
    const { device, faults } = withProbe();
    faults.fault.reads = 'hang';
    faults.fault.writes = 'hang';
    const start = await device.say('StartRoutineIntent', { routine: 'bedtime' });
    expectFlowGoesOn([start]);
    expect(start.ms).toBeLessThan(TURN_TOTAL_BUDGET_MS + 1000);
    expect(timesSaid([start], EN.storageLoadNote)).toBe(1);
    console.info(`one-shot start, read and writes hanging: ${start.ms} ms`);
  });
});

describe('DynamoDB Local stopped and started again mid-routine', () => {
  let local: LocalDynamo | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sciatica-ddb-'));
    local = await startDynamoDbLocal({ path: dir });
  });
  afterAll(async () => {
    await local?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sides done while the server is down are stored once it is back', async () => {
    if (!local) throw new Error('DynamoDB Local did not start');
    const device = new Device(createTestHandler({ DYNAMODB_ENDPOINT: local.endpoint }), newUserId());
    const before = await startBedtime(device);
    await local.stop();
    const down = [await device.nextSide(), await device.nextSide()];
    expectFlowGoesOn(down);
    for (const turn of down) expect(turn.ms).toBeLessThan(7000);
    expect(down[0]?.text.replace(`${EN.storageSaveNote} `, '')).toMatch(CALF_LEFT);
    expect(down[1]?.text.replace(`${EN.storageSaveNote} `, '')).toMatch(HAMSTRING_RIGHT);
    expect(timesSaid([...before, ...down], EN.storageSaveNote)).toBeLessThanOrEqual(1);

    await local.start();
    const up = await device.nextSide();
    expectFlowGoesOn([up]);
    expect(up.text).toMatch(HAMSTRING_LEFT);
    const stored = await storedFor(device.userId, realRepository(local.endpoint));
    expect(stored.active?.point.done).toEqual(BEDTIME_STEPS.slice(0, 4));
    expect(stored.records.map((r) => r.done)).toEqual([BEDTIME_STEPS.slice(0, 4)]);
    console.info('server down, turn times (ms):', down.map((t) => t.ms).join(', '), `; back up: ${up.ms} ms`);
  }, 60_000);
});
